package org.factcheck.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The newsroom's day, all through the gateway with real Keycloak tokens: ingest → extraction → hand-over →
 * queue → leases → verdict → four-eyes approval → public ClaimReview → audit history and verification.
 */
@ExtendWith(StackExtension.class)
class FullFlowIT {

    static final String ARTICLE = """
            City council approves record transport budget

            The city council on Tuesday approved a transport budget of 412 million euros for 2025, up 8% on last year, \
            according to figures published by the finance department.
            About 60,000 commuters use the northern tram line every day, the transit authority said.
            The new line will be 14.5 kilometres long and cost roughly €310m, Mayor Ana Ortiz told reporters.
            "We are the third-largest network in the country after the capital and the port city," Ortiz said.
            Critics argue the plan is a waste of time.
            """;

    @Test
    void articleTravelsFromIngestToPublishedAndAuditedFactCheck(Stack stack) {
        String ivan = stack.token("ivan");
        String alice = stack.token("alice");
        String bob = stack.token("bob");
        String erin = stack.token("erin");
        String audrey = stack.token("audrey");

        // ivan ingests an article; the claims come back extracted
        String url = "https://news.example.org/transport-budget-" + UUID.randomUUID();
        Response created = given().auth().oauth2(ivan).contentType("application/json")
                .body(Map.of("title", "Record transport budget", "text", ARTICLE, "url", url,
                        "outlet", "Example Daily", "publishedAt", "2025-03-04T08:00:00Z"))
                .post("/api/articles");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/articles/");
        List<String> claimIds = created.jsonPath().getList("claims.id", String.class);
        assertThat(claimIds).hasSizeGreaterThanOrEqualTo(3);
        assertThat(created.jsonPath().getList("claims.quantities.value.flatten()", Float.class))
                .contains(412_000_000f, 60_000f, 14.5f);

        // the same article again is recognised, not duplicated
        given().auth().oauth2(ivan).contentType("application/json")
                .body(Map.of("title", "Record transport budget", "text", ARTICLE, "url", url))
                .post("/api/articles").then().statusCode(200);

        // the claims reach the review queue through the outbox
        awaitInQueue(erin, claimIds);

        // alice and bob each get a different claim
        JsonPath aliceLease = given().auth().oauth2(alice).post("/api/queue/next").then().statusCode(200).extract().jsonPath();
        JsonPath bobLease = given().auth().oauth2(bob).post("/api/queue/next").then().statusCode(200).extract().jsonPath();
        String claimId = aliceLease.getString("claimId");
        assertThat(bobLease.getString("claimId")).isNotEqualTo(claimId);
        assertThat(aliceLease.getString("lease.holder")).isEqualTo("alice");

        // alice records a verdict with a source
        given().auth().oauth2(alice).contentType("application/json")
                .body(Map.of("rating", "MOSTLY_TRUE", "summary", "The finance department's budget tables confirm it.",
                        "sources", List.of(Map.of("url", "https://city.example.org/budget-2025", "title", "Budget 2025"))))
                .post("/api/reviews/{id}/verdicts", claimId)
                .then().statusCode(201);
        given().auth().oauth2(erin).get("/api/reviews/{id}", claimId)
                .then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("AWAITING_APPROVAL"));

        // erin approves: published
        given().auth().oauth2(erin).contentType("application/json").body(Map.of("note", "Checked."))
                .post("/api/reviews/{id}/approve", claimId)
                .then().statusCode(200);

        // the ClaimReview is public
        Response review = given().get("/api/fact-checks/{id}", claimId);
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.contentType()).startsWith("application/ld+json");
        JsonPath claimReview = review.jsonPath();
        assertThat(claimReview.getString("'@type'")).isEqualTo("ClaimReview");
        assertThat(claimReview.getInt("reviewRating.ratingValue")).isEqualTo(4);
        assertThat(claimReview.getString("reviewRating.alternateName")).isEqualTo("Mostly true");
        String articleId = given().auth().oauth2(erin).get("/api/claims/{id}", claimId)
                .then().statusCode(200).extract().path("articleId");
        String articleUrl = given().auth().oauth2(erin).get("/api/articles/{id}", articleId)
                .then().statusCode(200).extract().path("url");
        assertThat(claimReview.getString("itemReviewed.appearance.url")).isEqualTo(articleUrl);

        // audrey reads the history with every step and its actor, and the chain verifies
        JsonPath history = given().auth().oauth2(audrey).get("/api/reviews/{id}/history", claimId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("actor", String.class)).contains("alice", "erin").hasSizeGreaterThanOrEqualTo(4);
        given().auth().oauth2(audrey).get("/api/audit/verify")
                .then().statusCode(200).body("valid", org.hamcrest.Matchers.equalTo(true));
    }

    static void awaitInQueue(String editorToken, List<String> claimIds) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            List<String> queued = given().auth().oauth2(editorToken).queryParam("size", 100)
                    .get("/api/queue").then().statusCode(200).extract().jsonPath().getList("items.claimId", String.class);
            if (queued.containsAll(claimIds)) {
                return;
            }
            assertThat(Instant.now()).as("claims %s not in the queue: %s", claimIds, queued).isBefore(deadline);
            sleep(500);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
