package org.factcheck.review.workflow;

import static org.factcheck.review.workflow.ReviewStatus.ASSIGNED;
import static org.factcheck.review.workflow.ReviewStatus.AWAITING_APPROVAL;
import static org.factcheck.review.workflow.ReviewStatus.ESCALATED;
import static org.factcheck.review.workflow.ReviewStatus.QUEUED;
import static org.factcheck.review.workflow.ReviewStatus.RETURNED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The review rules, as two halves:
 * <ul>
 * <li>commands ({@link #lease}, {@link #submitVerdict}, {@link #approve} …) check a request against the current
 * state and answer the events it causes, or throw ({@link IllegalTransitionException} → 409,
 * {@link ActionRefusedException} → 403, {@link InvalidCommandException} → 400);</li>
 * <li>{@link #evolve} applies one event to a state. It reads nothing but the event, so replaying a claim's
 * history always rebuilds the same state, whatever the configuration is today.</li>
 * </ul>
 * Transitions: QUEUED/RETURNED → ASSIGNED (lease) → back on release/expiry, or → QUEUED (first of two verdicts),
 * AWAITING_APPROVAL (enough agreeing verdicts) or ESCALATED (two verdicts disagree); AWAITING_APPROVAL/ESCALATED
 * → PUBLISHED (approve) or RETURNED (return); any non-terminal state → DISMISSED.
 */
public final class Workflow {

    public static final String SYSTEM = "system";

    /** What a reviewer submits. */
    public record VerdictInput(String rating, String summary, List<Source> sources, Evidence evidence) {
    }

    /** An editor's routing change; null fields stay as they are, an empty desk removes the pin. */
    public record Routing(Double priorityBoost, String desk, Boolean highStakes) {
    }

    private final WorkflowPolicy policy;

    public Workflow(WorkflowPolicy policy) {
        this.policy = policy;
    }

    public WorkflowPolicy policy() {
        return policy;
    }

    // ---- commands -------------------------------------------------------------------------------------------

    public List<WorkflowEvent> receive(String claimId, double checkworthiness, Map<String, Object> claim,
            String actor, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("checkworthiness", checkworthiness);
        data.put("requiredVerdicts", policy.requiredVerdicts(false, checkworthiness));
        data.put("claim", claim);
        return List.of(new WorkflowEvent(EventType.CLAIM_RECEIVED, claimId, actor, now, data));
    }

    public List<WorkflowEvent> lease(ReviewState s, String claimId, String reviewer, Collection<String> desks,
            String leaseId, Instant now) {
        List<WorkflowEvent> events = new ArrayList<>();
        if (s.status == ASSIGNED && s.lease != null && s.lease.expiredAt(now)) {
            events.addAll(expire(s, claimId, now));
        } else if (s.status != QUEUED && s.status != RETURNED) {
            throw new IllegalTransitionException(s.status, "claim cannot be leased");
        }
        if (s.desk != null && !desks.contains(s.desk)) {
            throw new ActionRefusedException("claim is pinned to desk '" + s.desk + "'");
        }
        if (s.wroteVerdictThisRound(reviewer)) {
            throw new ActionRefusedException("the second verdict must come from a different reviewer");
        }
        events.add(new WorkflowEvent(EventType.LEASED, claimId, reviewer, now, Map.of(
                "leaseId", leaseId, "until", EventData.time(now.plus(policy.leaseDuration())))));
        return events;
    }

    public List<WorkflowEvent> renew(ReviewState s, String claimId, String reviewer, Instant now) {
        requireLiveLease(s, reviewer, now);
        return List.of(new WorkflowEvent(EventType.LEASE_RENEWED, claimId, reviewer, now,
                Map.of("until", EventData.time(now.plus(policy.leaseDuration())))));
    }

    public List<WorkflowEvent> release(ReviewState s, String claimId, String reviewer, Instant now) {
        requireStatus(s, "release a lease", ASSIGNED);
        requireHolder(s, reviewer);
        return List.of(new WorkflowEvent(EventType.LEASE_RELEASED, claimId, reviewer, now, Map.of()));
    }

    /** Events for an expired lease, or none if the lease is still live (or gone). */
    public List<WorkflowEvent> expire(ReviewState s, String claimId, Instant now) {
        if (s.status != ASSIGNED || s.lease == null || !s.lease.expiredAt(now)) {
            return List.of();
        }
        return List.of(new WorkflowEvent(EventType.LEASE_EXPIRED, claimId, SYSTEM, now,
                Map.of("holder", s.lease.holder, "leaseId", s.lease.leaseId)));
    }

    public List<WorkflowEvent> submitVerdict(ReviewState s, String claimId, String reviewer, VerdictInput in,
            List<ClaimedQuantity> quantities, Instant now) {
        policy.scale().require(in.rating());
        if (in.sources() == null || in.sources().isEmpty()) {
            throw new InvalidCommandException("a verdict needs at least one source");
        }
        requireLiveLease(s, reviewer, now);
        Verdict v = new Verdict();
        v.reviewer = reviewer;
        v.round = s.round;
        v.rating = in.rating();
        v.summary = in.summary();
        v.sources = List.copyOf(in.sources());
        v.evidence = in.evidence();
        v.deviationPercent = Deviation.percent(quantities, in.evidence());
        if (v.deviationPercent != null) {
            v.suggestedRating = policy.bands().suggest(v.deviationPercent);
        }
        v.leasedAt = s.lease.since;
        v.submittedAt = now;
        List<WorkflowEvent> events = new ArrayList<>();
        events.add(new WorkflowEvent(EventType.VERDICT_SUBMITTED, claimId, reviewer, now,
                Map.of("verdict", EventData.toMap(v))));
        List<Verdict> round = new ArrayList<>(s.currentRoundVerdicts());
        round.add(v);
        if (round.size() >= s.requiredVerdicts && round.stream().map(x -> x.rating).distinct().count() > 1) {
            events.add(new WorkflowEvent(EventType.ESCALATED, claimId, SYSTEM, now,
                    Map.of("ratings", round.stream().map(x -> x.reviewer + ":" + x.rating).toList())));
        }
        return events;
    }

    /**
     * Four-eyes: nobody who wrote a verdict on this claim, in any round, may approve it. For an escalated claim
     * the editor chooses the rating; otherwise the reviewers' agreed rating is published.
     */
    public List<WorkflowEvent> approve(ReviewState s, String claimId, String editor, String rating, String note,
            Instant now) {
        requireStatus(s, "approve", AWAITING_APPROVAL, ESCALATED);
        requireOtherEyes(s, editor, "approve");
        String agreed = s.currentRoundVerdicts().get(0).rating;
        String published;
        if (s.status == ESCALATED) {
            if (rating == null) {
                throw new InvalidCommandException("an escalated claim needs the editor's rating");
            }
            published = policy.scale().require(rating).name();
        } else {
            if (rating != null && !rating.equals(agreed)) {
                throw new InvalidCommandException("approval publishes the reviewers' rating " + agreed
                        + "; return the claim to change it");
            }
            published = agreed;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rating", published);
        data.put("note", note);
        return List.of(new WorkflowEvent(EventType.APPROVED, claimId, editor, now, data),
                new WorkflowEvent(EventType.PUBLISHED, claimId, editor, now, Map.of("rating", published)));
    }

    public List<WorkflowEvent> returnForRework(ReviewState s, String claimId, String editor, String reason,
            Instant now) {
        requireStatus(s, "return", AWAITING_APPROVAL, ESCALATED);
        requireOtherEyes(s, editor, "return");
        if (reason == null || reason.isBlank()) {
            throw new InvalidCommandException("a return needs a reason");
        }
        return List.of(new WorkflowEvent(EventType.RETURNED, claimId, editor, now, Map.of("reason", reason)));
    }

    public List<WorkflowEvent> dismiss(ReviewState s, String claimId, String editor, String reason, Instant now) {
        if (s.status.terminal()) {
            throw new IllegalTransitionException(s.status, "cannot dismiss");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reason", reason);
        return List.of(new WorkflowEvent(EventType.DISMISSED, claimId, editor, now, data));
    }

    public List<WorkflowEvent> route(ReviewState s, String claimId, String editor, Routing r, Instant now) {
        requireStatus(s, "change routing", QUEUED, RETURNED, ASSIGNED);
        List<WorkflowEvent> events = new ArrayList<>();
        if (r.priorityBoost() != null && r.priorityBoost() != s.priorityBoost) {
            events.add(new WorkflowEvent(EventType.PRIORITY_CHANGED, claimId, editor, now,
                    Map.of("priorityBoost", r.priorityBoost())));
        }
        if (r.desk() != null) {
            String desk = r.desk().isBlank() ? null : r.desk();
            if (!Objects.equals(desk, s.desk)) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("desk", desk);
                events.add(new WorkflowEvent(EventType.DESK_CHANGED, claimId, editor, now, data));
            }
        }
        if (r.highStakes() != null && r.highStakes() != s.highStakes) {
            int required = policy.requiredVerdicts(r.highStakes(), s.checkworthiness);
            if (required < s.currentRoundVerdicts().size()) {
                throw new IllegalTransitionException(s.status, "claim already has more verdicts than that needs");
            }
            events.add(new WorkflowEvent(EventType.HIGH_STAKES_CHANGED, claimId, editor, now,
                    Map.of("highStakes", r.highStakes(), "requiredVerdicts", required)));
        }
        return events;
    }

    // ---- state ----------------------------------------------------------------------------------------------

    public static ReviewState replay(List<WorkflowEvent> events) {
        ReviewState s = null;
        for (WorkflowEvent e : events) {
            s = evolve(s, e);
        }
        return s;
    }

    /** Applies one event; {@code s} is null before CLAIM_RECEIVED. Mutates and returns {@code s}. */
    public static ReviewState evolve(ReviewState s, WorkflowEvent e) {
        Map<String, Object> d = e.data();
        if (e.type() == EventType.CLAIM_RECEIVED) {
            ReviewState fresh = new ReviewState();
            fresh.status = QUEUED;
            fresh.checkworthiness = number(d, "checkworthiness");
            fresh.requiredVerdicts = (int) number(d, "requiredVerdicts");
            fresh.receivedAt = e.at();
            return fresh;
        }
        Objects.requireNonNull(s, "event before CLAIM_RECEIVED");
        switch (e.type()) {
            case LEASED -> {
                s.status = ASSIGNED;
                s.lease = new Lease(e.actor(), (String) d.get("leaseId"), e.at(), Instant.parse((String) d.get("until")));
            }
            case LEASE_RENEWED -> s.lease.until = Instant.parse((String) d.get("until"));
            case LEASE_RELEASED, LEASE_EXPIRED -> {
                s.lease = null;
                s.status = s.waitingStatus();
            }
            case VERDICT_SUBMITTED -> {
                s.verdicts.add(EventData.fromMap(d.get("verdict"), Verdict.class));
                s.lease = null;
                s.status = s.currentRoundVerdicts().size() >= s.requiredVerdicts ? AWAITING_APPROVAL : s.waitingStatus();
            }
            case ESCALATED -> s.status = ESCALATED;
            case APPROVED -> s.decision = new Decision(e.actor(), (String) d.get("rating"), (String) d.get("note"), e.at());
            case PUBLISHED -> {
                s.status = ReviewStatus.PUBLISHED;
                s.publishedAt = e.at();
                s.publishedRating = (String) d.get("rating");
            }
            case RETURNED -> {
                s.status = RETURNED;
                s.round++;
                s.returnNote = (String) d.get("reason");
                s.lease = null;
            }
            case DISMISSED -> {
                s.status = ReviewStatus.DISMISSED;
                s.dismissReason = (String) d.get("reason");
                s.lease = null;
            }
            case PRIORITY_CHANGED -> s.priorityBoost = number(d, "priorityBoost");
            case DESK_CHANGED -> s.desk = (String) d.get("desk");
            case HIGH_STAKES_CHANGED -> {
                s.highStakes = (Boolean) d.get("highStakes");
                s.requiredVerdicts = (int) number(d, "requiredVerdicts");
            }
            default -> throw new IllegalArgumentException("unhandled event " + e.type());
        }
        return s;
    }

    // ---- guards ---------------------------------------------------------------------------------------------

    private static double number(Map<String, Object> d, String key) {
        return ((Number) d.get(key)).doubleValue();
    }

    private static void requireStatus(ReviewState s, String action, ReviewStatus... allowed) {
        if (!Set.of(allowed).contains(s.status)) {
            throw new IllegalTransitionException(s.status, "cannot " + action);
        }
    }

    private static void requireHolder(ReviewState s, String reviewer) {
        if (s.lease == null || !s.lease.holder.equals(reviewer)) {
            throw new ActionRefusedException("the claim is not leased to you");
        }
    }

    private static void requireLiveLease(ReviewState s, String reviewer, Instant now) {
        requireStatus(s, "act without a lease", ASSIGNED);
        requireHolder(s, reviewer);
        if (s.lease.expiredAt(now)) {
            throw new IllegalTransitionException(s.status, "your lease expired at " + s.lease.until);
        }
    }

    private static void requireOtherEyes(ReviewState s, String editor, String action) {
        if (s.wroteAnyVerdict(editor)) {
            throw new ActionRefusedException("four-eyes rule: you wrote a verdict on this claim, so you cannot "
                    + action + " it");
        }
    }
}
