package org.factcheck.gateway.proxy;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import org.factcheck.web.RequestIds;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;

import io.quarkus.logging.Log;

/**
 * The gateway's access log: one INFO record per request in the category {@value #CATEGORY}, handed to the log
 * handlers in batches by a thread of its own every {@value #FLUSH_MILLIS} ms, as nginx does with
 * {@code access_log … flush=}. A record keeps the time, thread and request id of the request it describes; only
 * its writing waits. Handing each line over as it came cost the event loop a wake-up of the log writer per request.
 */
@Singleton
public class AccessLog {

    public static final String CATEGORY = "org.factcheck.gateway.access";
    static final long FLUSH_MILLIS = 100;
    /** Records waiting at most; beyond that lines are dropped and counted rather than held in memory. */
    static final int CAPACITY = 20_000;

    private final String category;
    private final Logger logger;
    // lock-free for the event loops; its size is counted apart, as ConcurrentLinkedQueue.size() walks the queue
    private final Queue<ExtLogRecord> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final ScheduledExecutorService writer;

    public AccessLog() {
        this(CATEGORY, FLUSH_MILLIS);
    }

    AccessLog(String category, long flushMillis) {
        this.category = category;
        this.logger = Logger.getLogger(category);
        writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "access-log");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(this::flush, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
    }

    /** Queues a line for the request with this id; called on the event loop, never blocks. */
    public void record(String requestId, String line) {
        if (!logger.isLoggable(Level.INFO)) {
            return;
        }
        if (size.incrementAndGet() > CAPACITY) {
            size.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        ExtLogRecord record = new ExtLogRecord(Level.INFO, line, ExtLogRecord.FormatStyle.NO_FORMAT,
                AccessLog.class.getName());
        record.setLoggerName(category);
        record.setMdc(Map.of(RequestIds.MDC_KEY, requestId));
        pending.add(record);
    }

    /** Hands every waiting record to the log handlers. */
    void flush() {
        try {
            ExtLogRecord record;
            while ((record = pending.poll()) != null) {
                size.decrementAndGet();
                logger.logRaw(record);
            }
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                Log.warnf("access log: %d lines dropped, more than %d were waiting to be written", lost, CAPACITY);
            }
        } catch (RuntimeException e) {
            // a failing handler must not end the schedule
            Log.errorf(e, "access log: writing failed");
        }
    }

    @PreDestroy
    void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
