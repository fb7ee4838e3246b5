package org.factcheck.engine.ml;

import java.util.Arrays;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of a trained OpenNLP maximum-entropy model in primitive arrays, keyed by {@link FeatureHash} of the
 * feature name: an open-addressing table of hashes pointing at each feature's (outcome, weight) pairs, in the
 * model's own order. Scoring then needs no feature strings and no boxed map lookups, and adds exactly the numbers
 * the model would add. Immutable and thread-safe.
 */
public final class HashedModel {

    private final String[] outcomes;
    private final long[] keys;
    /** Row of the feature in each slot, -1 for an empty slot. */
    private final int[] rows;
    private final int mask;
    /** Row {@code r}'s pairs are {@code outcome[rowStart[r]] .. outcome[rowStart[r + 1] - 1]}. */
    private final int[] rowStart;
    private final byte[] outcome;
    private final double[] weight;

    private HashedModel(String[] outcomes, int features, int pairs) {
        this.outcomes = outcomes;
        int capacity = Integer.highestOneBit(Math.max(4, features * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.rows = new int[capacity];
        Arrays.fill(rows, -1);
        this.mask = capacity - 1;
        this.rowStart = new int[features + 1];
        this.outcome = new byte[pairs];
        this.weight = new double[pairs];
    }

    /** Copies the weights out of a maxent model (GIS or quasi-Newton); fails if two feature names share a hash. */
    @SuppressWarnings("unchecked")
    public static HashedModel of(AbstractModel model) {
        Object[] data = model.getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        if (model.getNumOutcomes() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("too many outcomes for a hashed model: " + model.getNumOutcomes());
        }
        String[] names = new String[model.getNumOutcomes()];
        for (int o = 0; o < names.length; o++) {
            names[o] = model.getOutcome(o);
        }
        int pairs = predicates.values().stream().mapToInt(c -> c.getOutcomes().length).sum();
        HashedModel table = new HashedModel(names, predicates.size(), pairs);
        int row = 0;
        int pair = 0;
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            table.insert(FeatureHash.of(predicate.getKey()), row, predicate.getKey());
            int[] outcomeIds = predicate.getValue().getOutcomes();
            double[] parameters = predicate.getValue().getParameters();
            for (int i = 0; i < outcomeIds.length; i++, pair++) {
                table.outcome[pair] = (byte) outcomeIds[i];
                table.weight[pair] = parameters[i];
            }
            table.rowStart[++row] = pair;
        }
        return table;
    }

    private void insert(long key, int row, String name) {
        int slot = slot(key);
        while (rows[slot] >= 0) {
            if (keys[slot] == key) {
                throw new IllegalStateException("two model features share the hash of " + name);
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        rows[slot] = row;
    }

    private int slot(long key) {
        long mixed = (key ^ (key >>> 32)) * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & mask;
    }

    public int outcomes() {
        return outcomes.length;
    }

    public String outcome(int index) {
        return outcomes[index];
    }

    /** Adds the weights of one feature to {@code sums} (one per outcome); a feature the model lacks adds nothing. */
    public void add(double[] sums, long feature) {
        int slot = slot(feature);
        int row;
        while ((row = rows[slot]) >= 0) {
            if (keys[slot] == feature) {
                for (int p = rowStart[row], end = rowStart[row + 1]; p < end; p++) {
                    sums[outcome[p]] += weight[p];
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }
}
