package org.factcheck.review.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The workflow state of one claim. It is a pure function of the claim's events ({@link Workflow#replay}); the
 * service stores it only so that reads need no replay.
 */
public class ReviewState {
    public ReviewStatus status;
    public double checkworthiness;
    public double priorityBoost;
    public String desk;
    public boolean highStakes;
    public int requiredVerdicts = 1;
    public int round = 1;
    public Lease lease;
    public List<Verdict> verdicts = new ArrayList<>();
    public String returnNote;
    public String dismissReason;
    public Decision decision;
    public Instant receivedAt;
    public Instant publishedAt;
    public String publishedRating;

    public List<Verdict> currentRoundVerdicts() {
        return verdicts.stream().filter(v -> v.round == round).toList();
    }

    public boolean wroteAnyVerdict(String user) {
        return verdicts.stream().anyMatch(v -> v.reviewer.equals(user));
    }

    public boolean wroteVerdictThisRound(String user) {
        return currentRoundVerdicts().stream().anyMatch(v -> v.reviewer.equals(user));
    }

    /** The state a claim returns to when its lease ends without a verdict. */
    ReviewStatus waitingStatus() {
        return round > 1 ? ReviewStatus.RETURNED : ReviewStatus.QUEUED;
    }
}
