package org.factcheck.review.rest;

import static org.factcheck.review.support.ReviewApi.ADMIN;
import static org.factcheck.review.support.ReviewApi.AUDREY;
import static org.factcheck.review.support.ReviewApi.as;
import static org.hamcrest.Matchers.equalTo;

import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.web.Problem;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

/** Every paged route: a page far beyond the data is a 400 problem, never an int overflow into a 500. */
@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PagingBoundsTest {

    private static final String OUT_OF_RANGE = "https://factcheck.example/problems/page-out-of-range";
    private static final String[] HUGE = { "107374183", "2147483647", "9223372036854775807", "99999999999999999999" };

    @Test
    void publicFeedRefusesAnOverflowingPageWithoutAToken() {
        for (String page : HUGE) {
            RestAssured.given().queryParam("page", page).get("/api/fact-checks")
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("type", equalTo(OUT_OF_RANGE));
            RestAssured.given().queryParam("page", page).get("/api/feed")
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("type", equalTo(OUT_OF_RANGE));
        }
    }

    @Test
    void queueAuditAndWebhooksRefuseAnOverflowingPage() {
        for (String page : HUGE) {
            as(ADMIN).queryParam("page", page).get("/api/webhooks")
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("type", equalTo(OUT_OF_RANGE));
            as(ADMIN).queryParam("page", page).get("/api/queue")
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("type", equalTo(OUT_OF_RANGE));
            as(AUDREY).queryParam("page", page).queryParam("size", "1").get("/api/audit/events")
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("type", equalTo(OUT_OF_RANGE));
        }
    }

    @Test
    void deepestPageWithinTheLimitIsServedEmpty() {
        RestAssured.given().queryParam("page", "10000").queryParam("size", "100").get("/api/fact-checks")
                .then().statusCode(200);
        as(ADMIN).queryParam("page", "10000").queryParam("size", "100").get("/api/queue")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("page", equalTo(10000));
    }
}
