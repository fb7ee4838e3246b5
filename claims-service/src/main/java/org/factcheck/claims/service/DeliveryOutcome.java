package org.factcheck.claims.service;

/** What an answer of the review-service means for a claim's hand-over. */
public enum DeliveryOutcome {
    /** 200 (already known) or 201 (new): done. */
    ACKNOWLEDGED,
    /** Worth trying again later: 5xx, 408, 429, timeouts, connection refused, no token. */
    RETRY,
    /** Refused for good: any other status; kept with the error. */
    REJECTED;

    public static DeliveryOutcome of(int status) {
        if (status == 200 || status == 201) {
            return ACKNOWLEDGED;
        }
        if (status >= 500 || status == 408 || status == 429) {
            return RETRY;
        }
        return REJECTED;
    }
}
