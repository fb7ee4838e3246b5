package org.factcheck.review.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.bson.Document;
import org.factcheck.review.PendingEvent;
import org.factcheck.review.QueueItem;
import org.factcheck.review.Review;
import org.factcheck.review.config.ReviewConfig;
import org.factcheck.review.repository.EventRepository;
import org.factcheck.review.repository.GroupCommit;
import org.factcheck.review.repository.QueueRepository;
import org.factcheck.review.repository.ReviewRepository;
import org.factcheck.review.workflow.ActionRefusedException;
import org.factcheck.review.workflow.ClaimedQuantity;
import org.factcheck.review.workflow.EventData;
import org.factcheck.review.workflow.IllegalTransitionException;
import org.factcheck.review.workflow.Priority;
import org.factcheck.review.workflow.ReviewStatus;
import org.factcheck.review.workflow.Workflow;
import org.factcheck.review.workflow.WorkflowEvent;

import io.micrometer.core.annotation.Timed;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs workflow commands against the store.
 *
 * <p><b>Keeping state and history consistent without transactions.</b> Every change is one compare-and-set
 * replace of the claim's {@link Review} document (condition: the version we read) that writes the new state
 * <em>and</em> the events causing it, as {@code pending}. Only then are the queue projection updated, the pending
 * events appended to the hash chain and {@code pending} cleared. A crash after the replace leaves the
 * events in {@code pending}; {@link RecoveryService} appends them on start-up (and any later change of the same
 * claim carries them forward), and the unique event key makes a second append of the same event a no-op.
 * So there is never a state without its events, nor an event without its state: the one document write is the
 * commit point. The state itself is a pure fold of the events ({@link Workflow#evolve}), and a test rebuilds it
 * from the history.
 */
@ApplicationScoped
public class ReviewService {

    public record Intake(Review review, boolean created) {
    }

    /** Changes appended and cleared together at most; a batch of 16 reviewers' takes is far below it. */
    private static final int MAX_COMMIT_BATCH = 256;

    private final ReviewRepository reviews;
    private final QueueRepository queue;
    private final EventRepository events;
    private final Workflow workflow;
    private final ReviewConfig config;
    private final WebhookService webhooks;
    private final Clock clock;
    private final GroupCommit<Commit> commits = new GroupCommit<>(MAX_COMMIT_BATCH, this::writeCommits);
    /** Null when prefetching is off: then every take scans the queue. */
    private final TakeCandidates candidates;
    /** Candidates tried before a take scans the queue itself: enough for a buffer another instance emptied. */
    private final int candidateAttempts;

    public ReviewService(ReviewRepository reviews, QueueRepository queue, EventRepository events, Workflow workflow,
            ReviewConfig config, WebhookService webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
        this.reviews = reviews;
        this.queue = queue;
        this.events = events;
        this.workflow = workflow;
        this.config = config;
        int prefetch = config.queue().prefetch();
        this.candidates = prefetch < 1 ? null
                : new TakeCandidates(prefetch, config.queue().prefetchMaxAge(), this::scanCandidates);
        this.candidateAttempts = 2 * prefetch + 1;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    // ---- intake ---------------------------------------------------------------------------------------------

    /** Idempotent by claim id: a claim seen before is returned unchanged and causes no event. */
    public Intake receive(String claimId, String articleId, String text, String type, double checkworthiness,
            Map<String, Object> claim, String actor) {
        Review existing = reviews.findById(claimId);
        if (existing != null) {
            return new Intake(existing, false);
        }
        List<WorkflowEvent> received = workflow.receive(claimId, checkworthiness, claim, actor, now());
        Review r = new Review();
        r.claimId = claimId;
        r.articleId = articleId;
        r.text = text;
        r.type = type;
        r.claim = new Document(claim);
        r.state = Workflow.replay(received);
        r.version = 1;
        r.rank = rank(r);
        r.pending = pending(claimId, r.version, received);
        if (!reviews.insertIfAbsent(r)) {
            return new Intake(reviews.findById(claimId), false);
        }
        complete(r);
        Log.infof("claim %s received (check-worthiness %.2f, %d verdict(s) needed)", claimId, checkworthiness,
                r.state.requiredVerdicts);
        return new Intake(r, true);
    }

    // ---- queue ----------------------------------------------------------------------------------------------

    /**
     * Leases the best claim the reviewer may take. The queue's conditional write decides who gets which claim
     * ({@link #take}); the review document then records the lease (and, if the claim's previous lease had run out,
     * its expiry). If the review disagrees with a stale projection, the projection is repaired and the next claim
     * tried.
     */
    @Timed(value = "review.queue.next", description = "POST /api/queue/next inside the service", percentiles = { 0.5, 0.99 })
    public Optional<Review> next(String reviewer, Collection<String> desks) {
        for (int attempt = 0; attempt < config.maxRetries(); attempt++) {
            Instant now = now();
            String leaseId = UUID.randomUUID().toString();
            TakeCandidates.Candidate taken = take(reviewer, desks, now, now.plus(config.leaseDuration()), leaseId);
            if (taken == null) {
                return Optional.empty();
            }
            QueueItem item = taken.item();
            try {
                // the take wrote this lease into the queue item already: no second queue write
                return Optional.of(mutate(item.claimId, taken.review(),
                        r -> workflow.lease(r.state, r.claimId, reviewer, desks, leaseId, now), false));
            } catch (IllegalTransitionException | ActionRefusedException | NotFoundException | ContentionException e) {
                Log.warnf("queue item %s was stale (%s); repairing it", item.claimId, e.getMessage());
                Review r = reviews.findById(item.claimId);
                if (r == null || !r.state.status.inQueue()) {
                    queue.remove(item.claimId, Long.MAX_VALUE);
                } else {
                    restoreLease(item.claimId, leaseId, r);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Leases a queue item for the reviewer: normally the best fitting candidate of a recent scan, by a write that
     * succeeds only if the item is still as scanned (a candidate changed meanwhile is skipped); when no candidate
     * fits, the queue is scanned for the best claim. Returns the leased item with its review as read at the scan
     * (null: not read yet), or null when nothing is takeable.
     */
    private TakeCandidates.Candidate take(String reviewer, Collection<String> desks, Instant now, Instant until,
            String leaseId) {
        if (candidates != null) {
            for (int i = 0; i < candidateAttempts; i++) {
                TakeCandidates.Pick pick = candidates.next(reviewer, desks, now);
                if (pick.candidate() == null) {
                    if (pick.nothingTakeable()) {
                        return null;
                    }
                    break;
                }
                QueueItem leased = queue.takeIfUnchanged(pick.candidate().item(), reviewer, until, leaseId);
                if (leased != null) {
                    return new TakeCandidates.Candidate(leased, pick.candidate().review());
                }
            }
        }
        QueueItem leased = queue.take(reviewer, desks, now, until, leaseId);
        return leased == null ? null : new TakeCandidates.Candidate(leased, null);
    }

    /** The best takeable queue items with their reviews: two queries for up to {@code limit} takes. */
    private List<TakeCandidates.Candidate> scanCandidates(Instant now, int limit) {
        List<QueueItem> items = queue.takeable(now, limit);
        if (items.isEmpty()) {
            return List.of();
        }
        Map<String, Review> read = reviews.byIds(items.stream().map(i -> i.claimId).toList());
        return items.stream().map(i -> new TakeCandidates.Candidate(i, read.get(i.claimId))).toList();
    }

    /** Puts the review's lease back on a queue item a take overwrote; a claim free again is a candidate at once. */
    private void restoreLease(String claimId, String takenLeaseId, Review r) {
        QueueItem projected = toItem(r);
        queue.restoreLease(claimId, takenLeaseId, projected);
        if (projected.leaseId == null) {
            candidatesChanged();
        }
    }

    /** A claim became takeable through this instance: the next take scans the queue again. */
    private void candidatesChanged() {
        if (candidates != null) {
            candidates.invalidate();
        }
    }

    public Review renew(String claimId, String reviewer) {
        return mutate(claimId, r -> workflow.renew(r.state, claimId, reviewer, now()));
    }

    public Review release(String claimId, String reviewer) {
        return mutate(claimId, r -> workflow.release(r.state, claimId, reviewer, now()));
    }

    /** Returns every lease that has run out to the queue; run by the scheduler. */
    public int expireLeases() {
        int expired = 0;
        for (QueueItem item : queue.expiredLeases(now())) {
            try {
                Review r = mutate(item.claimId, x -> workflow.expire(x.state, x.claimId, now()));
                if (r.state.lease == null) {
                    expired++;
                }
                if (r.state.status.inQueue()) {
                    restoreLease(item.claimId, item.leaseId, r);
                } else {
                    queue.remove(item.claimId, r.version);
                }
            } catch (RuntimeException e) {
                Log.warnf(e, "could not expire the lease on %s; next sweep retries", item.claimId);
            }
        }
        return expired;
    }

    // ---- verdicts and decisions -----------------------------------------------------------------------------

    @Timed(value = "review.verdict.submit", description = "verdict submission inside the service", percentiles = { 0.5, 0.99 })
    public Review submitVerdict(String claimId, String reviewer, Workflow.VerdictInput verdict) {
        return mutate(claimId, r -> workflow.submitVerdict(r.state, claimId, reviewer, verdict, quantities(r), now()));
    }

    public Review approve(String claimId, String editor, String rating, String note) {
        return mutate(claimId, r -> workflow.approve(r.state, claimId, editor, rating, note, now()));
    }

    public Review returnForRework(String claimId, String editor, String reason) {
        return mutate(claimId, r -> workflow.returnForRework(r.state, claimId, editor, reason, now()));
    }

    public Review dismiss(String claimId, String editor, String reason) {
        return mutate(claimId, r -> workflow.dismiss(r.state, claimId, editor, reason, now()));
    }

    public Review route(String claimId, String editor, Workflow.Routing routing) {
        return mutate(claimId, r -> workflow.route(r.state, claimId, editor, routing, now()));
    }

    /** Claims in the given states (on one desk if given), highest rank first, with the total count. */
    public ReviewRepository.Page<Review> list(Collection<ReviewStatus> statuses, String desk, int page, int size) {
        return reviews.page(statuses, desk, page, size);
    }

    public Review get(String claimId) {
        Review r = reviews.findById(claimId);
        if (r == null) {
            throw new NotFoundException("no claim " + claimId);
        }
        return r;
    }

    // ---- the commit protocol --------------------------------------------------------------------------------

    /** Read, decide, compare-and-set, then complete; retried from the read when someone else got in first. */
    Review mutate(String claimId, Function<Review, List<WorkflowEvent>> command) {
        return mutate(claimId, null, command, true);
    }

    /**
     * {@code read}: the review as read already, or null. It may be stale: the compare-and-set tells, and a command
     * it refuses is decided again on a fresh read.
     */
    private Review mutate(String claimId, Review read, Function<Review, List<WorkflowEvent>> command,
            boolean project) {
        for (int attempt = 0; attempt < config.maxRetries(); attempt++) {
            boolean fromRead = attempt == 0 && read != null;
            Review r = fromRead ? read : get(claimId);
            List<WorkflowEvent> caused;
            try {
                caused = command.apply(r);
            } catch (IllegalTransitionException | ActionRefusedException e) {
                if (fromRead) {
                    continue;
                }
                throw e;
            }
            if (caused.isEmpty()) {
                return r;
            }
            long expected = r.version;
            caused.forEach(e -> Workflow.evolve(r.state, e));
            r.version = expected + 1;
            r.rank = rank(r);
            List<PendingEvent> all = new ArrayList<>(r.pending); // an earlier change's events not yet appended
            all.addAll(pending(claimId, r.version, caused));
            r.pending = all;
            if (reviews.compareAndSet(r, expected)) {
                complete(r, project);
                return r;
            }
        }
        throw new ContentionException("claim " + claimId + " is changing too fast; try again");
    }

    /**
     * Writes the pending events' webhook deliveries to the outbox (each at most once), updates the queue projection,
     * then appends the events (each at most once) and clears pending — the last two in a group commit shared with
     * concurrent requests. Every step is idempotent and pending is cleared last, so a crash anywhere in between
     * leaves work that {@link RecoveryService} (or the claim's next change) finishes.
     */
    void complete(Review r) {
        complete(r, true);
    }

    private void complete(Review r, boolean projectQueue) {
        webhooks.enqueue(r.claimId, r.pending);
        if (projectQueue) {
            project(r);
        }
        List<EventRepository.Append> appends = new ArrayList<>(r.pending.size());
        for (PendingEvent p : r.pending) {
            appends.add(new EventRepository.Append(r.claimId, p));
        }
        commits.submit(List.of(new Commit(new ReviewRepository.At(r.claimId, r.version), appends)));
        r.pending = List.of();
    }

    /** One review's appended change: its events, then its pending cleared at that version. */
    private record Commit(ReviewRepository.At at, List<EventRepository.Append> appends) {
    }

    private void writeCommits(List<Commit> batch) {
        List<EventRepository.Append> appends = new ArrayList<>();
        List<ReviewRepository.At> committed = new ArrayList<>(batch.size());
        for (Commit c : batch) {
            appends.addAll(c.appends());
            committed.add(c.at());
        }
        if (!appends.isEmpty()) {
            events.insertBatch(appends);
        }
        reviews.clearPending(committed);
    }

    void project(Review r) {
        if (r.state.status.inQueue()) {
            queue.project(toItem(r));
            if (r.state.lease == null) {
                candidatesChanged();
            }
        } else {
            queue.remove(r.claimId, r.version);
        }
    }

    QueueItem toItem(Review r) {
        QueueItem item = new QueueItem();
        item.claimId = r.claimId;
        item.desk = r.state.desk;
        item.rank = r.rank;
        item.excluded = r.state.currentRoundVerdicts().stream().map(v -> v.reviewer).toList();
        if (r.state.lease != null) {
            item.leaseHolder = r.state.lease.holder;
            item.leaseId = r.state.lease.leaseId;
            item.leaseUntil = r.state.lease.until;
        }
        item.version = r.version;
        return item;
    }

    private double rank(Review r) {
        return Priority.rank(r.state.checkworthiness, r.state.priorityBoost, r.state.receivedAt,
                config.ageWeightPerHour());
    }

    private static List<PendingEvent> pending(String claimId, long version, List<WorkflowEvent> caused) {
        List<PendingEvent> out = new ArrayList<>();
        for (int i = 0; i < caused.size(); i++) {
            WorkflowEvent e = caused.get(i);
            out.add(new PendingEvent(claimId + ":" + version + ":" + i, e.type().name(), e.actor(),
                    EventData.time(e.at()), EventData.canonicalJson(e.data())));
        }
        return out;
    }

    static List<ClaimedQuantity> quantities(Review r) {
        if (r.claim == null || !(r.claim.get("quantities") instanceof List<?> list)) {
            return List.of();
        }
        List<ClaimedQuantity> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Map<?, ?> q) {
                out.add(new ClaimedQuantity((String) q.get("text"), number(q.get("value")), (String) q.get("unit"),
                        (String) q.get("qualifier"), number(q.get("low")), number(q.get("high"))));
            }
        }
        return out;
    }

    private static Double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : null;
    }
}
