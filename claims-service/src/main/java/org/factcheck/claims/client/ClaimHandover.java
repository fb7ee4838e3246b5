package org.factcheck.claims.client;

import java.time.Instant;
import java.util.List;

/**
 * The hand-over contract: what {@code POST /internal/claims} of the review-service receives. The review-service
 * accepts it idempotently by {@code claimId} (201 new, 200 already known).
 */
public record ClaimHandover(String claimId, String articleId, String text, String type, double checkworthiness,
        List<Quantity> quantities, List<Ranking> rankings, List<Time> time, Attribution attribution,
        Article article, Instant extractedAt) {

    public record Quantity(String text, double value, String unit, String qualifier, Double low, Double high,
            String per) {
    }

    public record Ranking(String text, int position, String after) {
    }

    public record Time(String text, String from, String to) {
    }

    public record Attribution(String text, String source) {
    }

    public record Article(String url, String title, String outlet, Instant publishedAt) {
    }
}
