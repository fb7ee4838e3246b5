package org.factcheck.engine.worthiness;

import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of a trained OpenNLP maximum-entropy model, keyed by {@link WorthinessFeatures#hash(String) feature
 * hash} in an open-addressing table of primitive arrays. Evaluating a sentence then needs no feature strings and no
 * boxed map lookups; the result is the model's own softmax over the same sums. Immutable and thread-safe.
 */
final class HashedWeights {

    private final int outcomes;
    private final long[] keys;
    private final boolean[] occupied;
    /** {@code weights[slot * outcomes + outcome]}. */
    private final double[] weights;
    private final int mask;

    private HashedWeights(int outcomes, int predicates) {
        this.outcomes = outcomes;
        int capacity = Integer.highestOneBit(Math.max(4, predicates * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.occupied = new boolean[capacity];
        this.weights = new double[capacity * outcomes];
        this.mask = capacity - 1;
    }

    /** Copies the weights out of a maxent model (GIS or quasi-Newton); fails if two feature names share a hash. */
    @SuppressWarnings("unchecked")
    static HashedWeights of(AbstractModel model) {
        Object[] data = model.getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        HashedWeights table = new HashedWeights(model.getNumOutcomes(), predicates.size());
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            int slot = table.insert(WorthinessFeatures.hash(predicate.getKey()), predicate.getKey());
            Context context = predicate.getValue();
            int[] outcomeIds = context.getOutcomes();
            double[] parameters = context.getParameters();
            for (int i = 0; i < outcomeIds.length; i++) {
                table.weights[slot * table.outcomes + outcomeIds[i]] += parameters[i];
            }
        }
        return table;
    }

    private int insert(long key, String name) {
        int slot = slot(key);
        while (occupied[slot]) {
            if (keys[slot] == key) {
                throw new IllegalStateException("two model features share the hash of " + name);
            }
            slot = (slot + 1) & mask;
        }
        occupied[slot] = true;
        keys[slot] = key;
        return slot;
    }

    private int slot(long key) {
        long mixed = (key ^ (key >>> 32)) * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & mask;
    }

    /** Outcome probabilities for a set of distinct feature hashes, as the model's own {@code eval} computes them. */
    double[] eval(long[] features) {
        double[] sums = new double[outcomes];
        for (long feature : features) {
            int slot = slot(feature);
            while (occupied[slot]) {
                if (keys[slot] == feature) {
                    for (int o = 0; o < outcomes; o++) {
                        sums[o] += weights[slot * outcomes + o];
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double sum : sums) {
            max = Math.max(max, sum);
        }
        double total = 0;
        for (int o = 0; o < outcomes; o++) {
            sums[o] = Math.exp(sums[o] - max);
            total += sums[o];
        }
        for (int o = 0; o < outcomes; o++) {
            sums[o] /= total;
        }
        return sums;
    }
}
