package org.factcheck.review.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;

import org.factcheck.review.QueueItem;
import org.factcheck.review.Review;

/**
 * The best takeable queue items from one recent scan, handed out one at a time, best first: a take then writes a
 * single item by {@code _id} instead of scanning and sorting the queue itself. One scan serves up to
 * {@code size} takes in this process.
 *
 * <p>The buffer holds snapshots, never leases: each is only a candidate for a conditional write that succeeds
 * only while the item is still exactly as scanned ({@code QueueRepository.takeIfUnchanged}), and its review
 * snapshot only a first guess for a compare-and-set on the review's version. It is scanned again when it is
 * empty, older than {@code maxAge} or {@link #invalidate invalidated} (a claim came in or went back to the queue in
 * this process); claims that another process puts back are seen within {@code maxAge}. That is the trade-off:
 * within that window a newly takeable claim can wait behind up to {@code size} older candidates of lower rank.
 */
final class TakeCandidates {

    /** A queue item as scanned, with its review as read with it (null if there was none). */
    record Candidate(QueueItem item, Review review) {
    }

    /** What {@link #next} found: a candidate, or none — and then whether a scan made just now found nothing takeable. */
    record Pick(Candidate candidate, boolean nothingTakeable) {
    }

    private final int size;
    private final Duration maxAge;
    /** Scans the queue: the best {@code limit} items takeable at {@code now} by anyone, best first. */
    private final BiFunction<Instant, Integer, List<Candidate>> scan;
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<Candidate> items = new ArrayDeque<>();
    private Instant scannedAt;
    private volatile boolean invalid = true;

    TakeCandidates(int size, Duration maxAge, BiFunction<Instant, Integer, List<Candidate>> scan) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive");
        }
        this.size = size;
        this.maxAge = maxAge;
        this.scan = scan;
    }

    /**
     * Removes and returns the best candidate this reviewer may take at {@code now}. With none in the buffer the
     * caller must ask the store itself, unless {@link Pick#nothingTakeable()} says a scan just now found nothing.
     */
    Pick next(String reviewer, Collection<String> desks, Instant now) {
        lock.lock();
        try {
            boolean fresh = !invalid && scannedAt != null && !now.isBefore(scannedAt)
                    && !now.isAfter(scannedAt.plus(maxAge));
            if (fresh) {
                Candidate found = removeFirstFor(reviewer, desks, now);
                if (found != null || !items.isEmpty()) {
                    // null: candidates there but none for this reviewer (desk or exclusion); the store decides
                    return new Pick(found, false);
                }
            }
            invalid = false; // before the scan: an invalidation during it makes the next take scan again
            items.clear();
            List<Candidate> scanned = scan.apply(now, size);
            items.addAll(scanned);
            scannedAt = now;
            Candidate found = removeFirstFor(reviewer, desks, now);
            return new Pick(found, scanned.isEmpty());
        } finally {
            lock.unlock();
        }
    }

    /** Makes the next take scan again. */
    void invalidate() {
        invalid = true;
    }

    /** Also drops candidates leased meanwhile (by the snapshot): nobody can take them within the window. */
    private Candidate removeFirstFor(String reviewer, Collection<String> desks, Instant now) {
        for (Iterator<Candidate> it = items.iterator(); it.hasNext();) {
            Candidate c = it.next();
            if (leased(c.item(), now)) {
                it.remove();
            } else if (takeableBy(c.item(), reviewer, desks, now)) {
                it.remove();
                return c;
            }
        }
        return null;
    }

    private static boolean leased(QueueItem item, Instant now) {
        return item.leaseUntil != null && !item.leaseUntil.isBefore(now);
    }

    /** The take's eligibility rule, as in {@code QueueRepository.take}'s query. */
    static boolean takeableBy(QueueItem item, String reviewer, Collection<String> desks, Instant now) {
        return !leased(item, now)
                && (item.desk == null || desks.contains(item.desk))
                && (item.excluded == null || !item.excluded.contains(reviewer));
    }
}
