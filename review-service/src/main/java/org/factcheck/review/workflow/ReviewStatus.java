package org.factcheck.review.workflow;

/** Where a claim is in the review workflow. */
public enum ReviewStatus {
    QUEUED, ASSIGNED, AWAITING_APPROVAL, PUBLISHED, RETURNED, ESCALATED, DISMISSED;

    /** States whose claim sits in the queue collection (takeable now or once its lease ends). */
    public boolean inQueue() {
        return this == QUEUED || this == RETURNED || this == ASSIGNED;
    }

    public boolean terminal() {
        return this == PUBLISHED || this == DISMISSED;
    }
}
