package org.factcheck.review.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.factcheck.review.PendingEvent;
import org.factcheck.review.workflow.ChainVerifier;
import org.factcheck.store.EmbeddedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** The chain as two service instances write it: each with its own tail hint, both on one store. */
class EventRepositoryTest {

    private EmbeddedStore store;
    private MongoClient client;

    @BeforeEach
    void startStore() {
        store = EmbeddedStore.inMemory("127.0.0.1", 0);
        client = MongoClients.create(store.connectionString());
    }

    @AfterEach
    void stopStore() {
        client.close();
        store.close();
    }

    private EventRepository instance() {
        EventRepository events = new EventRepository(client, "review");
        events.createIndexes();
        return events;
    }

    private static PendingEvent event(String key) {
        return new PendingEvent(key, "LEASED", "alice", "2026-12-02T08:00:00.000Z", "{\"n\":1}");
    }

    private ChainVerifier.Result verify(EventRepository events) {
        ChainVerifier verifier = new ChainVerifier();
        events.stream(new EventRepository.Filter(null, null, null, null, null), verifier::accept);
        return verifier.result();
    }

    @Test
    void instancesTakingTurnsKeepOneLinearChain() {
        EventRepository a = instance();
        EventRepository b = instance();
        for (int i = 0; i < 10; i++) {
            assertThat(a.append("c", event("a" + i))).isEqualTo(2L * i + 1);
            assertThat(b.append("c", event("b" + i))).isEqualTo(2L * i + 2);
        }
        assertThat(verify(a)).isEqualTo(new ChainVerifier.Result(true, 20, null));
        assertThat(a.headSeq()).isEqualTo(20);
    }

    @Test
    void concurrentAppendsFromTwoInstancesNeitherForkNorLeaveHoles() throws Exception {
        List<EventRepository> instances = List.of(instance(), instance());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> seqs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                EventRepository events = instances.get(i % 2);
                String key = "k" + i;
                seqs.add(pool.submit(() -> events.append("c", event(key))));
            }
            List<Long> taken = new ArrayList<>();
            for (Future<Long> f : seqs) {
                taken.add(f.get());
            }
            assertThat(taken).doesNotHaveDuplicates().allMatch(s -> s >= 1 && s <= 200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(verify(instances.get(0))).isEqualTo(new ChainVerifier.Result(true, 200, null));
    }

    @Test
    void appendingTheSameEventTwiceWritesItOnce() {
        EventRepository events = instance();
        assertThat(events.append("c", event("once"))).isEqualTo(1);
        assertThat(events.append("c", event("once"))).isEqualTo(-1);
        assertThat(instance().append("c", event("once"))).isEqualTo(-1);
        assertThat(verify(events).events()).isEqualTo(1);
    }

    @Test
    void aBatchSkipsOnlyTheEventAlreadyInTheHistory() {
        EventRepository events = instance();
        assertThat(events.append("c", event("b"))).isEqualTo(1);
        assertThat(events.appendAll("c", List.of(event("a"), event("b"), event("c")))).containsExactly(2, -1, 3);
        assertThat(verify(events)).isEqualTo(new ChainVerifier.Result(true, 3, null));
    }

    @Test
    void aBatchContinuesAfterSeqsAnotherInstanceTookMeanwhile() {
        EventRepository a = instance();
        EventRepository b = instance();
        assertThat(a.append("c", event("x"))).isEqualTo(1);
        assertThat(b.appendAll("c", List.of(event("y1"), event("y2")))).containsExactly(2, 3);
        assertThat(a.appendAll("c", List.of(event("p"), event("q")))).containsExactly(4, 5);
        assertThat(verify(a)).isEqualTo(new ChainVerifier.Result(true, 5, null));
        assertThat(b.headSeq()).isEqualTo(5);
    }

    @Test
    void concurrentBatchesInOneInstanceKeepEveryEventInOrder() throws Exception {
        EventRepository events = instance();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<long[]>> seqs = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String key = "k" + i;
                seqs.add(pool.submit(() -> events.appendAll("c" + key, List.of(event(key + "a"), event(key + "b")))));
            }
            List<Long> taken = new ArrayList<>();
            for (Future<long[]> f : seqs) {
                long[] pair = f.get();
                assertThat(pair[1]).isGreaterThan(pair[0]);
                taken.add(pair[0]);
                taken.add(pair[1]);
            }
            assertThat(taken).doesNotHaveDuplicates().allMatch(s -> s >= 1 && s <= 600);
        } finally {
            pool.shutdownNow();
        }
        assertThat(verify(events)).isEqualTo(new ChainVerifier.Result(true, 600, null));
        assertThat(events.headSeq()).isEqualTo(600);
    }
}
