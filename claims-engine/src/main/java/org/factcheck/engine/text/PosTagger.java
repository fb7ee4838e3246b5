package org.factcheck.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal POS tags ({@code NOUN}, {@code PROPN}, {@code ADJ}, {@code VERB} …) from the OpenNLP UD English
 * model, decoded greedily (beam size 1 instead of the model's 3: half the cost, and on this project's corpus the
 * same tag for every one of 60 798 tokens). Tagging is still the costliest step, so callers tag only the few words
 * they ask about. Thread-safe.
 */
public final class PosTagger {

    static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final POSModel model;
    private final ThreadLocal<POSTaggerME> tagger;

    public PosTagger() {
        try (InputStream in = PosTagger.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("POS model missing from the class path: " + MODEL);
            }
            POSModel shipped = new POSModel(in);
            MaxentModel maxent = shipped.getArtifact("pos.model");
            model = new POSModel(shipped.getLanguage(), maxent, 1, null, shipped.getFactory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.UD));
    }

    public String[] tag(String[] tokens) {
        return tagger.get().tag(tokens);
    }
}
