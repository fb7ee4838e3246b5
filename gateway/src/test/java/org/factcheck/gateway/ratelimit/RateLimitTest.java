package org.factcheck.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.factcheck.gateway.support.FakeBackends;
import org.factcheck.gateway.support.TightLimitsProfile;
import org.factcheck.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

@QuarkusTest
@TestProfile(TightLimitsProfile.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class RateLimitTest {

    @Test
    void userOverTheirBucketGets429WithRetryAfterWhileOthersGoOn() {
        String ip = freshIp();
        String token = Tokens.forUser("burst-" + ip, "reviewer");
        for (int i = 0; i < TightLimitsProfile.USER_CAPACITY; i++) {
            given().auth().oauth2(token).header("X-Forwarded-For", ip).get("/api/reviews").then().statusCode(200);
        }
        Response refused = given().auth().oauth2(token).header("X-Forwarded-For", ip).get("/api/reviews");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("detail", containsString("user"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);

        given().auth().oauth2(Tokens.forUser("calm-" + ip, "reviewer")).header("X-Forwarded-For", ip)
                .get("/api/reviews").then().statusCode(200);
    }

    @Test
    void clientAddressOverItsBucketGets429EvenWithoutToken() {
        String ip = freshIp();
        for (int i = 0; i < TightLimitsProfile.IP_CAPACITY; i++) {
            given().header("X-Forwarded-For", ip).get("/api/fact-checks").then().statusCode(200);
        }
        Response refused = given().header("X-Forwarded-For", ip).get("/api/fact-checks");
        refused.then().statusCode(429).contentType("application/problem+json").body("detail", containsString("address"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);

        given().header("X-Forwarded-For", freshIp()).get("/api/fact-checks").then().statusCode(200);
    }

    @Test
    void healthIsNeverRateLimited() {
        String ip = freshIp();
        for (int i = 0; i < TightLimitsProfile.IP_CAPACITY + 3; i++) {
            given().header("X-Forwarded-For", ip).get("/q/health/live").then().statusCode(200);
        }
    }

    private static String freshIp() {
        return TightLimitsProfile.freshClientIp();
    }
}
