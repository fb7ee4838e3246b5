package org.factcheck.claims.handover;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.factcheck.claims.Claim;
import org.factcheck.claims.HandoverState;
import org.factcheck.claims.support.ReviewServiceMock;
import org.factcheck.claims.support.TestClaims;
import org.factcheck.claims.support.TestClock;
import org.factcheck.testing.InMemoryMongoResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The outbox on the service's clock, moved by the test: the back-off ladder is shown without waiting. */
@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ReviewServiceMock.class)
class OutboxBackoffTest extends OutboxTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
        ReviewServiceMock.acceptAll(review);
    }

    @Test
    void failedDeliveriesWaitTwiceAsLongEachTimeUpToTheCapThenSucceed() {
        clock.set(Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS));
        Claim claim = claims.listByArticle(storeArticle("req-backoff", TestClaims.spending(11)).id).get(0);
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
}
