package org.factcheck.review.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.review.support.ReviewApi.ALICE;
import static org.factcheck.review.support.ReviewApi.BOB;
import static org.factcheck.review.support.ReviewApi.CAROL;
import static org.factcheck.review.support.ReviewApi.ERIN;
import static org.factcheck.review.support.ReviewApi.ADMIN;
import static org.factcheck.review.support.ReviewApi.approve;
import static org.factcheck.review.support.ReviewApi.as;
import static org.factcheck.review.support.ReviewApi.next;
import static org.factcheck.review.support.ReviewApi.receive;
import static org.factcheck.review.support.ReviewApi.submit;
import static org.factcheck.review.support.ReviewApi.verdict;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.review.support.ReviewApi;
import org.factcheck.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReviewEndpointsTest {

    @Inject
    MongoClient mongo;

    @BeforeEach
    void emptyStore() {
        ReviewApi.reset(mongo);
    }

    private static Response post(String token, String claimId, String action, Object body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/reviews/" + claimId + "/" + action);
    }

    private static void conflictIn(Response response, String state) {
        response.then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409)).body("state", equalTo(state))
                .body("detail", containsString(state));
    }

    @Test
    void emptyQueueAnswers204() {
        next(ALICE).then().statusCode(204);
    }

    @Test
    void everyIllegalTransitionIs409NamingTheState() {
        String id = receive("illegal", 0.5);
        conflictIn(submit(ALICE, id, verdict("TRUE")), "QUEUED");
        conflictIn(approve(ERIN, id), "QUEUED");
        conflictIn(post(ERIN, id, "return", Map.of("reason", "x")), "QUEUED");
        conflictIn(post(ALICE, id, "lease/renew", "{}"), "QUEUED");
        conflictIn(post(ALICE, id, "lease/release", "{}"), "QUEUED");

        next(ALICE).then().statusCode(200);
        conflictIn(approve(ERIN, id), "ASSIGNED");
        conflictIn(post(ERIN, id, "return", Map.of("reason", "x")), "ASSIGNED");

        submit(ALICE, id, verdict("TRUE")).then().statusCode(201);
        conflictIn(submit(ALICE, id, verdict("TRUE")), "AWAITING_APPROVAL");
        conflictIn(post(ALICE, id, "lease/renew", "{}"), "AWAITING_APPROVAL");
        conflictIn(as(ERIN).contentType(ContentType.JSON).body(Map.of("priorityBoost", 1)).put("/api/reviews/" + id + "/routing"),
                "AWAITING_APPROVAL");

        approve(ERIN, id).then().statusCode(200);
        conflictIn(approve(ERIN, id), "PUBLISHED");
        conflictIn(post(ERIN, id, "dismiss", "{}"), "PUBLISHED");
        conflictIn(post(ERIN, id, "return", Map.of("reason", "x")), "PUBLISHED");

        String dismissed = receive("dismissed", 0.5);
        post(ERIN, dismissed, "dismiss", Map.of("reason", "opinion, not a fact")).then().statusCode(200)
                .body("state", equalTo("DISMISSED")).body("dismissReason", equalTo("opinion, not a fact"));
        conflictIn(post(ERIN, dismissed, "dismiss", "{}"), "DISMISSED");
        next(ALICE).then().statusCode(204);
    }

    @Test
    void unknownClaimIs404AndMalformedIdIs400() {
        as(ALICE).get("/api/reviews/nope").then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/reviews/nope"));
        approve(ERIN, "nope").then().statusCode(404);
        as(ALICE).get("/api/reviews/bad$id").then().statusCode(400);
    }

    @Test
    void onlyTheLeaseHolderRenewsReleasesAndJudges() {
        String id = receive("holder", 0.5);
        String until = next(ALICE).then().statusCode(200).extract().path("lease.until");
        post(BOB, id, "lease/renew", "{}").then().statusCode(403).contentType("application/problem+json");
        post(BOB, id, "lease/release", "{}").then().statusCode(403);
        submit(BOB, id, verdict("TRUE")).then().statusCode(403);
        String renewed = post(ALICE, id, "lease/renew", "{}").then().statusCode(200)
                .body("lease.holder", equalTo("alice")).extract().path("lease.until");
        assertThat(java.time.Instant.parse(renewed)).isAfterOrEqualTo(java.time.Instant.parse(until));
        post(ALICE, id, "lease/release", "{}").then().statusCode(200).body("state", equalTo("QUEUED"))
                .body("lease", nullValue());
        next(BOB).then().statusCode(200).body("claimId", equalTo(id)).body("lease.holder", equalTo("bob"));
    }

    @Test
    void verdictNeedsASourceAndARatingOnTheScale() {
        String id = receive("verdict", 0.5);
        next(ALICE).then().statusCode(200);
        submit(ALICE, id, Map.of("rating", "TRUE", "summary", "x", "sources", List.of())).then().statusCode(400)
                .body("detail", containsString("sources"));
        submit(ALICE, id, Map.of("rating", "PANTS_ON_FIRE", "summary", "x",
                "sources", List.of(Map.of("url", "https://a.example.org")))).then().statusCode(400)
                .body("detail", containsString("PANTS_ON_FIRE"));
        submit(ALICE, id, Map.of("rating", "TRUE", "summary", "x",
                "sources", List.of(Map.of("url", "not a url")))).then().statusCode(400);
        submit(ALICE, id, Map.of("rating", "FALSE", "summary", "The budget shows 100 million.",
                "sources", List.of(Map.of("url", "https://city.example.org/budget", "accessedAt", "2026-11-27")),
                "evidence", Map.of("value", 100000000, "unit", "USD", "source", "budget")))
                .then().statusCode(201)
                .body("verdicts[0].deviationPercent", equalTo(15.0f))
                .body("verdicts[0].suggestedRating", equalTo("HALF_TRUE"))
                .body("verdicts[0].rating", equalTo("FALSE"))
                .body("verdicts[0].sources[0].accessedAt", equalTo("2026-11-27"));
    }

    @Test
    void sourceThatIsNoWebLinkIsRefusedAndRecordsNothing() {
        String id = receive("source", 0.5);
        next(ALICE).then().statusCode(200);
        for (String url : List.of("file:///etc/passwd", "ftp://files.example.org/budget.pdf",
                "jar:file:/tmp/x.jar!/a")) {
            submit(ALICE, id, Map.of("rating", "TRUE", "summary", "x", "sources", List.of(Map.of("url", url))))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("sources[0].url"))
                    .body("violations[0].message", equalTo("must be an http(s) URL"));
        }
        as(ERIN).get("/api/reviews/" + id).then().statusCode(200)
                .body("state", equalTo("ASSIGNED")).body("verdicts", hasSize(0));
    }

    @Test
    void sourceAccessedAtMustBeAnIsoDateOrDateTime() {
        String id = receive("accessed", 0.5);
        next(ALICE).then().statusCode(200);
        for (String when : List.of("yesterday", "27/11/2026", "2026-13-01", "2026-11-27T25:00Z", "2026-11-27 09:30")) {
            submit(ALICE, id, Map.of("rating", "TRUE", "summary", "x",
                    "sources", List.of(Map.of("url", "https://a.example.org", "accessedAt", when))))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("sources[0].accessedAt"));
        }
        submit(ALICE, id, Map.of("rating", "TRUE", "summary", "x",
                "sources", List.of(Map.of("url", "https://a.example.org", "accessedAt", "2026-11-27T09:30:00+01:00"))))
                .then().statusCode(201).body("verdicts[0].sources[0].accessedAt", equalTo("2026-11-27T09:30:00+01:00"));
    }

    @Test
    void highStakesClaimNeedsTwoIndependentVerdictsAndDisagreementEscalates() {
        String id = receive("stakes", 0.5);
        as(ERIN).contentType(ContentType.JSON).body(Map.of("highStakes", true)).put("/api/reviews/" + id + "/routing")
                .then().statusCode(200).body("requiredVerdicts", equalTo(2)).body("highStakes", equalTo(true));
        next(ALICE).then().statusCode(200);
        submit(ALICE, id, verdict("FALSE")).then().statusCode(201).body("state", equalTo("QUEUED"));
        next(ALICE).then().statusCode(204);
        next(BOB).then().statusCode(200).body("claimId", equalTo(id)).body("verdicts", hasSize(0));
        submit(BOB, id, verdict("TRUE")).then().statusCode(201).body("state", equalTo("ESCALATED"));
        approve(ERIN, id).then().statusCode(400).body("detail", containsString("rating"));
        post(ERIN, id, "approve", Map.of("rating", "HALF_TRUE", "note", "both partly right")).then().statusCode(200)
                .body("state", equalTo("PUBLISHED")).body("publishedRating", equalTo("HALF_TRUE"))
                .body("decision.editor", equalTo("erin"));
    }

    @Test
    void checkworthinessAboveTheThresholdNeedsTwoAgreeingVerdicts() {
        String id = receive("worthy", 0.95);
        next(ALICE).then().statusCode(200).body("requiredVerdicts", equalTo(2));
        submit(ALICE, id, verdict("TRUE")).then().statusCode(201).body("state", equalTo("QUEUED"));
        next(BOB).then().statusCode(200);
        submit(BOB, id, verdict("TRUE")).then().statusCode(201).body("state", equalTo("AWAITING_APPROVAL"))
                .body("verdicts", hasSize(2));
    }

    @Test
    void returnedClaimIsRequeuedWithTheEditorsNote() {
        String id = receive("returned", 0.5);
        next(ALICE).then().statusCode(200);
        submit(ALICE, id, verdict("TRUE")).then().statusCode(201);
        post(ERIN, id, "return", Map.of()).then().statusCode(400);
        post(ERIN, id, "return", Map.of("reason", "Use the 2024 budget, not 2023.")).then().statusCode(200)
                .body("state", equalTo("RETURNED")).body("round", equalTo(2));
        next(BOB).then().statusCode(200).body("claimId", equalTo(id))
                .body("returnNote", equalTo("Use the 2024 budget, not 2023."));
        submit(BOB, id, verdict("MOSTLY_TRUE")).then().statusCode(201).body("state", equalTo("AWAITING_APPROVAL"));
        approve(ADMIN, id).then().statusCode(200).body("publishedRating", equalTo("MOSTLY_TRUE"));
    }

    @Test
    void queueIsOrderedByPriorityAndEditorsCanBoostAndPinToADesk() {
        String low = receive("low", 0.2);
        String mid = receive("mid", 0.5);
        String high = receive("high", 0.9 - 0.01);
        List<String> order = as(ERIN).get("/api/queue").then().statusCode(200).body("total", equalTo(3))
                .extract().path("items.claimId");
        assertThat(order).containsExactly(high, mid, low);

        as(ERIN).contentType(ContentType.JSON).body(Map.of("priorityBoost", 2.0)).put("/api/reviews/" + low + "/routing")
                .then().statusCode(200);
        as(ERIN).contentType(ContentType.JSON).body(Map.of("desk", "economy")).put("/api/reviews/" + high + "/routing")
                .then().statusCode(200).body("desk", equalTo("economy"));
        as(ERIN).get("/api/queue?desk=economy").then().body("items.claimId", equalTo(List.of(high)));
        as(ERIN).get("/api/queue?size=1&page=1").then().body("items", hasSize(1)).body("total", equalTo(3))
                .body("size", equalTo(1));
        as(ERIN).get("/api/queue?size=100000").then().body("size", equalTo(100));

        next(ALICE).then().statusCode(200).body("claimId", equalTo(low));
        next(ALICE).then().statusCode(200).body("claimId", equalTo(mid));
        next(ALICE).then().statusCode(204);
        String economist = Tokens.forUserWithDesks("ellen", List.of("economy"), "reviewer");
        next(economist).then().statusCode(200).body("claimId", equalTo(high));

        as(ERIN).get("/api/queue?state=ASSIGNED").then().body("total", equalTo(3));
        as(ERIN).get("/api/queue?state=PUBLISHED,DISMISSED").then().body("total", equalTo(0));
        as(ERIN).get("/api/queue?state=NOPE").then().statusCode(400).contentType("application/problem+json");
        as(ERIN).get("/api/queue?page=x").then().statusCode(400);
        as(ERIN).contentType(ContentType.JSON).body(Map.of("desk", "a b")).put("/api/reviews/" + mid + "/routing")
                .then().statusCode(400);
    }

    @Test
    void secondReviewerDoesNotSeeTheFirstVerdictButEditorsDo() {
        String id = receive("blind", 0.95);
        next(ALICE).then().statusCode(200);
        submit(ALICE, id, verdict("FALSE")).then().statusCode(201);
        as(CAROL).get("/api/reviews/" + id).then().statusCode(200).body("verdicts", hasSize(0));
        as(ALICE).get("/api/reviews/" + id).then().body("verdicts", hasSize(1));
        as(ERIN).get("/api/reviews/" + id).then().body("verdicts", hasSize(1));
    }
}
