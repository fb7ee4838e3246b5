package org.factcheck.review.workflow;

import java.time.Instant;

/** A reviewer's time-limited hold on a claim. */
public class Lease {
    public String holder;
    public String leaseId;
    public Instant since;
    public Instant until;

    public Lease() {
    }

    public Lease(String holder, String leaseId, Instant since, Instant until) {
        this.holder = holder;
        this.leaseId = leaseId;
        this.since = since;
        this.until = until;
    }

    public boolean expiredAt(Instant now) {
        return until != null && !now.isBefore(until);
    }
}
