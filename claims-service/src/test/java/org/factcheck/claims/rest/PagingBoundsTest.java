package org.factcheck.claims.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.bson.types.ObjectId;
import org.factcheck.claims.support.ReviewServiceMock;
import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.testing.Tokens;
import org.factcheck.web.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every paged route: a page far beyond the data is a 400 problem, never an int overflow into a 500. */
@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ReviewServiceMock.class)
class PagingBoundsTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/articles", "/api/claims", "/api/handover/failed" })
    void overflowingPageIsA400Problem(String route) {
        for (String page : new String[] { "107374183", "2147483647", "9223372036854775807", "99999999999999999999" }) {
            given().auth().oauth2(Tokens.forUser("erin", "editor")).queryParam("page", page).queryParam("size", "20")
                    .when().get(route)
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("https://factcheck.example/problems/page-out-of-range"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/articles", "/api/claims", "/api/handover/failed" })
    void lastPageWithinTheLimitIsAnEmptyPage(String route) {
        given().auth().oauth2(Tokens.forUser("erin", "editor")).queryParam("page", "10000").queryParam("size", "100")
                .when().get(route)
                .then().statusCode(200).body("page", equalTo(10000)).body("items.size()", equalTo(0));
    }

    @org.junit.jupiter.api.Test
    void claimsOfAnUnknownArticleAreCheckedForTheirPageFirst() {
        given().auth().oauth2(Tokens.forUser("erin", "editor")).queryParam("page", "107374183")
                .when().get("/api/articles/" + new ObjectId().toHexString() + "/claims")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://factcheck.example/problems/page-out-of-range"));
    }
}
