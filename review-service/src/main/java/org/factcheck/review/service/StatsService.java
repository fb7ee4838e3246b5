package org.factcheck.review.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.factcheck.review.Review;
import org.factcheck.review.repository.ReviewRepository;
import org.factcheck.review.workflow.Agreement;
import org.factcheck.review.workflow.ReviewStatus;
import org.factcheck.review.workflow.Verdict;

import jakarta.enterprise.context.ApplicationScoped;

/** Review statistics: per reviewer, and agreement on double-reviewed claims. */
@ApplicationScoped
public class StatsService {

    public record ReviewerStats(String reviewer, long verdicts, Map<String, Long> byRating,
            Long medianTimeToVerdictSeconds) {
    }

    public record Stats(Map<ReviewStatus, Long> claimsByState, List<ReviewerStats> reviewers,
            long doubleReviewPairs, Double cohensKappa) {
    }

    private final ReviewRepository reviews;

    public StatsService(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    public Stats compute() {
        Map<ReviewStatus, Long> byState = new EnumMap<>(ReviewStatus.class);
        for (ReviewStatus s : ReviewStatus.values()) {
            byState.put(s, reviews.count("state.status", s.name()));
        }
        Map<String, List<Verdict>> byReviewer = new TreeMap<>();
        List<Agreement.Pair> pairs = new ArrayList<>();
        try (var cursor = reviews.withVerdicts().cursor()) {
            while (cursor.hasNext()) {
                Review r = cursor.next();
                for (Verdict v : r.state.verdicts) {
                    byReviewer.computeIfAbsent(v.reviewer, k -> new ArrayList<>()).add(v);
                }
                pairs.addAll(pairsOf(r));
            }
        }
        List<ReviewerStats> reviewers = byReviewer.entrySet().stream().map(e -> {
            Map<String, Long> ratings = new TreeMap<>();
            e.getValue().forEach(v -> ratings.merge(v.rating, 1L, Long::sum));
            return new ReviewerStats(e.getKey(), e.getValue().size(), ratings, medianSeconds(e.getValue()));
        }).toList();
        return new Stats(byState, reviewers, pairs.size(), Agreement.cohensKappa(pairs));
    }

    /** First and second verdict of every round that had two. */
    static List<Agreement.Pair> pairsOf(Review r) {
        Map<Integer, List<Verdict>> rounds = new TreeMap<>();
        r.state.verdicts.forEach(v -> rounds.computeIfAbsent(v.round, k -> new ArrayList<>()).add(v));
        return rounds.values().stream().filter(vs -> vs.size() >= 2)
                .map(vs -> new Agreement.Pair(vs.get(0).rating, vs.get(1).rating)).toList();
    }

    static Long medianSeconds(List<Verdict> verdicts) {
        List<Long> seconds = verdicts.stream().filter(v -> v.leasedAt != null && v.submittedAt != null)
                .map(v -> Duration.between(v.leasedAt, v.submittedAt).toSeconds()).sorted().toList();
        if (seconds.isEmpty()) {
            return null;
        }
        int n = seconds.size();
        return n % 2 == 1 ? seconds.get(n / 2) : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2;
    }
}
