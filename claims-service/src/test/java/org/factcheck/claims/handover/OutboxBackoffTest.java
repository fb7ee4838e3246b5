package org.factcheck.claims.handover;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.factcheck.claims.Article;
import org.factcheck.claims.Claim;
import org.factcheck.claims.HandoverState;
import org.factcheck.claims.config.ClaimsConfig;
import org.factcheck.claims.repository.ArticleRepository;
import org.factcheck.claims.repository.ClaimRepository;
import org.factcheck.claims.service.ClaimService;
import org.factcheck.claims.service.HandoverService;
import org.factcheck.claims.support.InjectReviewService;
import org.factcheck.claims.support.ReviewServiceMock;
import org.factcheck.claims.support.TestClaims;
import org.factcheck.claims.support.TestClock;
import org.factcheck.testing.InMemoryMongoResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The outbox on the service's clock, moved by the test: the back-off ladder is shown without waiting. */
@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ReviewServiceMock.class)
class OutboxBackoffTest {

    @InjectReviewService
    WireMockServer review;

    @Inject
    HandoverService handover;

    @Inject
    ClaimService claimService;

    @Inject
    ArticleRepository articles;

    @Inject
    ClaimRepository claims;

    @Inject
    ClaimsConfig config;

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
        ReviewServiceMock.acceptAll(review);
    }

    @Test
    void failedDeliveriesWaitTwiceAsLongEachTimeUpToTheCapThenSucceed() {
        // far past anything other tests left pending: deliver those first, so only our claim is due below
        Instant t = Instant.now().plus(Duration.ofDays(36500)).truncatedTo(ChronoUnit.MILLIS);
        ReviewServiceMock.acceptAll(review);
        clock.set(t);
        while (handover.deliverDue() > 0) {
            // drain
        }
        Claim claim = store(TestClaims.spending(11));
        ReviewServiceMock.answer(review, 503);

        Duration initial = config.handover().initialBackoff();
        Duration max = config.handover().maxBackoff();
        Duration expected = initial;
        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(handover.deliverDue()).isZero();
            assertThat(review.findAll(postRequestedFor(anyUrl()))).as("attempt %d sent", attempt).hasSize(attempt);
            Claim after = claims.findById(claim.id.toHexString()).orElseThrow();
            assertThat(after.handover.attempts).isEqualTo(attempt);
            assertThat(after.handover.nextAttemptAt).isEqualTo(clock.instant().plus(expected));

            clock.advance(expected.minusMillis(1)); // not yet due: nothing is sent
            assertThat(handover.deliverDue()).isZero();
            assertThat(review.findAll(postRequestedFor(anyUrl()))).hasSize(attempt);
            clock.advance(Duration.ofMillis(1));

            expected = expected.multipliedBy(2).compareTo(max) > 0 ? max : expected.multipliedBy(2);
        }
        assertThat(expected).isEqualTo(max);

        ReviewServiceMock.acceptAll(review);
        assertThat(handover.deliverDue()).isEqualTo(1);
        Claim delivered = claims.findById(claim.id.toHexString()).orElseThrow();
        assertThat(delivered.handover.state).isEqualTo(HandoverState.DELIVERED);
        assertThat(delivered.handover.deliveredAt).isEqualTo(clock.instant());
    }

    private Claim store(org.factcheck.engine.model.Claim found) {
        Article article = TestClaims.article();
        article.claimCount = 1;
        articles.persist(article);
        return claimService.store(article, List.of(found), "req-backoff", Instant.now()).get(0);
    }
}
