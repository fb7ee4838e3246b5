package org.factcheck.review.workflow;

import java.time.Duration;

/** The configurable parts of the rules. */
public record WorkflowPolicy(Duration leaseDuration, double doubleReviewThreshold, RatingScale scale,
        ToleranceBands bands) {

    public static WorkflowPolicy defaults() {
        return new WorkflowPolicy(Duration.ofMinutes(30), 0.9, RatingScale.defaults(), ToleranceBands.defaults());
    }

    public int requiredVerdicts(boolean highStakes, double checkworthiness) {
        return highStakes || checkworthiness >= doubleReviewThreshold ? 2 : 1;
    }
}
