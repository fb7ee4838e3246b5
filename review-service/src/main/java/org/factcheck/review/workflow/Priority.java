package org.factcheck.review.workflow;

import java.time.Instant;

/**
 * Queue priority = check-worthiness + editor boost + ageWeight × hours waited. Because every waiting claim ages
 * at the same rate, ordering by {@code checkworthiness + boost - ageWeight × hoursSinceEpoch(receivedAt)} gives
 * the same order at any moment, so the rank can be stored once and sorted on without rewriting the queue.
 */
public final class Priority {

    private Priority() {
    }

    public static double rank(double checkworthiness, double boost, Instant receivedAt, double ageWeightPerHour) {
        double hours = receivedAt.toEpochMilli() / 3_600_000.0;
        return checkworthiness + boost - ageWeightPerHour * hours;
    }

    /** The priority shown to people: the same quantity as {@link #rank} read at {@code now}. */
    public static double at(double checkworthiness, double boost, Instant receivedAt, double ageWeightPerHour,
            Instant now) {
        double waitedHours = Math.max(0, now.toEpochMilli() - receivedAt.toEpochMilli()) / 3_600_000.0;
        return checkworthiness + boost + ageWeightPerHour * waitedHours;
    }
}
