package org.factcheck.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/** What every component's health endpoint promises; a service's {@code HealthTest} extends it with its resources. */
public abstract class HealthContract {

    @Test
    void healthIsUpWithoutAToken() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void operatorEndpointsAreReadOnly() {
        for (String path : new String[] { "/q/health", "/q/metrics", "/q/openapi" }) {
            given().post(path).then().statusCode(405).contentType("application/problem+json")
                    .header("Allow", "GET, HEAD, OPTIONS")
                    .body("type", equalTo("https://factcheck.example/problems/method-not-allowed"));
        }
    }

    @Test
    void plainOptionsOnOperatorEndpointsListsTheMethodsWithoutABody() {
        for (String path : new String[] { "/q/health", "/q/metrics", "/q/openapi" }) {
            given().options(path).then().statusCode(204).header("Allow", "GET, HEAD, OPTIONS").body(emptyString());
        }
    }

    @Test
    void metricsInAFormatNobodyCanScrapeIsANotAcceptableProblem() {
        given().accept("application/xml").get("/q/metrics").then().statusCode(406)
                .contentType("application/problem+json").body("status", equalTo(406));
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("text/plain"));
    }
}
