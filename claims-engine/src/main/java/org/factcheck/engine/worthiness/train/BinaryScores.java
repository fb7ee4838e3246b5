package org.factcheck.engine.worthiness.train;

import java.util.List;
import java.util.Locale;

/** Precision, recall and F1 of the check-worthy class for scored examples at a threshold. */
public record BinaryScores(double threshold, int truePositives, int falsePositives, int falseNegatives,
        int trueNegatives) {

    /** One scored example: the model's probability and the gold label. */
    public record Scored(double probability, boolean checkWorthy) {
    }

    public static BinaryScores at(double threshold, List<Scored> scored) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (Scored s : scored) {
            boolean predicted = s.probability() >= threshold;
            if (predicted && s.checkWorthy()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (s.checkWorthy()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new BinaryScores(threshold, tp, fp, fn, tn);
    }

    /** The threshold, on a 0.01 grid, that maximises F1 on the given examples. */
    public static BinaryScores best(List<Scored> scored) {
        BinaryScores best = at(0.5, scored);
        for (int t = 5; t <= 95; t++) {
            BinaryScores candidate = at(t / 100.0, scored);
            if (candidate.f1() > best.f1()) {
                best = candidate;
            }
        }
        return best;
    }

    /** Mean negative log-likelihood of the gold labels: how well calibrated the probabilities are (lower is better). */
    public static double logLoss(List<Scored> scored) {
        double sum = 0;
        for (Scored s : scored) {
            double p = Math.min(1 - 1e-9, Math.max(1e-9, s.probability()));
            sum -= Math.log(s.checkWorthy() ? p : 1 - p);
        }
        return scored.isEmpty() ? 0 : sum / scored.size();
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        int all = truePositives + falsePositives + falseNegatives + trueNegatives;
        return all == 0 ? 0 : (double) (truePositives + trueNegatives) / all;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "threshold %.2f: P %.3f R %.3f F1 %.3f acc %.3f (tp %d fp %d fn %d tn %d)",
                threshold, precision(), recall(), f1(), accuracy(), truePositives, falsePositives, falseNegatives,
                trueNegatives);
    }
}
