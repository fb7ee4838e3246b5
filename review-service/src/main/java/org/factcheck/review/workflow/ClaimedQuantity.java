package org.factcheck.review.workflow;

/** A figure as the claims-service extracted it. {@code low}/{@code high} bound a RANGE. */
public record ClaimedQuantity(String text, Double value, String unit, String qualifier, Double low, Double high) {
}
