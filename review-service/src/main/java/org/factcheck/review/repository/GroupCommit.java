package org.factcheck.review.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Group commit: callers hand in items and wait; one caller at a time writes everything handed in so far in one
 * batch, so concurrent requests share store round trips instead of each paying for its own. A caller returns once
 * its items are written, or throws what failed the batch they were in.
 */
public final class GroupCommit<T> {

    private final int maxBatch;
    private final Consumer<List<T>> writer;
    private final ReentrantLock lock = new ReentrantLock();
    private final ConcurrentLinkedQueue<Slot<T>> waiting = new ConcurrentLinkedQueue<>();

    /** {@code writer} gets at most {@code maxBatch} items, in the order they were handed in, one call at a time. */
    public GroupCommit(int maxBatch, Consumer<List<T>> writer) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be positive");
        }
        this.maxBatch = maxBatch;
        this.writer = writer;
    }

    /** Fields written by the batch's writer under the lock, read by the owner after taking the lock. */
    private static final class Slot<T> {
        final T item;
        boolean done;
        RuntimeException failure;

        Slot(T item) {
            this.item = item;
        }
    }

    /** Writes {@code items} (in order, possibly with others' around them) and returns once they are written. */
    public void submit(List<T> items) {
        if (items.isEmpty()) {
            return;
        }
        List<Slot<T>> mine = new ArrayList<>(items.size());
        for (T item : items) {
            mine.add(new Slot<>(item));
        }
        waiting.addAll(mine);
        Slot<T> last = mine.get(mine.size() - 1);
        lock.lock();
        try {
            // the queue is FIFO: once the last of mine is done, all of mine are
            while (!last.done) {
                writeNextBatch();
            }
        } finally {
            lock.unlock();
        }
        for (Slot<T> slot : mine) {
            if (slot.failure != null) {
                throw slot.failure;
            }
        }
    }

    /** How many items are handed in and not yet taken into a batch. */
    int waiting() {
        return waiting.size();
    }

    private void writeNextBatch() {
        List<Slot<T>> batch = new ArrayList<>();
        for (Slot<T> s; batch.size() < maxBatch && (s = waiting.poll()) != null;) {
            batch.add(s);
        }
        List<T> items = new ArrayList<>(batch.size());
        for (Slot<T> s : batch) {
            items.add(s.item);
        }
        RuntimeException failure = null;
        try {
            writer.accept(items);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Slot<T> s : batch) {
            s.failure = failure;
            s.done = true;
        }
    }
}
