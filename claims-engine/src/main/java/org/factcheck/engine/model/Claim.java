package org.factcheck.engine.model;

import java.util.List;

/**
 * A checkable statement: one sentence (by index) with what makes it checkable.
 *
 * @param reasons why it was picked and how it was scored, in words a fact-checker understands
 */
public record Claim(ClaimType type, int sentence, int start, int end, String text, double checkworthiness,
        List<String> reasons, List<Quantity> quantities, List<Ranking> rankings, List<TimeReference> time,
        Attribution attribution) {
}
