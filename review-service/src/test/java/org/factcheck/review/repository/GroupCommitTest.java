package org.factcheck.review.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void aLoneCallerWritesItsItemsInOneBatchInOrder() {
        List<List<Integer>> batches = new ArrayList<>();
        GroupCommit<Integer> commit = new GroupCommit<>(10, batches::add);
        commit.submit(List.of(1, 2, 3));
        assertThat(batches).containsExactly(List.of(1, 2, 3));
    }

    @Test
    void callersWaitingWhileABatchIsWrittenShareTheNextBatch() throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstBatch = new CountDownLatch(1);
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer> commit = new GroupCommit<>(100, batch -> {
            batches.add(List.copyOf(batch));
            if (batches.size() == 1) {
                firstBatchStarted.countDown();
                await(releaseFirstBatch);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            Future<?> first = pool.submit(() -> commit.submit(List.of(0)));
            await(firstBatchStarted);
            List<Future<?>> others = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                int item = i;
                others.add(pool.submit(() -> commit.submit(List.of(item))));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (commit.waiting() < 8 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(commit.waiting()).isEqualTo(8);
            releaseFirstBatch.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<?> f : others) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(batches.get(0)).containsExactly(0);
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(9);
        assertThat(batches).hasSize(2);
    }

    @Test
    void batchesNeverExceedTheLimit() {
        List<List<Integer>> batches = new ArrayList<>();
        GroupCommit<Integer> commit = new GroupCommit<>(2, batches::add);
        commit.submit(List.of(1, 2, 3, 4, 5));
        assertThat(batches).containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
    }

    @Test
    void aFailedWriteFailsEveryCallerInThatBatchAndNotTheNext() {
        GroupCommit<String> commit = new GroupCommit<>(10, batch -> {
            if (batch.contains("bad")) {
                throw new IllegalStateException("store down");
            }
        });
        assertThatThrownBy(() -> commit.submit(List.of("a", "bad"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("store down");
        commit.submit(List.of("fine"));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
