package org.factcheck.review.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.review.support.ReviewApi.ALICE;
import static org.factcheck.review.support.ReviewApi.AUDREY;
import static org.factcheck.review.support.ReviewApi.HANDOVER;
import static org.factcheck.review.support.ReviewApi.IVAN;
import static org.factcheck.review.support.ReviewApi.as;
import static org.factcheck.review.support.ReviewApi.handOver;
import static org.factcheck.review.support.ReviewApi.newId;
import static org.factcheck.review.support.ReviewApi.quantityClaim;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.testing.LargeBodies;
import org.factcheck.review.support.ReviewApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class IntakeResourceTest {

    @Inject
    MongoClient mongo;

    @BeforeEach
    void emptyStore() {
        ReviewApi.reset(mongo);
    }

    private long events() {
        return mongo.getDatabase("review").getCollection("events").countDocuments();
    }

    @Test
    void sameClaimTwiceIsAcceptedOnceAndChangesNothing() {
        String id = newId("idem");
        handOver(quantityClaim(id, 0.7)).then().statusCode(201)
                .header("Location", containsString("/api/reviews/" + id))
                .body("claimId", equalTo(id)).body("state", equalTo("QUEUED")).body("created", equalTo(true));
        var changed = new java.util.HashMap<>(quantityClaim(id, 0.1));
        changed.put("text", "Something else entirely.");
        handOver(changed).then().statusCode(200).body("created", equalTo(false));
        assertThat(events()).isEqualTo(1);
        as(ALICE).get("/api/reviews/" + id).then().statusCode(200)
                .body("checkworthiness", equalTo(0.7f))
                .body("text", containsString("115 million"))
                .body("claim.quantities[0].value", equalTo(1.15E8f));
    }

    @Test
    void unknownPropertiesAreIgnored() {
        var claim = new java.util.HashMap<>(quantityClaim(newId("extra"), 0.5));
        claim.put("reasons", List.of("number", "attribution"));
        claim.put("offsets", Map.of("start", 3, "end", 40));
        handOver(claim).then().statusCode(201);
    }

    @Test
    void onlyTheClaimsServiceMayHandOver() {
        var claim = quantityClaim(newId("role"), 0.5);
        given().contentType(ContentType.JSON).body(claim).post("/internal/claims").then().statusCode(401);
        as(ALICE).contentType(ContentType.JSON).body(claim).post("/internal/claims").then().statusCode(403);
        as(IVAN).contentType(ContentType.JSON).body(claim).post("/internal/claims").then().statusCode(403);
        as(AUDREY).contentType(ContentType.JSON).body(claim).post("/internal/claims").then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(events()).isZero();
    }

    @Test
    void operatorObjectInAStringFieldIsRejected() {
        var claim = new java.util.HashMap<>(quantityClaim("x", 0.5));
        claim.put("claimId", Map.of("$gt", ""));
        handOver(claim).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("type", equalTo("https://factcheck.example/problems/malformed-json"));
        var text = new java.util.HashMap<>(quantityClaim(newId("inj"), 0.5));
        text.put("text", Map.of("$ne", ""));
        handOver(text).then().statusCode(400);
        assertThat(events()).isZero();
    }

    @Test
    void wrongJsonTypesAnswerMalformedJsonNotCoercedValues() {
        List<Map.Entry<String, Object>> wrong = List.of(
                Map.entry("text", 123),
                Map.entry("articleId", true),
                Map.entry("checkworthiness", "0.5"),
                Map.entry("quantities", List.of(Map.of("text", "115 million dollars", "value", "NaN"))),
                Map.entry("quantities", List.of(Map.of("text", "115 million dollars", "value", ""))),
                Map.entry("rankings", List.of(Map.of("text", "third", "position", 2.5))));
        for (Map.Entry<String, Object> field : wrong) {
            var claim = new java.util.HashMap<>(quantityClaim(newId("type"), 0.5));
            claim.put(field.getKey(), field.getValue());
            handOver(claim).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://factcheck.example/problems/malformed-json"))
                    .body("detail", containsString(field.getKey()));
        }
        assertThat(events()).isZero();
    }

    @Test
    void aRankingKeepsItsWholeContractAndItsFieldSizeMustBeAWholeNumberFromOne() {
        String id = newId("rank");
        var claim = new java.util.HashMap<>(quantityClaim(id, 0.6));
        claim.put("type", "RANKING");
        claim.put("rankings", List.of(Map.of("text", "ranked 49th", "position", 49, "oneOf", false, "fromEnd", false,
                "outOf", 50), Map.of("text", "the bottom five", "position", 5, "oneOf", true, "fromEnd", true)));
        handOver(claim).then().statusCode(201);
        as(ALICE).get("/api/reviews/" + id).then().statusCode(200)
                .body("claim.rankings[0].outOf", equalTo(50))
                .body("claim.rankings[1].oneOf", equalTo(true))
                .body("claim.rankings[1].fromEnd", equalTo(true));
        long accepted = events();

        for (Object bad : List.of(-1, 0, 10_000_001, "abc", "50", 2.5)) {
            var wrong = new java.util.HashMap<>(quantityClaim(newId("rank"), 0.6));
            wrong.put("rankings", List.of(Map.of("text", "ranked 49th", "position", 49, "outOf", bad)));
            handOver(wrong).then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("outOf"));
        }
        assertThat(events()).isEqualTo(accepted);
    }

    @Test
    void invalidClaimIdsAreRejected() {
        for (String bad : List.of("$gt", "a/b", "", "x".repeat(65), "id with space")) {
            handOver(quantityClaim(bad, 0.5)).then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("claimId"));
        }
    }

    @Test
    void malformedJsonUnknownEnumAndOutOfRangeScoreAre400() {
        as(HANDOVER).contentType(ContentType.JSON).body("{\"claimId\": \"a\", ").post("/internal/claims")
                .then().statusCode(400).contentType("application/problem+json");
        var claim = new java.util.HashMap<>(quantityClaim(newId("enum"), 0.5));
        claim.put("type", "OPINION");
        handOver(claim).then().statusCode(400).contentType("application/problem+json");
        claim.put("type", "FACTUAL");
        claim.put("checkworthiness", 1.5);
        handOver(claim).then().statusCode(400).body("detail", containsString("checkworthiness"));
        claim.put("checkworthiness", "high");
        handOver(claim).then().statusCode(400);
        claim.remove("checkworthiness");
        handOver(claim).then().statusCode(400);
        as(HANDOVER).contentType(ContentType.JSON).body("[]").post("/internal/claims").then().statusCode(400);
        assertThat(events()).isZero();
    }

    @Test
    void wrongMediaTypeIs415AndOversizedBodyIs413() {
        as(HANDOVER).contentType(ContentType.TEXT).body("claim").post("/internal/claims")
                .then().statusCode(415).contentType("application/problem+json");
        var claim = new java.util.HashMap<>(quantityClaim(newId("big"), 0.5));
        claim.put("text", "x".repeat(1_200_000));
        as(HANDOVER).config(LargeBodies.expectContinue()).contentType(ContentType.JSON).body(claim).post("/internal/claims")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        claim.put("text", "x".repeat(5000));
        handOver(claim).then().statusCode(400).body("detail", containsString("text"));
    }
}
