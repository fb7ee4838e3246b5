package org.factcheck.engine.worthiness;

/**
 * Entry point to the check-worthiness scorer the engine uses by default: the OpenNLP model trained on the ClaimBuster
 * sentences (Arslan et al. 2020, doi 10.5281/zenodo.3609356) combined with the figures, rankings and attribution found
 * in a claim; see {@link ModelCheckWorthinessScorer} for the rule and docs/checkworthiness.md for the figures.
 */
public final class CheckWorthiness {

    private static final CheckWorthinessScorer DEFAULT = new ModelCheckWorthinessScorer(() -> ShippedModel.MODEL);

    private CheckWorthiness() {
    }

    /** The shared, thread-safe default scorer; the model is read once, on first use. */
    public static CheckWorthinessScorer defaultScorer() {
        return DEFAULT;
    }

    /** A scorer over another trained model (and its document calibration); for training and evaluation. */
    public static CheckWorthinessScorer scorer(CheckWorthinessModel model) {
        return new ModelCheckWorthinessScorer(() -> model);
    }

    /**
     * The claim score for a sentence score {@code p} and the signals present, with the structure weights scaled by
     * {@code scale}: the rule of {@link CheckWorthinessScorer#claimScore}, without reasons; for evaluation.
     */
    public static double claimScore(double p, boolean figure, boolean ranking, boolean attribution, double scale) {
        return 1 - (1 - p) * ModelCheckWorthinessScorer.structureFactor(figure, ranking, attribution, scale);
    }

    /** Loaded when first touched; class initialisation makes that once-only and thread-safe. */
    private static final class ShippedModel {
        static final CheckWorthinessModel MODEL = CheckWorthinessModel.shipped();
    }
}
