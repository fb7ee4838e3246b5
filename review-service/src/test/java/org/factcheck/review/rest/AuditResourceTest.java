package org.factcheck.review.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.review.support.ReviewApi.ALICE;
import static org.factcheck.review.support.ReviewApi.AUDREY;
import static org.factcheck.review.support.ReviewApi.BOB;
import static org.factcheck.review.support.ReviewApi.ERIN;
import static org.factcheck.review.support.ReviewApi.approve;
import static org.factcheck.review.support.ReviewApi.as;
import static org.factcheck.review.support.ReviewApi.next;
import static org.factcheck.review.support.ReviewApi.receive;
import static org.factcheck.review.support.ReviewApi.submit;
import static org.factcheck.review.support.ReviewApi.verdict;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.factcheck.review.Review;
import org.factcheck.review.repository.ReviewRepository;
import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.review.support.ReviewApi;
import org.factcheck.review.workflow.EventType;
import org.factcheck.review.workflow.Workflow;
import org.factcheck.review.workflow.WorkflowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AuditResourceTest {

    @Inject
    MongoClient mongo;

    @Inject
    ReviewRepository reviews;

    @BeforeEach
    void emptyStore() {
        ReviewApi.reset(mongo);
    }

    /** A double-reviewed, escalated, returned and finally published claim: 14 events. */
    private String eventfulClaim() {
        String id = receive("audit", 0.95);
        next(ALICE).then().statusCode(200);
        as(ALICE).post("/api/reviews/" + id + "/lease/renew").then().statusCode(200);
        submit(ALICE, id, verdict("FALSE")).then().statusCode(201);
        next(BOB).then().statusCode(200);
        submit(BOB, id, verdict("TRUE")).then().statusCode(201);
        as(ERIN).contentType(ContentType.JSON).body(Map.of("reason", "Find the signed contract."))
                .post("/api/reviews/" + id + "/return").then().statusCode(200);
        next(ALICE).then().statusCode(200);
        submit(ALICE, id, verdict("MOSTLY_TRUE")).then().statusCode(201);
        next(BOB).then().statusCode(200);
        submit(BOB, id, verdict("MOSTLY_TRUE")).then().statusCode(201);
        approve(ERIN, id).then().statusCode(200);
        return id;
    }

    @Test
    void historyListsEveryStepWithActorsAndReplaysToTheStoredState() throws Exception {
        String id = eventfulClaim();
        var history = as(ERIN).get("/api/reviews/" + id + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("type", String.class)).containsExactly("CLAIM_RECEIVED", "LEASED",
                "LEASE_RENEWED", "VERDICT_SUBMITTED", "LEASED", "VERDICT_SUBMITTED", "ESCALATED", "RETURNED", "LEASED",
                "VERDICT_SUBMITTED", "LEASED", "VERDICT_SUBMITTED", "APPROVED", "PUBLISHED");
        assertThat(history.getList("actor", String.class)).containsExactly("service-account-claims-service",
                "alice", "alice", "alice", "bob", "bob", "system", "erin", "alice", "alice", "bob", "bob", "erin",
                "erin");
        assertThat(history.getList("seq", Long.class)).isSorted();

        // Jackson, not JsonPath, so numbers stay doubles as they are in the store
        List<Map<String, Object>> raw = new ObjectMapper().readValue(history.prettify(), new TypeReference<>() {
        });
        List<WorkflowEvent> events = raw.stream().map(AuditResourceTest::toEvent).toList();
        Review stored = reviews.findById(id);
        assertThat(Workflow.replay(events)).usingRecursiveComparison().isEqualTo(stored.state);
        assertThat(stored.pending).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static WorkflowEvent toEvent(Map<?, ?> e) {
        return WorkflowEvent.of(EventType.valueOf((String) e.get("type")), (String) e.get("claimId"),
                (String) e.get("actor"), Instant.parse((String) e.get("at")), (Map<String, Object>) e.get("data"));
    }

    @Test
    void auditEventsFilterAndPage() {
        String id = eventfulClaim();
        receive("other", 0.3);
        as(AUDREY).get("/api/audit/events?size=5").then().statusCode(200)
                .body("total", equalTo(15)).body("items", hasSize(5)).body("items[0].seq", equalTo(1));
        as(AUDREY).get("/api/audit/events?page=2&size=5").then().body("items.seq", equalTo(List.of(11, 12, 13, 14, 15)));
        as(AUDREY).get("/api/audit/events?actor=bob").then().body("total", equalTo(4));
        as(AUDREY).get("/api/audit/events?claimId=" + id + "&type=VERDICT_SUBMITTED").then().body("total", equalTo(4))
                .body("items[0].data.verdict.rating", equalTo("FALSE"));
        as(AUDREY).get("/api/audit/events?from=" + Instant.now().plusSeconds(60)).then().body("total", equalTo(0));
        as(AUDREY).get("/api/audit/events?to=" + Instant.now().plusSeconds(60)).then().body("total", equalTo(15));
        as(AUDREY).get("/api/audit/events?from=last-week").then().statusCode(400);
    }

    @Test
    void exportsStreamNdjsonAndCsv() {
        eventfulClaim();
        String ndjson = as(AUDREY).accept("application/x-ndjson").get("/api/audit/events?actor=erin").then()
                .statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<String> lines = ndjson.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{").contains("\"type\":\"RETURNED\"").contains("\"hash\":");
        String csv = as(AUDREY).accept("text/csv").get("/api/audit/events").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(0)).isEqualTo("seq,at,claimId,type,actor,data,prevHash,hash");
        assertThat(rows).hasSize(15);
        assertThat(rows.get(1)).startsWith("1,").contains(",CLAIM_RECEIVED,service-account-claims-service,\"{");
        assertThat(AuditResource.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    }

    @Test
    void emptyAcceptHeaderAnswersJsonNotServerError() {
        eventfulClaim();
        as(AUDREY).header("Accept", "").get("/api/audit/events?actor=erin").then()
                .statusCode(200).contentType(ContentType.JSON).body("total", equalTo(3));
    }

    @Test
    void verifyFindsAnEventEditedBehindTheServicesBack() {
        eventfulClaim();
        as(AUDREY).get("/api/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("events", equalTo(14)).body("firstBrokenSeq", nullValue());
        mongo.getDatabase("review").getCollection("events")
                .updateOne(Filters.eq("_id", 6L), Updates.set("data.verdict.rating", "FALSE"));
        as(AUDREY).get("/api/audit/verify").then().statusCode(200)
                .body("valid", equalTo(false)).body("events", equalTo(14)).body("firstBrokenSeq", equalTo(6));
    }

    @Test
    void verifyFindsEventsCutOffTheEnd() {
        eventfulClaim();
        mongo.getDatabase("review").getCollection("events").deleteOne(Filters.eq("_id", 14L));
        as(AUDREY).get("/api/audit/verify").then().body("valid", equalTo(false)).body("firstBrokenSeq", equalTo(14));
    }

    @Test
    void interruptedChangeIsCompletedOnRepair() {
        String id = receive("crash", 0.5);
        // simulate a crash after the review document was written but before its event was appended
        var reviewsCollection = mongo.getDatabase("review").getCollection("reviews");
        Document pending = new Document("key", id + ":2:0").append("type", "PRIORITY_CHANGED").append("actor", "erin")
                .append("at", "2026-11-27T09:00:00.000Z").append("dataJson", "{\"priorityBoost\":1.0}");
        reviewsCollection.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("state.priorityBoost", 1.0),
                Updates.set("version", 2L), Updates.push("pending", pending)));
        assertThat(repair.repair()).isGreaterThanOrEqualTo(1);
        assertThat(repair.repair()).isZero();
        as(AUDREY).get("/api/reviews/" + id + "/history").then()
                .body("type", equalTo(List.of("CLAIM_RECEIVED", "PRIORITY_CHANGED")));
        as(AUDREY).get("/api/audit/verify").then().body("valid", equalTo(true));
        assertThat(reviews.findById(id).pending).isEmpty();
    }

    @Inject
    org.factcheck.review.service.RecoveryService repair;

    @Test
    void statsCountVerdictsAndMeasureAgreement() {
        eventfulClaim();
        var stats = as(ERIN).get("/api/stats").then().statusCode(200)
                .body("claimsByState.PUBLISHED", equalTo(1))
                .body("reviewers.reviewer", equalTo(List.of("alice", "bob")))
                .body("reviewers[0].verdicts", equalTo(2))
                .body("reviewers[0].byRating.FALSE", equalTo(1))
                .body("doubleReviewPairs", equalTo(2))
                .extract().jsonPath();
        // pairs (FALSE, TRUE) and (MOSTLY_TRUE, MOSTLY_TRUE): p_o = 0.5, p_e = 0.25
        assertThat(stats.getDouble("cohensKappa")).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void requestIdIsEchoedEvenOnRefusals() {
        given().header("X-Request-Id", "req-42").get("/api/audit/verify").then().statusCode(401)
                .header("X-Request-Id", "req-42");
        as(AUDREY).header("X-Request-Id", "req-43").get("/api/audit/verify").then().statusCode(200)
                .header("X-Request-Id", "req-43");
    }
}
