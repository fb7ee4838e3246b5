package org.factcheck.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.factcheck.gateway.support.FakeBackends;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class AggregatedOpenApiTest {

    @Test
    void mergesTheRoutedPathsOfEveryService() {
        given().get("/q/openapi-all").then().statusCode(200)
                .body("paths", hasKey("/api/articles"))
                .body("paths", hasKey("/api/reviews"))
                .body("paths", not(hasKey("/internal/claims")))
                .body("paths", not(hasKey("/internal/review")))
                .body("paths", not(hasKey("/q/health")))
                .body("servers[0].url", equalTo("/"));
    }

    @Test
    void clashingComponentNamesAreQualifiedAndReferencesFollow() {
        given().get("/q/openapi-all").then().statusCode(200)
                .body("components.schemas", hasKey("claimsOnly"))
                .body("components.schemas", hasKey("reviewOnly"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", hasKey("review.Problem"))
                .body("paths.'/api/reviews'.get.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/review.Problem"));
    }

    @Test
    void headAnswersAsGetDoesWithoutABody() {
        given().head("/q/openapi-all").then().statusCode(200)
                .contentType("application/json")
                .body(equalTo(""));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("script-src 'self'"));
    }
}
