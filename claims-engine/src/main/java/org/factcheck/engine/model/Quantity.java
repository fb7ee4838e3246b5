package org.factcheck.engine.model;

/**
 * A normalised figure. Offsets are Java string indices into the input document, end exclusive.
 *
 * @param unit ISO 4217 for money, a UCUM-style symbol for measures, {@code %} for percentages, the singular
 *             counted noun for counts, {@code null} when there is none
 * @param per  the rate's denominator ({@code year}, {@code barrel}, {@code capita}) or {@code null}
 */
public record Quantity(int start, int end, String text, double value, String unit, Qualifier qualifier,
        Double low, Double high, String per) {
}
