package org.factcheck.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ProblemMappersTest {

    private static final String BASE = "https://factcheck.example/problems/";

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{\"title\": ").post("/probe")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(BASE + "malformed-json")).body("instance", equalTo("/probe"));
    }

    @Test
    void wrongTypesNameTheField() {
        given().contentType(ContentType.JSON).body("{\"title\": \"x\", \"count\": {\"$gt\": 1}}").post("/probe")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(BASE + "malformed-json")).body("detail", containsString("count"));
    }

    @Test
    void validationListsTheViolations() {
        given().contentType(ContentType.JSON).body("{\"title\": \" \"}").post("/probe")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(BASE + "invalid-request"))
                .body("violations.field", hasItem("title"));
        given().contentType(ContentType.JSON).post("/probe")
                .then().statusCode(400).body("type", equalTo(BASE + "invalid-request"));
    }

    @Test
    void unknownPathIsA404Problem() {
        given().get("/probe/nowhere/at/all")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("type", equalTo(BASE + "not-found"));
    }

    @Test
    void pathOutsideEveryResourceIsA404ProblemToo() {
        given().get("/nothing/here")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("type", equalTo(BASE + "not-found"));
    }

    @Test
    void wrongMethodIsA405ProblemWithAllow() {
        given().delete("/probe")
                .then().statusCode(405).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(BASE + "method-not-allowed"));
    }

    @Test
    void wrongMediaTypeIsA415Problem() {
        given().contentType(ContentType.XML).body("<a/>").post("/probe")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(BASE + "unsupported-media-type"));
    }

    @Test
    void oversizedBodyIsA413ProblemBeforeItIsRead() {
        given().contentType(ContentType.JSON).body("{\"title\": \"" + "x".repeat(2000) + "\"}").post("/probe")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(BASE + "payload-too-large"));
    }

    @Test
    void missingTokenIs401AndMalformedBearerToo() {
        given().get("/probe/secured")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("type", equalTo(BASE + "unauthorized"));
        given().header("Authorization", "Bearer ..").get("/probe/secured")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("type", equalTo(BASE + "unauthorized"))
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void unlistedClientErrorsKeepTheirReasonPhrase() {
        given().get("/probe/status/418")
                .then().statusCode(418).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("about:blank")).body("title", equalTo("I'm a Teapot"));
        given().get("/probe/status/422")
                .then().statusCode(422).body("title", equalTo("Unprocessable Entity"));
    }

    @Test
    void unexpectedFailureIsAGeneric500WithoutInternals() {
        String body = given().header(RequestIds.HEADER, "trace-500").get("/probe/boom")
                .then().statusCode(500).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(BASE + "internal-error"))
                .body("detail", not(containsString("secret")))
                .extract().asString();
        assertThat(body).doesNotContain("IllegalStateException").doesNotContain("at org.");
    }

    @Test
    void problemExceptionsCarryTheirTypeAndState() {
        given().get("/probe/conflict")
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(BASE + "illegal-transition")).body("state", equalTo("APPROVED"))
                .body("violations", nullValue());
    }

    @Test
    void pagesBeyondTheLimitAre400NotOverflow() {
        given().queryParam("page", "107374183").get("/probe/page")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(BASE + "page-out-of-range"));
        given().queryParam("page", "2").queryParam("size", "500").get("/probe/page")
                .then().statusCode(200).body("size", equalTo(100)).body("page", equalTo(2));
    }

    @Test
    void requestIdIsEchoedOrMadeAndReachesTheResource() {
        given().header(RequestIds.HEADER, "gw-1234.abc:9").get("/probe/request-id")
                .then().statusCode(200).header(RequestIds.HEADER, "gw-1234.abc:9").body(equalTo("gw-1234.abc:9"));
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        given().header(RequestIds.HEADER, "bad id\" <x>").get("/probe/request-id")
                .then().header(RequestIds.HEADER, matchesPattern(uuid)).body(matchesPattern(uuid));
        given().get("/probe/secured").then().statusCode(401).header(RequestIds.HEADER, matchesPattern(uuid));
    }

    @Test
    void busyIsA503ThatSaysWhyAndWhenToRetry() {
        Response response = new ProblemMappers().web(
                new ServiceUnavailableException("the extraction engine is busy; try again shortly", 1L), null);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(((Problem) response.getEntity()).detail()).contains("busy");
        assertThat(((Problem) response.getEntity()).type()).isEqualTo(BASE + "service-unavailable");
    }
}
