package org.factcheck.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/** What every component's health endpoint promises; a service's {@code HealthTest} extends it with its resources. */
public abstract class HealthContract {

    @Test
    void healthIsUpWithoutAToken() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
