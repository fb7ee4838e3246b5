package org.factcheck.claims.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ServiceUnavailableException;

import org.factcheck.claims.config.ClaimsConfig;
import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.cli.Json;
import org.factcheck.engine.model.Extraction;

import io.quarkus.logging.Log;

/**
 * Runs the extraction engine on its own threads, {@code factcheck.claims.engine.concurrency} of them (default: one
 * per processor), in arrival order. Extraction is pure CPU work: letting every request thread run it at once only
 * adds context switches and cache misses, and a few long-lived threads keep the engine's working set warm
 * (measured in docs/bench/claims.md). A document that has not started within {@code max-wait} is answered 503
 * with {@code Retry-After} instead of piling up.
 */
@ApplicationScoped
public class ExtractionService {

    private static final int WAITING = 0;
    private static final int STARTED = 1;
    private static final int ABANDONED = 2;

    private final ClaimExtractor extractor;
    private final ExecutorService engine;
    private final ScheduledThreadPoolExecutor deadlines;
    private final long maxWaitMillis;

    public ExtractionService(ClaimExtractor extractor, ClaimsConfig config) {
        this.extractor = extractor;
        int concurrency = config.engine().concurrency() > 0 ? config.engine().concurrency()
                : Runtime.getRuntime().availableProcessors();
        this.engine = Executors.newFixedThreadPool(concurrency, daemon("extraction-"));
        this.deadlines = new ScheduledThreadPoolExecutor(1, daemon("extraction-deadline-"));
        this.deadlines.setRemoveOnCancelPolicy(true);
        this.maxWaitMillis = config.engine().maxWait().toMillis();
        Log.infof("Extraction runs %d documents at a time", concurrency);
    }

    /** Extracts and waits; for callers that may block (the article pipeline). */
    public Extraction extract(String document) {
        try {
            return submit(document, Function.identity()).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Extracts without blocking the caller and answers the UTF-8 JSON the CLI prints for the document, written on the
     * engine thread while the extraction is still in its cache.
     */
    public CompletionStage<byte[]> extractJson(String document) {
        return submit(document, Json::bytes);
    }

    private <T> CompletableFuture<T> submit(String document, Function<Extraction, T> answer) {
        AtomicInteger state = new AtomicInteger(WAITING);
        CompletableFuture<T> result = new CompletableFuture<>();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            if (state.compareAndSet(WAITING, ABANDONED)) {
                result.completeExceptionally(
                        new ServiceUnavailableException("the extraction engine is busy; try again shortly", 1L));
            }
        }, maxWaitMillis, TimeUnit.MILLISECONDS);
        try {
            engine.execute(() -> {
                if (!state.compareAndSet(WAITING, STARTED)) {
                    return;
                }
                deadline.cancel(false);
                try {
                    result.complete(answer.apply(extractor.extract(document)));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            deadline.cancel(false);
            result.completeExceptionally(new ServiceUnavailableException("the extraction engine is stopping", 1L));
        }
        return result;
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() {
        engine.shutdownNow();
        deadlines.shutdownNow();
    }
}
