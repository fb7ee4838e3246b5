package org.factcheck.claims.handover;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.bson.types.ObjectId;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.factcheck.claims.Article;
import org.factcheck.claims.Claim;
import org.factcheck.claims.HandoverState;
import org.factcheck.claims.client.ReviewClient;
import org.factcheck.claims.mapping.HandoverMapper;
import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.claims.support.ReviewServiceMock;
import org.factcheck.claims.support.TestClaims;
import org.factcheck.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mongodb.client.model.Updates;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The outbox, driven by hand (the scheduler is off in tests): {@code deliverDue(now)} is one tick of the sender at
 * a chosen moment, so leases and back-off are shown without waiting.
 */
@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ReviewServiceMock.class)
class HandoverDeliveryTest extends OutboxTest {

    @Inject
    @RestClient
    ReviewClient reviewClient;

    @Test
    void everyClaimIsDeliveredOnceWithTheServiceTokenAndTheSubmissionsRequestId() {
        Article article = storeArticle("req-handover-once", TestClaims.spending(4.2), TestClaims.spending(5.5),
                TestClaims.opinion("Buses are better than trams.", 0.2));

        deliverAllDue(ids(article), Instant.now());
        handover.deliverDue(Instant.now().plus(Duration.ofDays(1))); // a later tick sends nothing again

        for (Claim claim : claims.listByArticle(article.id)) {
            List<LoggedRequest> requests = ReviewServiceMock.requestsFor(review, claim.id.toHexString());
            assertThat(requests).hasSize(1);
            assertThat(requests.get(0).getHeader("Authorization")).startsWith("Bearer ey");
            assertThat(requests.get(0).getHeader("X-Request-Id")).isEqualTo("req-handover-once");
            assertThat(claim.handover.state).isEqualTo(HandoverState.DELIVERED);
            assertThat(claim.handover.lastStatus).isEqualTo(201);
        }
        JsonNode first = ReviewServiceMock.receivedFor(review, ids(article).get(0).toHexString()).get(0);
        assertThat(first.path("articleId").asText()).isEqualTo(article.id.toHexString());
        assertThat(first.path("type").asText()).isEqualTo("QUANTITY");
        assertThat(first.path("text").asText()).startsWith("The city spent 4.2 million euros");
        assertThat(first.path("quantities").get(0).path("value").asLong()).isEqualTo(4_200_000L);
        assertThat(first.path("quantities").get(0).path("unit").asText()).isEqualTo("EUR");
        assertThat(first.path("quantities").get(0).path("qualifier").asText()).isEqualTo("EXACT");
        assertThat(first.path("time").get(0).path("from").asText()).isEqualTo("2023");
        assertThat(first.path("attribution").path("source").asText()).isEqualTo("officials");
        assertThat(first.path("article").path("url").asText()).isEqualTo(article.url);
        assertThat(first.path("article").path("publishedAt").asText()).isEqualTo("2026-11-01T08:00:00Z");
        assertThat(first.path("extractedAt").isTextual()).isTrue();
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("factcheck_handover_attempts_total{outcome=\"delivered\"}"));
    }

    @Test
    void reviewDownThenBackDeliversEveryClaimOnceWithoutLosingAny() {
        Article article = storeArticle("req-down", TestClaims.spending(1), TestClaims.spending(2));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS); // what MongoDB keeps

        ReviewServiceMock.answer(review, 503);
        assertThat(handover.deliverDue(now)).isZero();
        Claim retried = claims.listByArticle(article.id).stream().filter(c -> c.handover.attempts == 1)
                .findFirst().orElseThrow();
        assertThat(retried.handover.state).isEqualTo(HandoverState.PENDING);
        assertThat(retried.handover.lastStatus).isEqualTo(503);
        assertThat(retried.handover.nextAttemptAt).isEqualTo(now.plus(config.handover().initialBackoff()));
        assertThat(review.findAll(postRequestedFor(anyUrl()))).hasSize(1); // stops at the first failure

        review.stop(); // connection refused
        assertThat(handover.deliverDue(now.plus(Duration.ofMinutes(30)))).isZero();
        List<Claim> afterRefusal = claims.listByArticle(article.id);
        assertThat(afterRefusal).extracting(c -> c.handover.attempts).containsExactlyInAnyOrder(1, 1);
        assertThat(afterRefusal).extracting(c -> c.handover.state).containsOnly(HandoverState.PENDING);
        assertThat(afterRefusal).filteredOn(c -> c.handover.lastStatus == null)
                .singleElement().satisfies(c -> assertThat(c.handover.lastError).isNotBlank());

        review.start();
        ReviewServiceMock.acceptAll(review);
        deliverAllDue(ids(article), now.plus(Duration.ofHours(1)));

        for (Claim claim : claims.listByArticle(article.id)) {
            assertThat(claim.handover.state).isEqualTo(HandoverState.DELIVERED);
            assertThat(ReviewServiceMock.requestsFor(review, claim.id.toHexString())).hasSize(1);
        }
    }

    @Test
    void senderKilledAfterTakingTheLeaseIsReplacedWhenTheLeaseRunsOutAndTheClaimArrivesOnce() {
        Article article = storeArticle("req-killed", TestClaims.spending(7));
        ObjectId claimId = ids(article).get(0);
        Instant now = Instant.now();

        // an instance takes the claim and dies before sending it
        Claim taken = handover.lease(now, "instance-that-dies").orElseThrow();
        assertThat(taken.id).isEqualTo(claimId);

        // while the lease holds, nobody else sends it
        handover.deliverDue(now);
        handover.deliverDue(now.plus(config.handover().lease()).minusSeconds(1));
        assertThat(ReviewServiceMock.requestsFor(review, claimId.toHexString())).isEmpty();

        // the lease runs out: another sender delivers it, exactly once
        handover.deliverDue(now.plus(config.handover().lease()).plusSeconds(1));
        assertThat(ReviewServiceMock.requestsFor(review, claimId.toHexString())).hasSize(1);
        Claim delivered = claims.findById(claimId.toHexString()).orElseThrow();
        assertThat(delivered.handover.state).isEqualTo(HandoverState.DELIVERED);
        assertThat(delivered.handover.attempts).isEqualTo(2);

        // the dead instance, were it to wake up, can no longer record anything
        assertThat(claims.completeLease(taken, Updates.set("handover.state", HandoverState.FAILED.name())))
                .isFalse();
        assertThat(claims.findById(claimId.toHexString()).orElseThrow().handover.state)
                .isEqualTo(HandoverState.DELIVERED);
        handover.deliverDue(now.plus(Duration.ofDays(1)));
        assertThat(ReviewServiceMock.requestsFor(review, claimId.toHexString())).hasSize(1);
    }

    @Test
    void senderKilledAfterSendingButBeforeRecordingSendsAgainAndTheReceiverKeepsOneClaim() {
        Article article = storeArticle("req-killed-after-send", TestClaims.spending(8));
        ObjectId claimId = ids(article).get(0);
        Instant now = Instant.now();

        Claim taken = handover.lease(now, "instance-that-dies").orElseThrow();
        reviewClient.deliver(taken.requestId, HandoverMapper.toHandover(taken, article)).close();
        // ... and dies before marking it DELIVERED

        handover.deliverDue(now.plus(config.handover().lease()).plusSeconds(1));

        // at-least-once on the wire: the same claim id twice; the review-service accepts by claim id, so it
        // ends up with this claim once (201 then 200)
        List<JsonNode> bodies = ReviewServiceMock.receivedFor(review, claimId.toHexString());
        assertThat(bodies).hasSize(2);
        assertThat(bodies).extracting(b -> b.path("claimId").asText()).containsOnly(claimId.toHexString());
        assertThat(bodies.get(0)).isEqualTo(bodies.get(1));
        assertThat(claims.findById(claimId.toHexString()).orElseThrow().handover.state)
                .isEqualTo(HandoverState.DELIVERED);
    }

    @Test
    void refusedClaimIsKeptAsFailedWithItsErrorAndAnEditorCanPutItBackInLine() {
        Article article = storeArticle("req-refused", TestClaims.spending(9));
        String claimId = ids(article).get(0).toHexString();

        ReviewServiceMock.answer(review, 422);
        handover.deliverDue(Instant.now());

        Claim failed = claims.findById(claimId).orElseThrow();
        assertThat(failed.handover.state).isEqualTo(HandoverState.FAILED);
        assertThat(failed.handover.lastStatus).isEqualTo(422);
        assertThat(failed.handover.lastError).contains("422");
        given().auth().oauth2(Tokens.forUser("erin", "editor"))
                .when().get("/api/handover/failed?size=100")
                .then().statusCode(200)
                .body("items.id", hasItem(claimId));
        given().auth().oauth2(Tokens.forUser("bob", "reviewer"))
                .when().get("/api/handover/failed")
                .then().statusCode(403);

        given().auth().oauth2(Tokens.forUser("erin", "editor"))
                .when().post("/api/handover/failed/" + claimId + "/retry")
                .then().statusCode(204);
        given().auth().oauth2(Tokens.forUser("erin", "editor"))
                .when().post("/api/handover/failed/" + claimId + "/retry")
                .then().statusCode(404);
        ReviewServiceMock.acceptAll(review);
        deliverAllDue(List.of(failed.id), Instant.now());
        assertThat(claims.findById(claimId).orElseThrow().handover.state).isEqualTo(HandoverState.DELIVERED);
        assertThat(ReviewServiceMock.requestsFor(review, claimId)).hasSize(1);
    }

    private List<ObjectId> ids(Article article) {
        return claims.listByArticle(article.id).stream().map(c -> c.id).toList();
    }

    /** Ticks (moving the clock past any back-off) until the given claims are no longer pending. */
    private void deliverAllDue(List<ObjectId> ids, Instant from) {
        Instant t = from;
        for (int tick = 0; tick < 20 && anyPending(ids); tick++) {
            handover.deliverDue(t);
            t = t.plus(Duration.ofMinutes(10));
        }
        assertThat(anyPending(ids)).as("claims still pending").isFalse();
    }

    private boolean anyPending(List<ObjectId> ids) {
        List<HandoverState> states = new ArrayList<>();
        IntStream.range(0, ids.size()).forEach(i -> states.add(
                claims.findById(ids.get(i).toHexString()).orElseThrow().handover.state));
        return states.contains(HandoverState.PENDING);
    }
}
