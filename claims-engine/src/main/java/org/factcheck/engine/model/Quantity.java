package org.factcheck.engine.model;

/**
 * A normalised figure. Offsets are Java string indices into the input document, end exclusive.
 *
 * @param unit ISO 4217 for money, a UCUM-style symbol for measures, {@code %} for percentages, the singular
 *             counted noun for counts, {@code null} when there is none (always for ordinals)
 * @param low  lower bound of a range ({@code between 5 and 10}), of {@code at least 3} or of a tolerance
 *             ({@code 8 ± 0.5} → 7.5), else {@code null}
 * @param high upper bound of a range, of {@code up to 40 km} or of a tolerance ({@code 8 ± 0.5} → 8.5), else
 *             {@code null}
 * @param per  the rate's denominator ({@code year}, {@code barrel}, {@code capita}) or {@code null}
 * @param kind {@link QuantityKind#ORDINAL} for {@code the third}, {@code 21st}; otherwise CARDINAL
 */
public record Quantity(int start, int end, String text, double value, String unit, Qualifier qualifier,
        Double low, Double high, String per, QuantityKind kind) {

    /** A cardinal figure. */
    public Quantity(int start, int end, String text, double value, String unit, Qualifier qualifier, Double low,
            Double high, String per) {
        this(start, end, text, value, unit, qualifier, low, high, per, QuantityKind.CARDINAL);
    }

    /** An ordinal: {@code the third} → 3. */
    public static Quantity ordinal(int start, int end, String text, int value) {
        return new Quantity(start, end, text, value, null, Qualifier.EXACT, null, null, null, QuantityKind.ORDINAL);
    }
}
