package org.factcheck.claims.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.claims.support.ReviewServiceMock;
import org.factcheck.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ReviewServiceMock.class)
class RequestIdTest {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void wellFormedRequestIdIsEchoed() {
        given().auth().oauth2(Tokens.forUser("ivan", "ingest")).header("X-Request-Id", "gw-1234.abc:9")
                .when().get("/api/articles")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("gw-1234.abc:9"));
    }

    @Test
    void missingOrMalformedRequestIdIsReplacedByANewOne() {
        given().auth().oauth2(Tokens.forUser("ivan", "ingest"))
                .when().get("/api/articles")
                .then().header("X-Request-Id", matchesPattern(UUID));
        given().auth().oauth2(Tokens.forUser("ivan", "ingest")).header("X-Request-Id", "bad id\" with <stuff>")
                .when().get("/api/articles")
                .then().header("X-Request-Id", matchesPattern(UUID));
        given().auth().oauth2(Tokens.forUser("ivan", "ingest")).header("X-Request-Id", "x".repeat(129))
                .when().get("/api/articles")
                .then().header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void errorsCarryTheRequestIdToo() {
        given().auth().oauth2(Tokens.forUser("ivan", "ingest")).header("X-Request-Id", "trace-404")
                .when().get("/api/claims/nope")
                .then().statusCode(404)
                .header("X-Request-Id", equalTo("trace-404"));
        given().header("X-Request-Id", "trace-401")
                .when().get("/api/claims")
                .then().statusCode(401)
                .header("X-Request-Id", equalTo("trace-401"));
    }
}
