package org.factcheck.review.mapping;

import java.time.Clock;
import java.util.List;

import org.factcheck.review.Review;
import org.factcheck.review.config.ReviewConfig;
import org.factcheck.review.rest.dto.ReviewView;
import org.factcheck.review.workflow.Priority;
import org.factcheck.review.workflow.ReviewState;
import org.factcheck.review.workflow.Verdict;

import jakarta.enterprise.context.ApplicationScoped;

/** Entity → API view. */
@ApplicationScoped
public class ReviewMapper {

    private final ReviewConfig config;
    private final Clock clock;

    public ReviewMapper(ReviewConfig config, Clock clock) {
        this.clock = clock;
        this.config = config;
    }

    /**
     * @param viewer    the caller's username
     * @param seesAll   false for plain reviewers: while a claim is still in review they see only their own
     *                  verdicts, so a second verdict is independent of the first
     * @param withClaim include the full handed-over claim
     */
    public ReviewView toView(Review r, String viewer, boolean seesAll, boolean withClaim) {
        ReviewState s = r.state;
        List<Verdict> verdicts = seesAll || !s.status.inQueue() ? s.verdicts
                : s.verdicts.stream().filter(v -> v.reviewer.equals(viewer)).toList();
        ReviewView.LeaseView lease = s.lease == null ? null
                : new ReviewView.LeaseView(s.lease.holder, s.lease.since, s.lease.until);
        double priority = Priority.at(s.checkworthiness, s.priorityBoost, s.receivedAt, config.ageWeightPerHour(),
                clock.instant());
        return new ReviewView(r.claimId, r.articleId, r.text, r.type, s.status, s.checkworthiness, priority,
                s.priorityBoost, s.desk, s.highStakes, s.requiredVerdicts, s.round, lease, verdicts, s.returnNote,
                s.dismissReason, s.decision, s.receivedAt, s.publishedAt, s.publishedRating,
                withClaim ? r.claim : null);
    }
}
