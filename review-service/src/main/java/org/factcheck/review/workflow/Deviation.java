package org.factcheck.review.workflow;

import java.util.List;

/** How far a claimed figure is from the evidence, in percent of the evidence. */
public final class Deviation {

    private Deviation() {
    }

    /**
     * Picks the claimed quantity the evidence is about (same unit, or the only quantity) and computes
     * {@code (claimed - evidence) / |evidence| * 100}. A bound the evidence satisfies (MORE_THAN 100 vs 120,
     * AT_MOST, a RANGE containing it) counts as 0 %; a bound it misses is measured from the bound.
     * Returns null when no quantity fits or the evidence is 0 and the claim is not.
     */
    public static Double percent(List<ClaimedQuantity> quantities, Evidence evidence) {
        if (evidence == null || evidence.value == null || quantities == null || quantities.isEmpty()) {
            return null;
        }
        ClaimedQuantity q = quantities.stream()
                .filter(c -> c.unit() != null && evidence.unit != null && c.unit().equalsIgnoreCase(evidence.unit))
                .findFirst()
                .orElse(quantities.size() == 1 ? quantities.get(0) : null);
        if (q == null) {
            return null;
        }
        return percent(q, evidence.value);
    }

    public static Double percent(ClaimedQuantity q, double actual) {
        String qualifier = q.qualifier() == null ? "EXACT" : q.qualifier();
        Double claimed = q.value();
        switch (qualifier) {
            case "MORE_THAN", "AT_LEAST" -> {
                if (claimed != null && actual >= claimed) {
                    return 0.0;
                }
            }
            case "LESS_THAN", "AT_MOST" -> {
                if (claimed != null && actual <= claimed) {
                    return 0.0;
                }
            }
            case "RANGE" -> {
                if (q.low() != null && q.high() != null) {
                    if (actual >= q.low() && actual <= q.high()) {
                        return 0.0;
                    }
                    claimed = actual < q.low() ? q.low() : q.high();
                }
            }
            default -> {
                // EXACT, APPROXIMATE, INCREASE, DECREASE: compare the figure itself
            }
        }
        if (claimed == null) {
            return null;
        }
        if (actual == 0.0) {
            return claimed == 0.0 ? 0.0 : null;
        }
        return (claimed - actual) / Math.abs(actual) * 100.0;
    }
}
