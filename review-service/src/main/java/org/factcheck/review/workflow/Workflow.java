package org.factcheck.review.workflow;

import static org.factcheck.review.workflow.ReviewStatus.ASSIGNED;
import static org.factcheck.review.workflow.ReviewStatus.AWAITING_APPROVAL;
import static org.factcheck.review.workflow.ReviewStatus.ESCALATED;
import static org.factcheck.review.workflow.ReviewStatus.QUEUED;
import static org.factcheck.review.workflow.ReviewStatus.RETURNED;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
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
        return List.of(new WorkflowEvent.ClaimReceived(claimId, actor, now, checkworthiness,
                policy.requiredVerdicts(false, checkworthiness), claim));
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
        events.add(new WorkflowEvent.Leased(claimId, reviewer, now, leaseId, until(now)));
        return events;
    }

    public List<WorkflowEvent> renew(ReviewState s, String claimId, String reviewer, Instant now) {
        requireLiveLease(s, reviewer, now);
        return List.of(new WorkflowEvent.LeaseRenewed(claimId, reviewer, now, until(now)));
    }

    public List<WorkflowEvent> release(ReviewState s, String claimId, String reviewer, Instant now) {
        requireStatus(s, "release a lease", ASSIGNED);
        requireHolder(s, reviewer);
        return List.of(new WorkflowEvent.LeaseReleased(claimId, reviewer, now));
    }

    /** Events for an expired lease, or none if the lease is still live (or gone). */
    public List<WorkflowEvent> expire(ReviewState s, String claimId, Instant now) {
        if (s.status != ASSIGNED || s.lease == null || !s.lease.expiredAt(now)) {
            return List.of();
        }
        return List.of(new WorkflowEvent.LeaseExpired(claimId, SYSTEM, now, s.lease.holder, s.lease.leaseId));
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
        events.add(new WorkflowEvent.VerdictSubmitted(claimId, reviewer, now, v));
        List<Verdict> round = new ArrayList<>(s.currentRoundVerdicts());
        round.add(v);
        if (round.size() >= s.requiredVerdicts && round.stream().map(x -> x.rating).distinct().count() > 1) {
            events.add(new WorkflowEvent.Escalated(claimId, SYSTEM, now,
                    round.stream().map(x -> x.reviewer + ":" + x.rating).toList()));
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
        return List.of(new WorkflowEvent.Approved(claimId, editor, now, published, note),
                new WorkflowEvent.Published(claimId, editor, now, published));
    }

    public List<WorkflowEvent> returnForRework(ReviewState s, String claimId, String editor, String reason,
            Instant now) {
        requireStatus(s, "return", AWAITING_APPROVAL, ESCALATED);
        requireOtherEyes(s, editor, "return");
        if (reason == null || reason.isBlank()) {
            throw new InvalidCommandException("a return needs a reason");
        }
        return List.of(new WorkflowEvent.Returned(claimId, editor, now, reason));
    }

    public List<WorkflowEvent> dismiss(ReviewState s, String claimId, String editor, String reason, Instant now) {
        if (s.status.terminal()) {
            throw new IllegalTransitionException(s.status, "cannot dismiss");
        }
        return List.of(new WorkflowEvent.Dismissed(claimId, editor, now, reason));
    }

    public List<WorkflowEvent> route(ReviewState s, String claimId, String editor, Routing r, Instant now) {
        requireStatus(s, "change routing", QUEUED, RETURNED, ASSIGNED);
        List<WorkflowEvent> events = new ArrayList<>();
        if (r.priorityBoost() != null && r.priorityBoost() != s.priorityBoost) {
            events.add(new WorkflowEvent.PriorityChanged(claimId, editor, now, r.priorityBoost()));
        }
        if (r.desk() != null) {
            String desk = r.desk().isBlank() ? null : r.desk();
            if (!Objects.equals(desk, s.desk)) {
                events.add(new WorkflowEvent.DeskChanged(claimId, editor, now, desk));
            }
        }
        if (r.highStakes() != null && r.highStakes() != s.highStakes) {
            int required = policy.requiredVerdicts(r.highStakes(), s.checkworthiness);
            if (required < s.currentRoundVerdicts().size()) {
                throw new IllegalTransitionException(s.status, "claim already has more verdicts than that needs");
            }
            events.add(new WorkflowEvent.HighStakesChanged(claimId, editor, now, r.highStakes(), required));
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
        if (e instanceof WorkflowEvent.ClaimReceived r) {
            ReviewState fresh = new ReviewState();
            fresh.status = QUEUED;
            fresh.checkworthiness = r.checkworthiness();
            fresh.requiredVerdicts = r.requiredVerdicts();
            fresh.receivedAt = r.at();
            return fresh;
        }
        Objects.requireNonNull(s, "event before CLAIM_RECEIVED");
        if (e instanceof WorkflowEvent.Leased l) {
            s.status = ASSIGNED;
            s.lease = new Lease(l.actor(), l.leaseId(), l.at(), l.until());
        } else if (e instanceof WorkflowEvent.LeaseRenewed r) {
            s.lease.until = r.until();
        } else if (e instanceof WorkflowEvent.LeaseReleased || e instanceof WorkflowEvent.LeaseExpired) {
            s.lease = null;
            s.status = s.waitingStatus();
        } else if (e instanceof WorkflowEvent.VerdictSubmitted v) {
            s.verdicts.add(v.verdict());
            s.lease = null;
            s.status = s.currentRoundVerdicts().size() >= s.requiredVerdicts ? AWAITING_APPROVAL : s.waitingStatus();
        } else if (e instanceof WorkflowEvent.Escalated) {
            s.status = ESCALATED;
        } else if (e instanceof WorkflowEvent.Approved a) {
            s.decision = new Decision(a.actor(), a.rating(), a.note(), a.at());
        } else if (e instanceof WorkflowEvent.Published p) {
            s.status = ReviewStatus.PUBLISHED;
            s.publishedAt = p.at();
            s.publishedRating = p.rating();
        } else if (e instanceof WorkflowEvent.Returned r) {
            s.status = RETURNED;
            s.round++;
            s.returnNote = r.reason();
            s.lease = null;
        } else if (e instanceof WorkflowEvent.Dismissed d) {
            s.status = ReviewStatus.DISMISSED;
            s.dismissReason = d.reason();
            s.lease = null;
        } else if (e instanceof WorkflowEvent.PriorityChanged p) {
            s.priorityBoost = p.priorityBoost();
        } else if (e instanceof WorkflowEvent.DeskChanged d) {
            s.desk = d.desk();
        } else if (e instanceof WorkflowEvent.HighStakesChanged h) {
            s.highStakes = h.highStakes();
            s.requiredVerdicts = h.requiredVerdicts();
        } else {
            throw new IllegalArgumentException("unhandled event " + e.type());
        }
        return s;
    }

    private Instant until(Instant now) {
        return now.plus(policy.leaseDuration()).truncatedTo(ChronoUnit.MILLIS);
    }

    // ---- guards ---------------------------------------------------------------------------------------------

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
