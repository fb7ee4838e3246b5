package org.factcheck.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.factcheck.review.QueueItem;
import org.junit.jupiter.api.Test;

class TakeCandidatesTest {

    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");
    private static final Set<String> NO_DESK = Set.of();

    /** The store as the buffer sees it: what each scan returns (best first), and the limits it was asked for. */
    private final List<TakeCandidates.Candidate> queue = new ArrayList<>();
    private final List<Integer> scans = new ArrayList<>();

    private TakeCandidates candidates(int size) {
        return new TakeCandidates(size, Duration.ofSeconds(1), (now, limit) -> {
            scans.add(limit);
            return List.copyOf(queue.subList(0, Math.min(limit, queue.size())));
        });
    }

    private static TakeCandidates.Candidate item(String id, String desk, String... excluded) {
        return new TakeCandidates.Candidate(queueItem(id, desk, excluded), null);
    }

    private static QueueItem queueItem(String id, String desk, String... excluded) {
        QueueItem i = new QueueItem();
        i.claimId = id;
        i.desk = desk;
        i.excluded = List.of(excluded);
        return i;
    }

    private static String id(TakeCandidates.Pick pick) {
        return pick.candidate() == null ? null : pick.candidate().item().claimId;
    }

    @Test
    void oneScanServesSeveralTakesBestFirst() {
        queue.addAll(List.of(item("a", null), item("b", null), item("c", null)));
        TakeCandidates c = candidates(2);
        assertThat(id(c.next("alice", NO_DESK, T0))).isEqualTo("a");
        assertThat(id(c.next("bob", NO_DESK, T0))).isEqualTo("b");
        assertThat(scans).containsExactly(2);
    }

    @Test
    void anEmptyBufferIsScannedAgain() {
        queue.addAll(List.of(item("a", null), item("b", null)));
        TakeCandidates c = candidates(1);
        assertThat(id(c.next("alice", NO_DESK, T0))).isEqualTo("a");
        queue.remove(0);
        assertThat(id(c.next("alice", NO_DESK, T0))).isEqualTo("b");
        assertThat(scans).hasSize(2);
    }

    @Test
    void candidatesOlderThanTheWindowAreScannedAgain() {
        queue.addAll(List.of(item("a", null), item("b", null)));
        TakeCandidates c = candidates(2);
        c.next("alice", NO_DESK, T0);
        queue.add(0, item("new", null));
        assertThat(id(c.next("bob", NO_DESK, T0.plusMillis(500)))).isEqualTo("b");
        assertThat(id(c.next("bob", NO_DESK, T0.plusMillis(1500)))).isEqualTo("new");
        assertThat(scans).hasSize(2);
    }

    @Test
    void anInvalidatedBufferIsScannedAgainAtOnce() {
        queue.addAll(List.of(item("a", null), item("b", null)));
        TakeCandidates c = candidates(2);
        c.next("alice", NO_DESK, T0);
        queue.add(0, item("new", null));
        c.invalidate();
        assertThat(id(c.next("bob", NO_DESK, T0))).isEqualTo("new");
    }

    @Test
    void aCandidateTheReviewerMayNotTakeStaysForOthers() {
        queue.addAll(List.of(item("pinned", "sports"), item("judged", null, "alice"), item("free", null)));
        TakeCandidates c = candidates(3);
        assertThat(id(c.next("alice", NO_DESK, T0))).isEqualTo("free");
        assertThat(id(c.next("bob", Set.of("sports"), T0))).isEqualTo("pinned");
        assertThat(id(c.next("bob", NO_DESK, T0))).isEqualTo("judged");
    }

    @Test
    void noFittingCandidateLeavesTheDecisionToTheStoreUnlessTheScanFoundNothing() {
        queue.add(item("pinned", "sports"));
        TakeCandidates c = candidates(2);
        TakeCandidates.Pick none = c.next("alice", NO_DESK, T0);
        assertThat(none.candidate()).isNull();
        assertThat(none.nothingTakeable()).isFalse();

        queue.clear();
        TakeCandidates.Pick empty = candidates(2).next("alice", NO_DESK, T0);
        assertThat(empty.candidate()).isNull();
        assertThat(empty.nothingTakeable()).isTrue();
    }

    @Test
    void aLiveLeaseIsNotACandidateAndAnExpiredOneIs() {
        QueueItem live = queueItem("live", null);
        live.leaseUntil = T0.plusSeconds(60);
        QueueItem expired = queueItem("expired", null);
        expired.leaseUntil = T0.minusSeconds(1);
        assertThat(TakeCandidates.takeableBy(live, "alice", NO_DESK, T0)).isFalse();
        assertThat(TakeCandidates.takeableBy(expired, "alice", NO_DESK, T0)).isTrue();
    }

    /**
     * A scan can return a snapshot taken as a lease was written (the embedded store reads documents while another
     * request updates them). Such a candidate is dropped, not kept: a buffer left holding only it would send every
     * take to the store's scanning take until the window ran out.
     */
    @Test
    void aCandidateLeasedMeanwhileIsDroppedAndTheQueueScannedAgain() {
        QueueItem leased = queueItem("leased", null);
        leased.leaseUntil = T0.plusSeconds(1800);
        queue.addAll(List.of(item("a", null), new TakeCandidates.Candidate(leased, null)));
        TakeCandidates c = candidates(2);
        assertThat(id(c.next("alice", NO_DESK, T0))).isEqualTo("a");
        queue.clear();
        queue.add(item("b", null));
        TakeCandidates.Pick pick = c.next("bob", NO_DESK, T0);
        assertThat(id(pick)).isEqualTo("b");
        assertThat(scans).hasSize(2);
    }

    @Test
    void aScanReturningOnlyLeasedSnapshotsDoesNotMeanTheQueueIsEmpty() {
        QueueItem leased = queueItem("leased", null);
        leased.leaseUntil = T0.plusSeconds(1800);
        queue.add(new TakeCandidates.Candidate(leased, null));
        TakeCandidates.Pick pick = candidates(2).next("alice", NO_DESK, T0);
        assertThat(pick.candidate()).isNull();
        assertThat(pick.nothingTakeable()).isFalse();
    }
}
