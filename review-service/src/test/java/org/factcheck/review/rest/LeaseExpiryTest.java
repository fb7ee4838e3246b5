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
import java.util.Map;

import org.awaitility.Awaitility;
import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.review.support.ReviewApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;

@QuarkusTest
@TestProfile(LeaseExpiryTest.ShortLease.class)
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class LeaseExpiryTest {

    /** One-second leases, swept every second. */
    public static class ShortLease implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factcheck.review.lease-duration", "PT1S", "factcheck.review.lease-sweep-every", "1s");
        }
    }

    @Inject
    MongoClient mongo;

    @BeforeEach
    void emptyStore() {
        ReviewApi.reset(mongo);
    }

    private List<String> history(String id) {
        return as(AUDREY).get("/api/reviews/" + id + "/history").then().statusCode(200).extract().path("type");
    }

    @Test
    void expiredLeaseGoesBackToTheQueueByItself() {
        String id = receive("expiry", 0.5);
        next(ALICE).then().statusCode(200).body("claimId", equalTo(id));
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> "QUEUED".equals(as(ALICE).get("/api/reviews/" + id).then().extract().path("state")));
        assertThat(history(id)).containsExactly("CLAIM_RECEIVED", "LEASED", "LEASE_EXPIRED");
        List<String> actors = as(AUDREY).get("/api/reviews/" + id + "/history").then().extract().path("actor");
        assertThat(actors.get(2)).isEqualTo("system");
        submit(ALICE, id, verdict("TRUE")).then().statusCode(409).body("state", equalTo("QUEUED"));
        next(BOB).then().statusCode(200).body("claimId", equalTo(id)).body("lease.holder", equalTo("bob"));
    }

    @Test
    void lateVerdictIsRefusedAndTheClaimPassesToTheNextReviewer() {
        String id = receive("late", 0.5);
        next(ALICE).then().statusCode(200);
        String[] bobGot = new String[1];
        Awaitility.await().pollDelay(Duration.ofMillis(1100)).atMost(Duration.ofSeconds(20)).until(() -> {
            var res = next(BOB);
            bobGot[0] = res.statusCode() == 200 ? res.path("claimId") : null;
            return bobGot[0] != null;
        });
        assertThat(bobGot[0]).isEqualTo(id);
        // refused: 403 while bob holds the lease, 409 once bob's one-second lease has run out as well
        assertThat(submit(ALICE, id, verdict("TRUE")).statusCode()).isIn(403, 409);
        assertThat(history(id)).containsSubsequence("LEASED", "LEASE_EXPIRED", "LEASED")
                .doesNotContain("VERDICT_SUBMITTED");
        List<String> actors = as(AUDREY).get("/api/reviews/" + id + "/history").then().extract().path("actor");
        assertThat(actors).containsSubsequence("alice", "system", "bob");
    }
}
