package org.factcheck.review.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.review.support.ReviewApi.ALICE;
import static org.factcheck.review.support.ReviewApi.BOB;
import static org.factcheck.review.support.ReviewApi.next;
import static org.factcheck.review.support.ReviewApi.receive;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.factcheck.review.support.ReviewApi;
import org.factcheck.testing.InMemoryMongoResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;

/** {@code next} leases from the candidates of a recent queue scan; these are the cases where a scan is stale. */
@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class QueueCandidatesTest {

    @Inject
    MongoClient mongo;

    @BeforeEach
    void emptyStore() {
        ReviewApi.reset(mongo);
    }

    @Test
    void aCandidateAnotherInstanceLeasedAfterTheScanIsNotLeasedAgain() {
        String first = receive("cand", 0.6);
        String second = receive("cand", 0.5);
        next(ALICE).then().statusCode(200).body("claimId", equalTo(first)); // the scan saw both
        var queue = mongo.getDatabase("review").getCollection("queue");
        queue.updateOne(Filters.eq("_id", second), Updates.combine(Updates.set("leaseHolder", "elsewhere"),
                Updates.set("leaseId", "lease-elsewhere"),
                Updates.set("leaseUntil", Date.from(Instant.now().plusSeconds(600)))));

        next(BOB).then().statusCode(204);
        assertThat(queue.find(Filters.eq("_id", second)).first().getString("leaseHolder")).isEqualTo("elsewhere");
    }

    @Test
    void aClaimReceivedAfterTheScanIsTakenByItsRank() {
        String low = receive("cand", 0.3);
        receive("cand", 0.2);
        next(ALICE).then().statusCode(200).body("claimId", equalTo(low));
        String high = receive("cand", 0.8);

        next(BOB).then().statusCode(200).body("claimId", equalTo(high));
    }

    @Test
    void aReleasedClaimIsTakenAgainByItsRank() {
        String high = receive("cand", 0.8);
        String low = receive("cand", 0.3);
        next(ALICE).then().statusCode(200).body("claimId", equalTo(high));
        ReviewApi.as(ALICE).post("/api/reviews/" + high + "/lease/release").then().statusCode(200);

        next(BOB).then().statusCode(200).body("claimId", equalTo(high));
        next(BOB).then().statusCode(200).body("claimId", equalTo(low));
        Document item = mongo.getDatabase("review").getCollection("queue").find(Filters.eq("_id", high)).first();
        assertThat(item.getString("leaseHolder")).isEqualTo("bob");
    }
}
