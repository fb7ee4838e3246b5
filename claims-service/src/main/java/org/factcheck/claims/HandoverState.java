package org.factcheck.claims;

/** Where a claim's hand-over to the review-service stands. */
public enum HandoverState {
    /** Not yet acknowledged; retried with back-off. */
    PENDING,
    /** The review-service answered 200/201. */
    DELIVERED,
    /** The review-service refused it for good (4xx other than 408/429); kept with the error for an editor. */
    FAILED
}
