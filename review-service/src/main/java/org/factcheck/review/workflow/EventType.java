package org.factcheck.review.workflow;

/** Everything that can happen to a claim; each occurrence is one event in the history. */
public enum EventType {
    CLAIM_RECEIVED, LEASED, LEASE_RENEWED, LEASE_RELEASED, LEASE_EXPIRED, VERDICT_SUBMITTED, ESCALATED,
    APPROVED, PUBLISHED, RETURNED, DISMISSED, PRIORITY_CHANGED, DESK_CHANGED, HIGH_STAKES_CHANGED
}
