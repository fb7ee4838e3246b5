package org.factcheck.engine.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

/** One precision/recall score of a gold test: counted, printed and checked against its floors the same way in each. */
public final class PrecisionRecall {

    private final String name;
    private int hits;
    private int predicted;
    private int expected;

    public PrecisionRecall(String name) {
        this.name = name;
    }

    /** One gold item: whether the engine got it right, reported one, and the gold has one. */
    public void add(boolean hit, boolean predictedOne, boolean expectedOne) {
        add(hit ? 1 : 0, predictedOne ? 1 : 0, expectedOne ? 1 : 0);
    }

    public void add(int hits, int predicted, int expected) {
        this.hits += hits;
        this.predicted += predicted;
        this.expected += expected;
    }

    public double precision() {
        return predicted == 0 ? 1 : (double) hits / predicted;
    }

    public double recall() {
        return expected == 0 ? 1 : (double) hits / expected;
    }

    /** {@code [tag] name P=… R=… (tp=…, predicted=…, expected=…)} on standard output. */
    public void print(String tag) {
        System.out.printf(Locale.ROOT, "[%s] %s P=%.3f R=%.3f (tp=%d, predicted=%d, expected=%d)%n", tag, name,
                precision(), recall(), hits, predicted, expected);
    }

    public void assertAtLeast(double precisionFloor, double recallFloor) {
        assertThat(precision()).as(name + " precision").isGreaterThanOrEqualTo(precisionFloor);
        assertThat(recall()).as(name + " recall").isGreaterThanOrEqualTo(recallFloor);
    }
}
