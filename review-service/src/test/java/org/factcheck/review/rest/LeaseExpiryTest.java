package org.factcheck.review.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.review.support.ReviewApi.ALICE;
import static org.factcheck.review.support.ReviewApi.AUDREY;
import static org.factcheck.review.support.ReviewApi.BOB;
import static org.factcheck.review.support.ReviewApi.as;
import static org.factcheck.review.support.ReviewApi.next;
import static org.factcheck.review.support.ReviewApi.receive;
import static org.factcheck.review.support.ReviewApi.submit;
import static org.factcheck.review.support.ReviewApi.verdict;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import org.factcheck.review.service.ReviewService;
import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.review.support.ReviewApi;
import org.factcheck.review.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;

/** Leases last 30 minutes (the default); the tests move the service clock past that instead of waiting. */
@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class LeaseExpiryTest {

    private static final Duration PAST_LEASE = Duration.ofMinutes(31);

    @Inject
    MongoClient mongo;

    @Inject
    TestClock clock;

    @Inject
    ReviewService service;

    @BeforeEach
    void emptyStore() {
        ReviewApi.reset(mongo);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private List<String> history(String id) {
        return as(AUDREY).get("/api/reviews/" + id + "/history").then().statusCode(200).extract().path("type");
    }

    @Test
    void sweepReturnsAnExpiredLeaseToTheQueue() {
        String id = receive("expiry", 0.5);
        next(ALICE).then().statusCode(200).body("claimId", equalTo(id));
        assertThat(service.expireLeases()).isZero();

        clock.advance(PAST_LEASE);
        assertThat(service.expireLeases()).isEqualTo(1);

        as(ALICE).get("/api/reviews/" + id).then().body("state", equalTo("QUEUED"));
        assertThat(history(id)).containsExactly("CLAIM_RECEIVED", "LEASED", "LEASE_EXPIRED");
        List<String> actors = as(AUDREY).get("/api/reviews/" + id + "/history").then().extract().path("actor");
        assertThat(actors.get(2)).isEqualTo("system");
        submit(ALICE, id, verdict("TRUE")).then().statusCode(409).body("state", equalTo("QUEUED"));
        next(BOB).then().statusCode(200).body("claimId", equalTo(id)).body("lease.holder", equalTo("bob"));
    }

    @Test
    void liveLeaseIsNotTakenOver() {
        String id = receive("live", 0.5);
        next(ALICE).then().statusCode(200).body("claimId", equalTo(id));
        clock.advance(Duration.ofMinutes(29));
        next(BOB).then().statusCode(204);
        submit(ALICE, id, verdict("TRUE")).then().statusCode(201);
    }

    @Test
    void lateVerdictIsRefusedAndTheClaimPassesToTheNextReviewer() {
        String id = receive("late", 0.5);
        next(ALICE).then().statusCode(200);
        clock.advance(PAST_LEASE);

        next(BOB).then().statusCode(200).body("claimId", equalTo(id)).body("lease.holder", equalTo("bob"));
        submit(ALICE, id, verdict("TRUE")).then().statusCode(403);
        assertThat(history(id)).containsExactly("CLAIM_RECEIVED", "LEASED", "LEASE_EXPIRED", "LEASED");
        List<String> actors = as(AUDREY).get("/api/reviews/" + id + "/history").then().extract().path("actor");
        assertThat(actors).containsExactly("service-account-claims-service", "alice", "system", "bob");
    }
}
