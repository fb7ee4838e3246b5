package org.factcheck.engine.matching;

import java.util.List;
import java.util.Optional;

import org.factcheck.engine.model.Claim;

/** Decides whether a new claim says the same as an earlier one. */
public interface ClaimMatcher {

    /** The engine's matcher: same figures and same entities / content words; see {@link FigureAndEntityMatcher}. */
    static ClaimMatcher defaultMatcher() {
        return FigureAndEntityMatcher.INSTANCE;
    }

    /** Blocking keys: an earlier claim is a candidate only when it shares at least one key with the new one. */
    List<String> keys(Claim claim);

    /** Similarity of two claims in [0, 1]. */
    double similarity(Claim a, Claim b);

    /** The kind of link a similarity earns, or empty below the suggestion threshold. */
    Optional<MatchKind> kind(double similarity);
}
