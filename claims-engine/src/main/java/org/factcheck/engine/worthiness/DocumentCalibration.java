package org.factcheck.engine.worthiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Turns the text model's per-sentence probabilities into document-aware, calibrated check-worthiness: a logistic
 * regression over the sentence's own log-odds, the structures the engine found in it and the text-model
 * probabilities of its neighbours, fitted on out-of-fold training predictions (see {@code TrainCheckWorthiness}).
 * A transcript note such as "(APPLAUSE)" scores 0. Also carries the share of the structure weights a claim's score
 * adds on top ({@link #structureScale()}), chosen with it. Immutable and thread-safe.
 */
public final class DocumentCalibration {

    /** Feature names, in the order of {@link #features}; the properties keys are {@code document.w.<name>}. */
    public static final List<String> FEATURES = List.of("bias", "logit", "figure", "ranking", "attribution", "time",
            "question", "previous", "next");
    /** Probability given to a missing neighbour: about the share of check-worthy sentences in the training data. */
    static final double MISSING_NEIGHBOUR = 0.25;
    private static final double MAX_LOGIT = 8;

    /** Identity: the text model's probability, unchanged (the engine's scores before document calibration). */
    public static final DocumentCalibration NONE = new DocumentCalibration(null, 1.0);

    private final double[] weights;
    private final double structureScale;

    private DocumentCalibration(double[] weights, double structureScale) {
        this.weights = weights;
        this.structureScale = structureScale;
    }

    /** The same calibration with another {@link #structureScale()}. */
    public DocumentCalibration withStructureScale(double scale) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("structure scale must be in (0, 1]: " + scale);
        }
        return new DocumentCalibration(weights, scale);
    }

    /**
     * Share, in (0, 1], of the full figure / ranking / attribution weights of the claim score (0.6 / 0.35 / 0.2)
     * that a claim gets on top of its sentence score; 1 without calibration.
     */
    public double structureScale() {
        return structureScale;
    }

    /** @param weights one per {@link #FEATURES} name, absent = 0 */
    public static DocumentCalibration of(Map<String, Double> weights) {
        double[] w = new double[FEATURES.size()];
        for (var entry : weights.entrySet()) {
            int i = FEATURES.indexOf(entry.getKey());
            if (i < 0) {
                throw new IllegalArgumentException("unknown feature " + entry.getKey());
            }
            w[i] = entry.getValue();
        }
        return new DocumentCalibration(w, 1.0);
    }

    /** The weights recorded as {@code document.w.<name>} properties, or {@link #NONE} when there are none. */
    public static DocumentCalibration fromProperties(Properties properties) {
        if (properties.getProperty("document.w.bias") == null) {
            return NONE;
        }
        Map<String, Double> w = new java.util.LinkedHashMap<>();
        for (String name : FEATURES) {
            String value = properties.getProperty("document.w." + name);
            if (value != null) {
                w.put(name, Double.parseDouble(value));
            }
        }
        String scale = properties.getProperty("claim.structureScale");
        return scale == null ? of(w) : of(w).withStructureScale(Double.parseDouble(scale));
    }

    /** Calibrated scores, one per sentence, in [0, 1]. */
    public double[] scores(List<SentenceSignals> sentences) {
        double[] out = new double[sentences.size()];
        for (int i = 0; i < out.length; i++) {
            SentenceSignals s = sentences.get(i);
            if (s.stageDirection()) {
                out[i] = 0;
            } else if (weights == null) {
                out[i] = s.textScore();
            } else {
                double[] x = features(sentences, i);
                double z = 0;
                for (int f = 0; f < x.length; f++) {
                    z += weights[f] * x[f];
                }
                out[i] = 1 / (1 + Math.exp(-z));
            }
        }
        return out;
    }

    /** The feature vector of sentence {@code i}; neighbours skip transcript notes. */
    public static double[] features(List<SentenceSignals> sentences, int i) {
        SentenceSignals s = sentences.get(i);
        return new double[] {1, logit(s.textScore()), flag(s.figure()), flag(s.ranking()), flag(s.attribution()),
                flag(s.time()), flag(s.question()), neighbour(sentences, i, -1), neighbour(sentences, i, 1)};
    }

    private static double neighbour(List<SentenceSignals> sentences, int i, int step) {
        for (int j = i + step; j >= 0 && j < sentences.size(); j += step) {
            if (!sentences.get(j).stageDirection()) {
                return sentences.get(j).textScore();
            }
        }
        return MISSING_NEIGHBOUR;
    }

    static double logit(double p) {
        double z = Math.log(p / (1 - p));
        return Double.isNaN(z) ? 0 : Math.max(-MAX_LOGIT, Math.min(MAX_LOGIT, z));
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

    /** {@code document.w.<name>=<weight>} lines in {@link #FEATURES} order; empty for {@link #NONE}. */
    public List<String> propertyLines() {
        List<String> lines = new ArrayList<>();
        if (weights != null) {
            for (int f = 0; f < weights.length; f++) {
                lines.add(String.format(Locale.ROOT, "document.w.%s=%.4f", FEATURES.get(f), weights[f]));
            }
            lines.add(String.format(Locale.ROOT, "claim.structureScale=%.2f", structureScale));
        }
        return lines;
    }

    /** The weight of a feature, 0 for {@link #NONE}. */
    public double weight(String feature) {
        return weights == null ? 0 : weights[FEATURES.indexOf(feature)];
    }
}
