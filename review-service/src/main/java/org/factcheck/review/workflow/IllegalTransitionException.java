package org.factcheck.review.workflow;

/** The action is not allowed in the claim's current state (HTTP 409). */
public class IllegalTransitionException extends RuntimeException {
    private final ReviewStatus current;

    public IllegalTransitionException(ReviewStatus current, String detail) {
        super(detail + " (claim is " + current + ")");
        this.current = current;
    }

    public ReviewStatus current() {
        return current;
    }
}
