package org.factcheck.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import jakarta.inject.Inject;

import org.factcheck.gateway.support.FakeBackends;
import org.factcheck.gateway.support.TightLimitsProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

@QuarkusTest
@TestProfile(TightLimitsProfile.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class DownstreamFaultTest {

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void closeCircuits() {
        circuitBreakers.resetAll();
    }

    @Test
    void unreachableServiceGives503ProblemWithRetryAfter() {
        given().header("X-Forwarded-For", ip()).get("/api/dead/1")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://factcheck.example/problems/service-unavailable"))
                .body("detail", containsString("cannot be reached"));
    }

    @Test
    void serviceThatDoesNotAnswerInTimeGives503Not200Later() {
        // the fake answers .../slow after 3 s; the gateway's idle timeout here is 0.5 s
        given().header("X-Forwarded-For", ip()).get("/api/fact-checks/slow")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("in time"));
    }

    @Test
    void circuitOpensAfterRepeatedFailuresAndThenAnswersWithoutCalling() {
        String ip = ip();
        for (int i = 0; i < TightLimitsProfile.CIRCUIT_WINDOW; i++) {
            given().header("X-Forwarded-For", ip).post("/api/dead/x").then().statusCode(503)
                    .body("type", equalTo("https://factcheck.example/problems/service-unavailable"));
        }
        assertThat(circuitBreakers.currentState(DownstreamProxies.circuitBreakerName("dead")))
                .isEqualTo(CircuitBreakerState.OPEN);
        given().header("X-Forwarded-For", ip).get("/api/dead/x").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("type", equalTo("https://factcheck.example/problems/circuit-open"));
    }

    @Test
    void oneServiceFailingLeavesTheOthersAlone() {
        String ip = ip();
        for (int i = 0; i < TightLimitsProfile.CIRCUIT_WINDOW; i++) {
            given().header("X-Forwarded-For", ip).get("/api/dead/x").then().statusCode(503);
        }
        given().header("X-Forwarded-For", ip).get("/api/fact-checks/1").then().statusCode(200);
        assertThat(circuitBreakers.currentState(DownstreamProxies.circuitBreakerName("review")))
                .isEqualTo(CircuitBreakerState.CLOSED);
    }

    @Test
    void serviceErrorsPassThroughUnchanged() {
        given().header("X-Forwarded-For", ip()).get("/api/fact-checks/status/409")
                .then().statusCode(409).body("service", equalTo("review"));
    }

    @Test
    void openApiOfAnUnreachableServiceIsLeftOutWithANote() {
        given().get("/q/openapi-all").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/reviews"))
                .body("info.description", containsString("dead is left out"));
    }

    private static String ip() {
        return TightLimitsProfile.freshClientIp();
    }
}
