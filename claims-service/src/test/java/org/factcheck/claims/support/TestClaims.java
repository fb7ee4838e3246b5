package org.factcheck.claims.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.factcheck.claims.Article;
import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.ClaimType;
import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.TimeReference;

/** Engine claims and articles written by hand, so service tests do not depend on what the engine finds. */
public final class TestClaims {

    private TestClaims() {
    }

    /** "The city spent 4.2 million euros on new buses in 2023, officials said." with the given figure. */
    public static Claim spending(double millions) {
        String figure = millions + " million euros";
        String text = "The city spent " + figure + " on new buses in 2023, officials said.";
        int at = text.indexOf(figure);
        int year = text.indexOf("in 2023");
        int said = text.indexOf("officials said");
        return new Claim(ClaimType.QUANTITY, 0, 0, text.length(), text, 0.8, List.of("money figure"),
                List.of(new Quantity(at, at + figure.length(), figure, Math.round(millions * 1_000_000), "EUR", Qualifier.EXACT,
                        null, null, null)),
                List.of(), List.of(new TimeReference(year, year + 7, "in 2023", "2023", "2023")),
                new Attribution(said, said + 14, "officials said", "officials"));
    }

    public static Claim opinion(String text, double score) {
        return claim(ClaimType.FACTUAL, text, score);
    }

    public static Claim claim(ClaimType type, String text, double score) {
        return new Claim(type, 0, 0, text.length(), text, score, List.of("statement"), List.of(), List.of(),
                List.of(), null);
    }

    /**
     * What the engine can produce from a pathological document: one sentence of {@code length} characters with
     * {@code count} figures in it, more than the review-service takes.
     */
    public static Claim oversized(int count, int length) {
        StringBuilder text = new StringBuilder();
        List<Quantity> quantities = new java.util.ArrayList<>();
        for (int i = 0; text.length() < length; i++) {
            String figure = i + " percent";
            if (i < count) {
                quantities.add(new Quantity(text.length(), text.length() + figure.length(), figure, i, "%",
                        Qualifier.EXACT, null, null, null));
            }
            text.append(figure).append(i % 7 == 6 ? ", and " : " ");
        }
        while (quantities.size() < count) {
            int i = quantities.size();
            quantities.add(new Quantity(0, 1, i + " percent", i, "%", Qualifier.EXACT, null, null, null));
        }
        String sentence = text.substring(0, length - 1) + ".";
        return new Claim(ClaimType.QUANTITY, 0, 0, sentence.length(), sentence, 0.9, List.of("figures"), quantities,
                List.of(), List.of(), null);
    }

    /** An article not yet stored, with unique text. */
    public static Article article() {
        Article a = new Article();
        a.title = "Test article " + UUID.randomUUID();
        a.text = "Body " + UUID.randomUUID();
        a.url = "https://news.example/" + UUID.randomUUID();
        a.urlKey = a.url;
        a.outlet = "Example News";
        a.publishedAt = Instant.parse("2026-11-01T08:00:00Z");
        a.textSha256 = UUID.randomUUID().toString();
        a.createdAt = Instant.now();
        return a;
    }
}
