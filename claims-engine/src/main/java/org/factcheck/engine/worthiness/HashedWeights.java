package org.factcheck.engine.worthiness;

import org.factcheck.engine.ml.HashedModel;

import opennlp.tools.ml.model.AbstractModel;

/**
 * The check-worthiness model's weights keyed by {@link org.factcheck.engine.ml.FeatureHash feature hash}: evaluating a
 * sentence needs no feature strings and no boxed map lookups; the result is the model's own softmax over the same
 * sums. Immutable and thread-safe.
 */
final class HashedWeights {

    private final HashedModel model;

    private HashedWeights(HashedModel model) {
        this.model = model;
    }

    /** Copies the weights out of a maxent model (GIS or quasi-Newton); fails if two feature names share a hash. */
    static HashedWeights of(AbstractModel model) {
        return new HashedWeights(HashedModel.of(model));
    }

    /** Outcome probabilities for a set of distinct feature hashes, as the model's own {@code eval} computes them. */
    double[] eval(long[] features) {
        double[] sums = new double[model.outcomes()];
        for (long feature : features) {
            model.add(sums, feature);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double sum : sums) {
            max = Math.max(max, sum);
        }
        double total = 0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = Math.exp(sums[o] - max);
            total += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= total;
        }
        return sums;
    }
}
