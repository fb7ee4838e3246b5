package org.factcheck.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.factcheck.gateway.support.Backends;
import org.factcheck.gateway.support.FakeBackends;
import org.factcheck.security.VerifiedTokenCache;
import org.factcheck.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** A token verified before is answered from the cache: every rule of the gateway still holds for it. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class RememberedTokenRoutingTest {

    @Inject
    VerifiedTokenCache cache;

    @Test
    void rememberedTokenStillMeetsTheRoleCheck() {
        String reviewer = remembered("alice", "reviewer");
        String id = Backends.newRequestId();

        given().auth().oauth2(reviewer).header("X-Request-Id", id).get("/api/audit/events")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(reviewer).header("X-Request-Id", id).contentType("application/json").body("{}")
                .post("/api/webhooks")
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(Backends.saw("review", id)).isFalse();
    }

    @Test
    void bodyOfARequestWithARememberedTokenReachesTheServiceWhole() {
        String ingest = remembered("ivan", "ingest");
        String large = "{\"text\":\"" + "x".repeat(300_000) + "\"}";

        for (String body : new String[] { "{\"title\":\"t\"}", large, "{\"title\":\"t\"}" }) {
            given().auth().oauth2(ingest).contentType("application/json").body(body).post("/api/articles")
                    .then().statusCode(200)
                    .body("service", equalTo("claims"))
                    .body("bodyLength", equalTo(body.length()));
        }
    }

    @Test
    void rememberedTokenFromABrowserOriginGetsTheCorsAnswer() {
        String reviewer = remembered("alice", "reviewer");

        given().auth().oauth2(reviewer).header("Origin", "http://localhost:3000").get("/api/reviews")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().auth().oauth2(reviewer).header("Origin", "https://evil.example").get("/api/reviews")
                .then().statusCode(403).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void rememberedTokenGetsTheSameRefusalsForHiddenUnroutedAndUnnormalPaths() {
        String admin = remembered("root", "admin", "editor", "reviewer", "ingest", "auditor");
        String id = Backends.newRequestId();

        given().auth().oauth2(admin).header("X-Request-Id", id).get("/internal/claims")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin).header("X-Request-Id", id).get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin).urlEncodingEnabled(false).header("X-Request-Id", id).get("/api/reviews/x/%2e%2e/1")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).header("X-Request-Id", id).delete("/api/claims/1")
                .then().statusCode(405).header("Allow", "GET, HEAD");
        assertThat(Backends.saw("review", id)).isFalse();
        assertThat(Backends.saw("claims", id)).isFalse();
    }

    @Test
    void rememberedTokenOnTheGatewaysOwnPathsReachesThem() {
        String admin = remembered("root", "admin");

        given().auth().oauth2(admin).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().auth().oauth2(admin).get("/gateway/routes").then().statusCode(200);
    }

    /** A fresh token, sent once so that the gateway verifies and remembers it. */
    private String remembered(String user, String... roles) {
        String token = Tokens.forUser(user, roles);
        given().auth().oauth2(token).get("/api/fact-checks").then().statusCode(200);
        assertThat(cache.find(token)).as("token remembered after its first request").isNotNull();
        return token;
    }
}
