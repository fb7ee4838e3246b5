package org.factcheck.engine.model;

import java.util.List;

/**
 * A checkable statement: one sentence (by index) with what makes it checkable.
 *
 * @param reasons  why it was picked and how it was scored, in words a fact-checker understands
 * @param ordinals the sentence's ordinals ({@code the third time}, {@code 21st}, {@code second-largest}), each a
 *                 {@link Quantity} of kind {@link QuantityKind#ORDINAL}; {@code quantities} holds cardinals only
 */
public record Claim(ClaimType type, int sentence, int start, int end, String text, double checkworthiness,
        List<String> reasons, List<Quantity> quantities, List<Ranking> rankings, List<TimeReference> time,
        Attribution attribution, List<Quantity> ordinals) {

    /** A claim without ordinals. */
    public Claim(ClaimType type, int sentence, int start, int end, String text, double checkworthiness,
            List<String> reasons, List<Quantity> quantities, List<Ranking> rankings, List<TimeReference> time,
            Attribution attribution) {
        this(type, sentence, start, end, text, checkworthiness, reasons, quantities, rankings, time, attribution,
                List.of());
    }
}
