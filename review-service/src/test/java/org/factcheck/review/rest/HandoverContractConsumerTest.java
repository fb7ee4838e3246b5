package org.factcheck.review.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.review.support.ReviewApi.HANDOVER;
import static org.factcheck.review.support.ReviewApi.as;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import org.bson.Document;
import org.factcheck.testing.HandoverContract;
import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.web.Problem;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** Consumer side of the hand-over contract: the intake takes every valid fixture and refuses every invalid one. */
@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class HandoverContractConsumerTest {

    @Inject
    MongoClient mongo;

    @Test
    void everyValidFixtureIsAccepted() {
        assertThat(HandoverContract.valid()).isNotEmpty().allSatisfy(fixture -> {
            as(HANDOVER).contentType(ContentType.JSON).body(fixture.body().toString()).post("/internal/claims")
                    .then().statusCode(anyOf(equalTo(201), equalTo(200)))
                    .body("claimId", equalTo(fixture.body().path("claimId").asText()));
            assertThat(reviews(fixture.body().path("claimId").asText())).as(fixture.name()).isEqualTo(1);
        });
    }

    @Test
    void everyInvalidFixtureIsRefusedWith400AndNothingIsStored() {
        long before = mongo.getDatabase("review").getCollection("reviews").countDocuments();
        assertThat(HandoverContract.invalid()).isNotEmpty().allSatisfy(fixture -> as(HANDOVER)
                .contentType(ContentType.JSON).body(fixture.body().toString()).post("/internal/claims")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE));
        assertThat(mongo.getDatabase("review").getCollection("reviews").countDocuments()).isEqualTo(before);
    }

    private long reviews(String claimId) {
        return mongo.getDatabase("review").getCollection("reviews").countDocuments(new Document("_id", claimId));
    }
}
