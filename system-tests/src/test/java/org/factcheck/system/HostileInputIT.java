package org.factcheck.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;

/**
 * Input an attacker or a broken client sends, through the gateway: each gets a clear 4xx problem, never a 500,
 * and afterwards no data has changed.
 */
@ExtendWith(StackExtension.class)
class HostileInputIT {

    private static final String TEXT = "Inflation rose to 3.2% in May, the central bank said.";

    @Test
    void hostileInputIsRefusedClearlyAndChangesNothing(Stack stack) {
        String ivan = stack.token("ivan");
        String alice = stack.token("alice");
        String audrey = stack.token("audrey");
        long articlesBefore = total(ivan, "/api/articles");
        int eventsBefore = given().auth().oauth2(audrey).get("/api/audit/verify").then().statusCode(200)
                .extract().path("events");

        // malformed and mistyped JSON
        assertProblem(post(ivan, "/api/articles", "{\"title\": \"x\", \"text\": "), 400);
        assertProblem(post(ivan, "/api/articles", "{\"title\": 5, \"text\": [1, 2]}"), 400);
        assertProblem(post(ivan, "/api/articles", "[]"), 400);
        assertProblem(post(ivan, "/api/articles", "{\"title\": \"x\"}"), 400);
        // operator injection in every string field
        for (String field : List.of("title", "text", "url", "outlet", "language", "publishedAt")) {
            for (String operator : List.of("{\"$gt\": \"\"}", "{\"$where\": \"sleep(1000) || true\"}", "{\"$ne\": null}")) {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("title", "\"Budget\"");
                fields.put("text", "\"" + TEXT + "\"");
                fields.put(field, operator);
                String body = fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                        .collect(Collectors.joining(", ", "{", "}"));
                assertProblem(post(ivan, "/api/articles", body), 400);
            }
        }
        assertProblem(post(ivan, "/api/extract", "{\"text\": {\"$gt\": \"\"}}"), 400);
        // deeply nested and huge bodies
        assertThat(post(ivan, "/api/articles", "[".repeat(20_000) + "]".repeat(20_000)).statusCode()).isBetween(400, 413);
        assertThat(post(ivan, "/api/articles", "{\"title\": \"big\", \"text\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}")
                .statusCode()).isEqualTo(413);
        // wrong media type
        assertThat(given().auth().oauth2(ivan).contentType("text/plain").body(TEXT).post("/api/articles").statusCode())
                .isEqualTo(415);
        // query parameters: unknown enums, wrong types, injection, absurd sizes
        assertProblem(given().auth().oauth2(alice).queryParam("type", "BOGUS").get("/api/claims"), 400);
        assertProblem(given().auth().oauth2(alice).queryParam("minScore", "abc").get("/api/claims"), 400);
        assertThat(given().auth().oauth2(alice).queryParam("q", "{\"$gt\": \"\"}").get("/api/claims").statusCode())
                .isEqualTo(200);
        assertThat(given().auth().oauth2(alice).queryParam("q", ".*").get("/api/claims").then().statusCode(200)
                .extract().jsonPath().getLong("total")).isZero();
        assertThat(given().auth().oauth2(alice).queryParam("size", 1_000_000).get("/api/claims").then().statusCode(200)
                .extract().jsonPath().getInt("size")).isLessThanOrEqualTo(100);
        assertProblem(given().auth().oauth2(alice).queryParam("state", "{\"$ne\": null}").get("/api/queue"), 400);
        assertProblem(given().auth().oauth2(audrey).queryParam("from", "yesterday").get("/api/audit/events"), 400);
        assertThat(given().auth().oauth2(alice).queryParam("q", "x".repeat(10_000)).get("/api/claims").statusCode())
                .isBetween(400, 431);
        // invalid ids and path traversal
        for (String id : List.of("not-an-id", "0123", "..%2F..%2Fetc%2Fpasswd", "%24gt", "x".repeat(300))) {
            assertThat(given().auth().oauth2(alice).urlEncodingEnabled(false).get("/api/claims/" + id).statusCode())
                    .as("GET /api/claims/%s", id).isIn(400, 404);
            assertThat(given().auth().oauth2(alice).urlEncodingEnabled(false).get("/api/reviews/" + id).statusCode())
                    .as("GET /api/reviews/%s", id).isIn(400, 404);
        }
        assertThat(given().auth().oauth2(alice).urlEncodingEnabled(false).get("/api/../internal/claims").statusCode())
                .isIn(400, 404);
        // unknown enum in a verdict
        assertThat(post(alice, "/api/reviews/0123456789abcdef01234567/verdicts",
                "{\"rating\": \"PROBABLY\", \"summary\": \"s\", \"sources\": [{\"url\": \"https://x.example\"}]}").statusCode())
                .isBetween(400, 409);

        // nothing changed
        assertThat(total(ivan, "/api/articles")).isEqualTo(articlesBefore);
        given().auth().oauth2(audrey).get("/api/audit/verify").then().statusCode(200)
                .body("valid", org.hamcrest.Matchers.equalTo(true))
                .body("events", org.hamcrest.Matchers.equalTo(eventsBefore));
    }

    private static Response post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(path);
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static long total(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath().getLong("total");
    }

}
