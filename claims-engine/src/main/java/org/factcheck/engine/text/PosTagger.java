package org.factcheck.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.factcheck.engine.ml.FeatureHash;
import org.factcheck.engine.ml.HashedModel;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Universal POS tags ({@code NOUN}, {@code PROPN}, {@code ADJ}, {@code VERB} …) from the OpenNLP UD English model,
 * decoded greedily (beam 1 instead of the model's 3: on this project's corpus the same tag for every token).
 * <p>
 * The features are the ones the model's own generator ({@code generator.featuregen}) makes — a constant, prefixes
 * and suffixes up to four chars, the lower-cased words two either side, sentence start, the word class and the two
 * previous tags — hashed as they are made and looked up in a {@link HashedModel} copied from the model, then scored
 * as OpenNLP's {@code GISModel} scores them. No feature strings, no map lookups; {@code PosTaggerTest} checks the
 * tags against OpenNLP's {@code POSTaggerME} on every token of the test corpus. Thread-safe.
 */
public final class PosTagger {

    static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final int AFFIX = 4;
    /** Sums closer than this may round to one probability; such ties are settled the way OpenNLP settles them. */
    private static final double NEAR_TIE = 1e-9;

    private static final long DEFAULT = FeatureHash.of("def");
    private static final long SUFFIX = FeatureHash.of("suf=");
    private static final long PREFIX = FeatureHash.of("pre=");
    private static final long WORD = FeatureHash.of("w=");
    private static final long[] PREVIOUS_WORD = { FeatureHash.of("p1w="), FeatureHash.of("p2w=") };
    private static final long[] NEXT_WORD = { FeatureHash.of("n1w="), FeatureHash.of("n2w=") };
    private static final long BEGIN = FeatureHash.of("S=begin");
    private static final long[] PREVIOUS_BEGIN = { FeatureHash.of("p1S=begin"), FeatureHash.of("p2S=begin") };
    private static final long WORD_CLASS = FeatureHash.of("wc=");
    private static final long WORD_AND_CLASS = FeatureHash.of("w&c=");
    private static final long TAG = FeatureHash.of("t=");
    private static final long TWO_TAGS = FeatureHash.of("t2=");

    private final HashedModel model;
    /** The GIS model's uniform prior, log(1 / outcomes), where its sums start. */
    private final double logPrior;

    public PosTagger() {
        try (InputStream in = PosTagger.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("POS model missing from the class path: " + MODEL);
            }
            AbstractModel maxent = new POSModel(in).getArtifact("pos.model");
            model = HashedModel.of(maxent);
            logPrior = StrictMath.log(1.0 / model.outcomes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tag of each token, left to right, each decision seeing the tags before it. */
    public String[] tag(String[] tokens) {
        int n = tokens.length;
        String[] lower = new String[n];
        String[] wordClass = new String[n];
        for (int k = 0; k < n; k++) {
            lower[k] = lowerCase(tokens[k]);
            wordClass[k] = FeatureGeneratorUtil.tokenFeature(tokens[k]);
        }
        String[] tags = new String[n];
        double[] sums = new double[model.outcomes()];
        for (int i = 0; i < n; i++) {
            Arrays.fill(sums, logPrior);
            model.add(sums, DEFAULT);
            String token = tokens[i];
            int length = token.length();
            int affixes = Math.min(AFFIX, length);
            for (int k = 1; k <= affixes; k++) {
                model.add(sums, FeatureHash.mix(SUFFIX, token, length - k, length));
            }
            for (int k = 1; k <= affixes; k++) {
                model.add(sums, FeatureHash.mix(PREFIX, token, 0, k));
            }
            model.add(sums, FeatureHash.mix(WORD, lower[i]));
            for (int d = 1; d <= 2 && i - d >= 0; d++) {
                model.add(sums, FeatureHash.mix(PREVIOUS_WORD[d - 1], lower[i - d]));
            }
            for (int d = 1; d <= 2 && i + d < n; d++) {
                model.add(sums, FeatureHash.mix(NEXT_WORD[d - 1], lower[i + d]));
            }
            if (i == 0) {
                model.add(sums, BEGIN);
            } else if (i <= 2) {
                model.add(sums, PREVIOUS_BEGIN[i - 1]);
            }
            model.add(sums, FeatureHash.mix(WORD_CLASS, wordClass[i]));
            model.add(sums, FeatureHash.mix(FeatureHash.mix(FeatureHash.mix(WORD_AND_CLASS, lower[i]), ','),
                    wordClass[i]));
            if (i >= 1) {
                model.add(sums, FeatureHash.mix(TAG, tags[i - 1]));
            }
            if (i >= 2) {
                model.add(sums, FeatureHash.mix(FeatureHash.mix(FeatureHash.mix(TWO_TAGS, tags[i - 2]), ','),
                        tags[i - 1]));
            }
            tags[i] = model.outcome(best(sums));
        }
        return tags;
    }

    /** The outcome OpenNLP's beam search (size 1) picks: the first with the highest probability. */
    private static int best(double[] sums) {
        int best = 0;
        for (int o = 1; o < sums.length; o++) {
            if (sums[o] > sums[best]) {
                best = o;
            }
        }
        for (int o = 0; o < sums.length; o++) {
            if (o != best && sums[best] - sums[o] < NEAR_TIE) {
                return bestProbability(sums);
            }
        }
        return best;
    }

    /** {@code GISModel.eval}'s exponentiation and normalisation, then the first maximum. */
    private static int bestProbability(double[] sums) {
        double[] probabilities = new double[sums.length];
        double normal = 0;
        for (int o = 0; o < sums.length; o++) {
            probabilities[o] = StrictMath.exp(sums[o]);
            normal += probabilities[o];
        }
        int best = 0;
        for (int o = 0; o < sums.length; o++) {
            probabilities[o] /= normal;
            if (probabilities[o] > probabilities[best]) {
                best = o;
            }
        }
        return best;
    }

    /** OpenNLP's {@link StringUtil#toLowerCase(CharSequence)} (code point by code point),
            without a stream for ASCII. */
    static String lowerCase(String token) {
        boolean upper = false;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (c >= 0x80) {
                return StringUtil.toLowerCase(token);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return token;
        }
        char[] chars = token.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            if (chars[k] >= 'A' && chars[k] <= 'Z') {
                chars[k] += 'a' - 'A';
            }
        }
        return new String(chars);
    }
}
