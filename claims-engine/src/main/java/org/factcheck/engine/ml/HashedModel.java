package org.factcheck.engine.ml;

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
    /** Slot {@code s} is {@code table[2s]} = feature hash, {@code table[2s + 1]} = offset of its row + 1 (0: empty). */
    private final long[] table;
    private final int mask;
    /**
     * Rows, one after another: the number of pairs, then each pair as outcome index and the weight's raw bits. A
     * lookup touches the slot's cache line and its row's, nothing else.
     */
    private final long[] rows;

    private HashedModel(String[] outcomes, int features, int pairs) {
        this.outcomes = outcomes;
        int capacity = Integer.highestOneBit(Math.max(4, features * 2 - 1)) << 1;
        this.table = new long[capacity * 2];
        this.mask = capacity - 1;
        this.rows = new long[features + 2 * pairs];
    }

    /** Copies the weights out of a maxent model (GIS or quasi-Newton); fails if two feature names share a hash. */
    @SuppressWarnings("unchecked")
    public static HashedModel of(AbstractModel model) {
        Object[] data = model.getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] names = new String[model.getNumOutcomes()];
        for (int o = 0; o < names.length; o++) {
            names[o] = model.getOutcome(o);
        }
        int pairs = predicates.values().stream().mapToInt(c -> c.getOutcomes().length).sum();
        HashedModel hashed = new HashedModel(names, predicates.size(), pairs);
        int offset = 0;
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            hashed.insert(FeatureHash.of(predicate.getKey()), offset, predicate.getKey());
            int[] outcomeIds = predicate.getValue().getOutcomes();
            double[] parameters = predicate.getValue().getParameters();
            hashed.rows[offset++] = outcomeIds.length;
            for (int i = 0; i < outcomeIds.length; i++) {
                hashed.rows[offset++] = outcomeIds[i];
                hashed.rows[offset++] = Double.doubleToRawLongBits(parameters[i]);
            }
        }
        return hashed;
    }

    private void insert(long key, int offset, String name) {
        int slot = slot(key);
        while (table[2 * slot + 1] != 0) {
            if (table[2 * slot] == key) {
                throw new IllegalStateException("two model features share the hash of " + name);
            }
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = key;
        table[2 * slot + 1] = offset + 1L;
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
        long stored;
        while ((stored = table[2 * slot + 1]) != 0) {
            if (table[2 * slot] == feature) {
                int offset = (int) stored - 1;
                int end = offset + 1 + 2 * (int) rows[offset];
                for (int p = offset + 1; p < end; p += 2) {
                    sums[(int) rows[p]] += Double.longBitsToDouble(rows[p + 1]);
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }
}
