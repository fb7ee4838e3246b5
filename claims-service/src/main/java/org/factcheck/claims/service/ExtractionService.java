package org.factcheck.claims.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ServiceUnavailableException;

import org.factcheck.claims.config.ClaimsConfig;
import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.model.Extraction;

import io.quarkus.logging.Log;

/**
 * Runs the extraction engine on its own threads, {@code factcheck.claims.engine.concurrency} of them (default: one
 * per processor), in arrival order. Extraction is pure CPU work: letting every request thread run it at once only
 * adds context switches and cache misses, and a few long-lived threads keep the engine's working set warm
 * (measured in docs/bench/claims.md). A request whose document has not started within {@code max-wait} gets 503
 * with {@code Retry-After} instead of piling up.
 */
@ApplicationScoped
public class ExtractionService {

    private static final int WAITING = 0;
    private static final int STARTED = 1;
    private static final int ABANDONED = 2;

    private final ClaimExtractor extractor;
    private final ExecutorService engine;
    private final long maxWaitMillis;

    public ExtractionService(ClaimExtractor extractor, ClaimsConfig config) {
        this.extractor = extractor;
        int concurrency = config.engine().concurrency() > 0 ? config.engine().concurrency()
                : Runtime.getRuntime().availableProcessors();
        AtomicInteger threads = new AtomicInteger();
        this.engine = Executors.newFixedThreadPool(concurrency, task -> {
            Thread thread = new Thread(task, "extraction-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.maxWaitMillis = config.engine().maxWait().toMillis();
        Log.infof("Extraction runs %d documents at a time", concurrency);
    }

    public Extraction extract(String document) {
        AtomicInteger state = new AtomicInteger(WAITING);
        CompletableFuture<Extraction> result = CompletableFuture.supplyAsync(
                () -> state.compareAndSet(WAITING, STARTED) ? extractor.extract(document) : null, engine);
        try {
            try {
                return result.get(maxWaitMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (state.compareAndSet(WAITING, ABANDONED)) {
                    throw new ServiceUnavailableException("the extraction engine is busy; try again shortly", 1L);
                }
                return result.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state.compareAndSet(WAITING, ABANDONED);
            throw new ServiceUnavailableException("interrupted while waiting for the extraction engine", 1L);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        engine.shutdownNow();
    }
}
