package org.factcheck.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal POS tags ({@code NOUN}, {@code PROPN}, {@code ADJ}, {@code VERB} …) from the OpenNLP UD English
 * model. Tagging is the costliest step, so callers tag only the sentences that need it. Thread-safe.
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
            model = new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.UD));
    }

    public String[] tag(String[] tokens) {
        return tagger.get().tag(tokens);
    }
}
