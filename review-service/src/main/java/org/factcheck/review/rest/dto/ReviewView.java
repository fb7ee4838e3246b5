package org.factcheck.review.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.factcheck.review.workflow.Decision;
import org.factcheck.review.workflow.ReviewStatus;
import org.factcheck.review.workflow.Verdict;

/** A claim under review as the API shows it. {@code priority} is the current queue priority. */
public record ReviewView(String claimId, String articleId, String text, String type, ReviewStatus state,
        double checkworthiness, double priority, double priorityBoost, String desk, boolean highStakes,
        int requiredVerdicts, int round, LeaseView lease, List<Verdict> verdicts, String returnNote,
        String dismissReason, Decision decision, Instant receivedAt, Instant publishedAt, String publishedRating,
        Map<String, Object> claim) {

    public record LeaseView(String holder, Instant since, Instant until) {
    }
}
