package org.factcheck.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rules a newsroom relies on, with real tokens through the gateway. */
@ExtendWith(StackExtension.class)
class BusinessRulesIT {

    private static final Map<String, Object> VERDICT = Map.of("rating", "TRUE", "summary", "Matches the official figure.",
            "sources", List.of(Map.of("url", "https://stats.example.org/table-7")));

    @Test
    void reviewerCannotSubmitOnAnotherReviewersLease(Stack stack) {
        String alice = stack.token("alice");
        String bob = stack.token("bob");
        String claimId = leaseFreshClaim(stack, alice);
        try {
            int status = given().auth().oauth2(bob).contentType("application/json").body(VERDICT)
                    .post("/api/reviews/{id}/verdicts", claimId).statusCode();
            assertThat(status).isIn(403, 409);
            given().auth().oauth2(stack.token("erin")).get("/api/reviews/{id}", claimId).then().statusCode(200)
                    .body("state", equalTo("ASSIGNED")).body("lease.holder", equalTo("alice"))
                    .body("verdicts.size()", equalTo(0));
        } finally {
            given().auth().oauth2(stack.token("erin")).contentType("application/json")
                    .body(Map.of("reason", "test claim")).post("/api/reviews/{id}/dismiss", claimId);
        }
    }

    @Test
    void editorCannotApproveAVerdictHeWroteHimself(Stack stack) {
        String eddie = stack.token("eddie");
        String claimId = leaseFreshClaim(stack, eddie);
        given().auth().oauth2(eddie).contentType("application/json").body(VERDICT)
                .post("/api/reviews/{id}/verdicts", claimId).then().statusCode(201);

        given().auth().oauth2(eddie).contentType("application/json").body(Map.of())
                .post("/api/reviews/{id}/approve", claimId)
                .then().statusCode(403).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));

        given().auth().oauth2(stack.token("erin")).get("/api/reviews/{id}", claimId).then().statusCode(200)
                .body("state", equalTo("AWAITING_APPROVAL"));
    }

    @Test
    void auditorsAreReadOnly(Stack stack) {
        String audrey = stack.token("audrey");
        given().auth().oauth2(audrey).post("/api/queue/next").then().statusCode(403);
        given().auth().oauth2(audrey).contentType("application/json").body(Map.of("title", "x", "text", "y"))
                .post("/api/articles").then().statusCode(403);
        given().auth().oauth2(audrey).contentType("application/json").body(Map.of())
                .post("/api/reviews/{id}/approve", "0123456789abcdef01234567").then().statusCode(403);
        given().auth().oauth2(audrey).get("/api/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void reviewersCannotReadTheAuditLog(Stack stack) {
        String alice = stack.token("alice");
        given().auth().oauth2(alice).get("/api/audit/events").then().statusCode(403);
        given().auth().oauth2(alice).get("/api/audit/verify").then().statusCode(403);
    }

    /** Ingests a one-claim article and leases its claim to the caller (a reviewer may get an older claim first). */
    static String leaseFreshClaim(Stack stack, String reviewerToken) {
        String text = "The regional hospital treated " + (1000 + (int) (Math.random() * 8000))
                + " patients in 2024, the health ministry said. Tag " + UUID.randomUUID() + ".";
        List<String> ids = given().auth().oauth2(stack.token("ivan")).contentType("application/json")
                .body(Map.of("title", "Hospital figures", "text", text)).post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getList("claims.id", String.class);
        assertThat(ids).isNotEmpty();
        String editor = stack.token("erin");
        FullFlowIT.awaitInQueue(editor, ids);
        // make the new claim the top of the queue for this test
        given().auth().oauth2(editor).contentType("application/json").body(Map.of("priorityBoost", 10))
                .put("/api/reviews/{id}/routing", ids.get(0)).then().statusCode(200);
        String leased = given().auth().oauth2(reviewerToken).post("/api/queue/next")
                .then().statusCode(200).extract().path("claimId");
        assertThat(leased).isEqualTo(ids.get(0));
        return leased;
    }
}
