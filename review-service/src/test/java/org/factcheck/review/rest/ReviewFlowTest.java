package org.factcheck.review.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.review.support.ReviewApi.ALICE;
import static org.factcheck.review.support.ReviewApi.AUDREY;
import static org.factcheck.review.support.ReviewApi.BOB;
import static org.factcheck.review.support.ReviewApi.EDDIE;
import static org.factcheck.review.support.ReviewApi.ERIN;
import static org.factcheck.review.support.ReviewApi.approve;
import static org.factcheck.review.support.ReviewApi.as;
import static org.factcheck.review.support.ReviewApi.next;
import static org.factcheck.review.support.ReviewApi.receive;
import static org.factcheck.review.support.ReviewApi.submit;
import static org.factcheck.review.support.ReviewApi.verdict;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.review.support.ReviewApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReviewFlowTest {

    @Inject
    MongoClient mongo;

    @BeforeEach
    void emptyStore() {
        ReviewApi.reset(mongo);
    }

    @Test
    void claimGoesFromQueueToPublishedFactCheckWithAFullHistory() {
        String top = receive("top", 0.8);
        String other = receive("other", 0.5);

        String aliceGot = next(ALICE).then().statusCode(200).extract().path("claimId");
        String bobGot = next(BOB).then().statusCode(200).extract().path("claimId");
        assertThat(aliceGot).isEqualTo(top);
        assertThat(bobGot).isEqualTo(other);

        submit(ALICE, top, verdict("TRUE")).then().statusCode(201)
                .body("state", equalTo("AWAITING_APPROVAL"))
                .body("verdicts[0].deviationPercent", equalTo(0.0f))
                .body("verdicts[0].suggestedRating", equalTo("TRUE"));
        approve(ERIN, top).then().statusCode(200).body("state", equalTo("PUBLISHED"));

        io.restassured.RestAssured.given().get("/api/fact-checks/" + top).then().statusCode(200)
                .contentType("application/ld+json")
                .body("reviewRating.ratingValue", equalTo(5));

        List<String> types = as(AUDREY).get("/api/reviews/" + top + "/history").then().statusCode(200)
                .extract().path("type");
        List<String> actors = as(AUDREY).get("/api/reviews/" + top + "/history").then().extract().path("actor");
        assertThat(types).containsExactly("CLAIM_RECEIVED", "LEASED", "VERDICT_SUBMITTED", "APPROVED", "PUBLISHED");
        assertThat(actors).containsExactly("service-account-claims-service", "alice", "alice", "erin", "erin");
        as(AUDREY).get("/api/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("events", equalTo(7));
    }

    @Test
    void editorWhoWroteAVerdictCannotApproveIt() {
        String id = receive("eddie", 0.5);
        next(EDDIE).then().statusCode(200).body("claimId", equalTo(id));
        submit(EDDIE, id, verdict("FALSE")).then().statusCode(201);
        approve(EDDIE, id).then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403)).body("detail", org.hamcrest.Matchers.containsString("four-eyes"));
        as(ALICE).get("/api/reviews/" + id).then().body("state", equalTo("AWAITING_APPROVAL"));
    }
}
