package org.factcheck.review.rest;

import static io.restassured.RestAssured.given;
import static org.factcheck.review.support.ReviewApi.ALICE;
import static org.factcheck.review.support.ReviewApi.AUDREY;
import static org.factcheck.review.support.ReviewApi.ERIN;
import static org.factcheck.review.support.ReviewApi.IVAN;
import static org.factcheck.review.support.ReviewApi.as;
import static org.factcheck.review.support.ReviewApi.next;
import static org.factcheck.review.support.ReviewApi.receive;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

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
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class RolesTest {

    @Inject
    MongoClient mongo;

    private String id;

    @BeforeEach
    void oneQueuedClaim() {
        ReviewApi.reset(mongo);
        id = receive("roles", 0.5);
    }

    private record Call(String method, String path) {
    }

    private List<Call> writes() {
        return List.of(new Call("POST", "/api/queue/next"), new Call("POST", "/api/reviews/" + id + "/lease/renew"),
                new Call("POST", "/api/reviews/" + id + "/lease/release"),
                new Call("POST", "/api/reviews/" + id + "/verdicts"), new Call("POST", "/api/reviews/" + id + "/approve"),
                new Call("POST", "/api/reviews/" + id + "/return"), new Call("POST", "/api/reviews/" + id + "/dismiss"),
                new Call("PUT", "/api/reviews/" + id + "/routing"), new Call("POST", "/internal/claims"));
    }

    private List<Call> reads() {
        return List.of(new Call("GET", "/api/queue"), new Call("GET", "/api/reviews/" + id),
                new Call("GET", "/api/reviews/" + id + "/history"), new Call("GET", "/api/audit/events"),
                new Call("GET", "/api/audit/verify"), new Call("GET", "/api/stats"));
    }

    @Test
    void auditorsAreRefusedEveryWriteEvenWithAnotherRole() {
        String auditorReviewer = Tokens.forUser("aud2", "auditor", "reviewer", "editor");
        for (Call c : writes()) {
            for (String token : List.of(AUDREY, auditorReviewer)) {
                as(token).contentType(ContentType.JSON).body("{}").request(c.method(), c.path()).then()
                        .statusCode(403).contentType("application/problem+json");
            }
        }
        as(ALICE).get("/api/reviews/" + id).then().body("state", equalTo("QUEUED"));
    }

    @Test
    void everyEndpointButTheFactChecksNeedsAToken() {
        for (Call c : writes()) {
            given().contentType(ContentType.JSON).body("{}").request(c.method(), c.path()).then().statusCode(401);
        }
        for (Call c : reads()) {
            given().request(c.method(), c.path()).then().statusCode(401);
        }
        given().get("/api/fact-checks").then().statusCode(200);
    }

    @Test
    void auditorReadsHistoryAuditAndStatsButNotTheQueue() {
        as(AUDREY).get("/api/reviews/" + id + "/history").then().statusCode(200);
        as(AUDREY).get("/api/audit/events").then().statusCode(200);
        as(AUDREY).get("/api/audit/verify").then().statusCode(200);
        as(AUDREY).get("/api/stats").then().statusCode(200);
        as(AUDREY).get("/api/reviews/" + id).then().statusCode(200);
        as(AUDREY).get("/api/queue").then().statusCode(403);
    }

    @Test
    void reviewersCannotDecideOrReadTheAudit() {
        as(ALICE).contentType(ContentType.JSON).body("{}").post("/api/reviews/" + id + "/approve").then().statusCode(403);
        as(ALICE).contentType(ContentType.JSON).body("{\"reason\":\"x\"}").post("/api/reviews/" + id + "/dismiss")
                .then().statusCode(403);
        as(ALICE).contentType(ContentType.JSON).body("{\"priorityBoost\":1}").put("/api/reviews/" + id + "/routing")
                .then().statusCode(403);
        as(ALICE).get("/api/audit/events").then().statusCode(403);
        as(ALICE).get("/api/reviews/" + id + "/history").then().statusCode(403);
        as(ALICE).get("/api/stats").then().statusCode(403);
        as(ALICE).get("/api/queue").then().statusCode(200);
    }

    @Test
    void editorsAndIngestCannotTakeClaims() {
        next(ERIN).then().statusCode(403).contentType("application/problem+json");
        next(IVAN).then().statusCode(403);
        as(IVAN).get("/api/queue").then().statusCode(403);
        as(ERIN).get("/api/queue").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void malformedBearerValuesAreUnauthorizedNotServerErrors() {
        for (String token : List.of("..", "a.b", "....", "x.y.z", "e30.e30.", "%00")) {
            given().header("Authorization", "Bearer " + token).when().get("/api/queue")
                    .then().statusCode(401);
        }
    }
}
