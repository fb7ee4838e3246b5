package org.factcheck.review.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Inter-reviewer agreement on double-reviewed claims. */
public final class Agreement {

    /** The two ratings given to one claim. */
    public record Pair(String first, String second) {
    }

    private Agreement() {
    }

    /**
     * Cohen's kappa = (p_o - p_e) / (1 - p_e), with p_o the share of claims both reviewers rated the same and
     * p_e the agreement expected by chance from each side's rating frequencies. Null for no pairs; 1 when both
     * always used the same single rating (p_e = 1).
     */
    public static Double cohensKappa(List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return null;
        }
        int n = pairs.size();
        Map<String, Integer> firsts = new HashMap<>();
        Map<String, Integer> seconds = new HashMap<>();
        int agree = 0;
        for (Pair p : pairs) {
            firsts.merge(p.first(), 1, Integer::sum);
            seconds.merge(p.second(), 1, Integer::sum);
            if (p.first().equals(p.second())) {
                agree++;
            }
        }
        double po = (double) agree / n;
        double pe = 0;
        for (var e : firsts.entrySet()) {
            pe += (e.getValue() / (double) n) * (seconds.getOrDefault(e.getKey(), 0) / (double) n);
        }
        if (pe >= 1.0) {
            return po >= 1.0 ? 1.0 : 0.0;
        }
        return (po - pe) / (1 - pe);
    }
}
