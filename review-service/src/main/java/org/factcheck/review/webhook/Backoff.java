package org.factcheck.review.webhook;

import java.time.Duration;

/** Exponential back-off between delivery attempts: base, 2×base, 4×base … never more than {@code max}. */
public record Backoff(Duration base, Duration max) {

    public Backoff {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < base <= max, got " + base + " and " + max);
        }
    }

    /** The wait after the given number of failed attempts (1 = after the first failure). */
    public Duration after(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 40));
        long millis = base.toMillis() << Math.min(doublings, Long.numberOfLeadingZeros(base.toMillis()) - 1);
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
