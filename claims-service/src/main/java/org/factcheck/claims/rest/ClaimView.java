package org.factcheck.claims.rest;

import java.time.Instant;
import java.util.List;

import org.factcheck.claims.HandoverState;
import org.factcheck.engine.matching.MatchKind;
import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.ClaimType;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Ranking;
import org.factcheck.engine.model.TimeReference;

/**
 * A stored claim: the engine's fields, its links to earlier claims and where its hand-over stands.
 *
 * @param ordinals the engine's ordinals of the sentence (kind ORDINAL); last, so earlier fields keep their order
 */
public record ClaimView(String id, String articleId, int ordinal, ClaimType type, int sentence, int start, int end,
        String text, double checkworthiness, List<String> reasons, List<Quantity> quantities,
        List<Ranking> rankings, List<TimeReference> time, Attribution attribution, List<MatchView> matches,
        HandoverView handover, Instant extractedAt, List<Quantity> ordinals) {

    public record MatchView(String claimId, String articleId, double score, MatchKind kind) {
    }

    public record HandoverView(HandoverState state, int attempts, Instant nextAttemptAt, Integer lastStatus,
            String lastError, Instant deliveredAt, List<String> adjustments) {
    }
}
