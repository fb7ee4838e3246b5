package org.factcheck.claims.service;

import java.time.Duration;

/** Exponential back-off: initial, 2×, 4× … per failed attempt, never above the cap. */
public record Backoff(Duration initial, Duration max) {

    /** The wait after the given number of attempts (1 = the first attempt failed). */
    public Duration after(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        long millis = initial.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
