package org.factcheck.claims.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.ServiceUnavailableException;

import org.factcheck.claims.config.ClaimsConfig;
import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Ranking;
import org.factcheck.engine.worthiness.CheckWorthinessScorer;
import org.junit.jupiter.api.Test;

class ExtractionServiceTest {

    /** A scorer that holds the first sentence it sees until released, so a test can keep the engine busy. */
    private static final class HoldingScorer implements CheckWorthinessScorer {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile String thread;

        @Override
        public double sentenceScore(String sentence) {
            thread = Thread.currentThread().getName();
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0.5;
        }

        @Override
        public Score claimScore(double sentenceScore, List<Quantity> quantities, List<Ranking> rankings,
                Attribution attribution) {
            return new Score(0.9, List.of("test"));
        }
    }

    @Test
    void requestBeyondTheConcurrencyLimitIsTurnedAwayAfterTheWait() throws Exception {
        HoldingScorer scorer = new HoldingScorer();
        // long enough for the engine thread to take the last request on a loaded machine once the first is done
        ExtractionService service = new ExtractionService(ClaimExtractor.create(scorer), config(1, Duration.ofMillis(500)));
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(
                () -> service.extract("Rents rose 12% in 2024.").claims().size());
        assertThat(scorer.entered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(scorer.thread).startsWith("extraction-");

        assertThatThrownBy(() -> service.extract("A second article with 3 figures."))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("busy");

        scorer.release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(service.extract("Now there is room for 3 more.").claims()).hasSize(1);
    }

    @Test
    void nonBlockingRequestIsTurnedAwayAfterTheWaitWithoutHoldingItsCaller() throws Exception {
        HoldingScorer scorer = new HoldingScorer();
        ExtractionService service = new ExtractionService(ClaimExtractor.create(scorer), config(1, Duration.ofMillis(50)));
        CompletableFuture<byte[]> first = service.extractJson("Rents rose 12% in 2024.").toCompletableFuture();
        assertThat(scorer.entered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<byte[]> second = service.extractJson("A second article with 3 figures.").toCompletableFuture();
        assertThat(second).isNotDone();
        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("busy");

        scorer.release.countDown();
        String json = new String(first.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"sentences\":[{").contains("\"unit\":\"%\"", "\"value\":12");
    }

    @Test
    void engineFailureReachesTheCaller() {
        ExtractionService service = new ExtractionService(ClaimExtractor.create(new FailingScorer()),
                config(1, Duration.ofSeconds(5)));

        assertThatThrownBy(() -> service.extract("Rents rose 12% in 2024.")).isInstanceOf(IllegalStateException.class)
                .hasMessage("model missing");
        assertThat(service.extractJson("Rents rose 12% in 2024.").toCompletableFuture())
                .failsWithin(Duration.ofSeconds(5)).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRankingsFieldSizeReachesTheClaimsAndTheirJson() throws Exception {
        ExtractionService service = new ExtractionService(ClaimExtractor.create(new FixedScorer()),
                config(1, Duration.ofSeconds(5)));
        String document = "Mississippi ranked 49th out of 50 states for child poverty.";

        assertThat(service.extract(document).claims()).singleElement()
                .satisfies(c -> assertThat(c.rankings()).singleElement().satisfies(r -> {
                    assertThat(r.position()).isEqualTo(49);
                    assertThat(r.outOf()).isEqualTo(50);
                }));
        String json = new String(service.extractJson(document).toCompletableFuture().get(10, TimeUnit.SECONDS),
                StandardCharsets.UTF_8);
        assertThat(json).contains("\"position\":49,", "\"outOf\":50}");
    }

    private static final class FixedScorer implements CheckWorthinessScorer {
        @Override
        public double sentenceScore(String sentence) {
            return 0.5;
        }

        @Override
        public Score claimScore(double sentenceScore, List<Quantity> quantities, List<Ranking> rankings,
                Attribution attribution) {
            return new Score(0.9, List.of("test"));
        }
    }

    private static final class FailingScorer implements CheckWorthinessScorer {
        @Override
        public double sentenceScore(String sentence) {
            throw new IllegalStateException("model missing");
        }

        @Override
        public Score claimScore(double sentenceScore, List<Quantity> quantities, List<Ranking> rankings,
                Attribution attribution) {
            throw new IllegalStateException("model missing");
        }
    }

    private static ClaimsConfig config(int concurrency, Duration maxWait) {
        return new ClaimsConfig() {
            @Override
            public Handover handover() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Paging paging() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Matching matching() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Engine engine() {
                return new Engine() {
                    @Override
                    public int concurrency() {
                        return concurrency;
                    }

                    @Override
                    public Duration maxWait() {
                        return maxWait;
                    }
                };
            }
        };
    }
}
