package org.factcheck.claims.client;

import java.time.Instant;
import java.util.List;

/**
 * The hand-over contract: what {@code POST /internal/claims} of the review-service receives (its JSON schema is
 * {@code contract/claim-handover.schema.json} in test-support). The review-service accepts it idempotently by
 * {@code claimId} (201 new, 200 already known). {@code adjustments} says why the claim was trimmed to fit.
 */
public record ClaimHandover(String claimId, String articleId, String text, String type, double checkworthiness,
        List<Quantity> quantities, List<Ranking> rankings, List<Time> time, Attribution attribution,
        Article article, Instant extractedAt, List<String> adjustments) {

    /** The receiver's limits (UTF-16 units, list lengths). */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_ITEMS = 50;
    public static final int MAX_ITEM_TEXT = 500;
    public static final int MAX_SHORT = 64;
    public static final int MAX_QUALIFIER = 32;
    public static final int MAX_ATTRIBUTION_TEXT = 1000;
    public static final int MAX_URL = 2000;
    public static final int MAX_TITLE = 1000;
    /** The largest field size a ranking may give. */
    public static final int MAX_OUT_OF = 10_000_000;

    public record Quantity(String text, Double value, String unit, String qualifier, Double low, Double high,
            String per) {
    }

    /**
     * {@code oneOf}: within a group of {@code position}; {@code fromEnd}: {@code position} counts from the bottom;
     * {@code outOf}: how many the list holds (1 to {@link #MAX_OUT_OF}), null when the text does not say.
     */
    public record Ranking(String text, int position, String after, boolean oneOf, boolean fromEnd, Integer outOf) {
    }

    public record Time(String text, String from, String to) {
    }

    public record Attribution(String text, String source) {
    }

    public record Article(String url, String title, String outlet, Instant publishedAt) {
    }
}
