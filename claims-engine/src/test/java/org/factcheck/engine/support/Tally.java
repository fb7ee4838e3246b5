package org.factcheck.engine.support;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Named counts an evaluation reports beside its scores ("gold out of contract: age", …), printed in name order. */
public class Tally {

    private final Map<String, Integer> counts = new TreeMap<>();

    public void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    /** {@code [tag]   name: n} per count on standard output. */
    public void printCounts(String tag) {
        counts.forEach((k, v) -> System.out.printf(Locale.ROOT, "[%s]   %s: %d%n", tag, k, v));
    }
}
