package org.factcheck.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.factcheck.gateway.support.Backends;
import org.factcheck.gateway.support.FakeBackends;
import org.factcheck.testing.Tokens;
import org.factcheck.security.CachedBearerMechanism;
import org.factcheck.security.VerifiedTokenCache;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class VerifiedTokenCacheTest {

    @Inject
    VerifiedTokenCache cache;

    @Inject
    CachedBearerMechanism mechanism;


    @Test
    void tokenCheckedOnceIsRememberedForItsNextRequests() {
        String token = Tokens.forUser("alice", "reviewer");
        assertThat(cache.find(token)).isNull();

        get(token).then().statusCode(200);

        assertThat(cache.find(token)).isNotNull();
        assertThat(cache.find(token).getPrincipal().getName()).isEqualTo("alice");
        String id = Backends.newRequestId();
        given().auth().oauth2(token).header("X-Request-Id", id).get("/api/reviews").then().statusCode(200);
        assertThat(Backends.saw("review", id)).isTrue();
    }

    @Test
    void rememberedIdentityIsServedWithoutCheckingTheTokenAgain() {
        String token = Tokens.forUser("alice", "reviewer");
        get(token).then().statusCode(200);
        // an identity filed under a string no signature check would pass: only the cache can let it through
        String unverifiable = Tokens.signedByAnotherKey("alice", "reviewer");
        cache.remember(unverifiable, cache.find(token));

        get(unverifiable).then().statusCode(200);
        get(Tokens.signedByAnotherKey("alice", "reviewer")).then().statusCode(401);
    }

    @Test
    void cachedMechanismAnswersOnlyForARememberedTokenAndLeavesTheRestToOidc() {
        String token = Tokens.forUser("alice", "reviewer");
        assertThat(mechanism.identityFor("Bearer " + token)).isNull();
        get(token).then().statusCode(200);

        assertThat(mechanism.identityFor("Bearer " + token)).isSameAs(cache.find(token));
        assertThat(mechanism.identityFor("bearer " + token)).isSameAs(cache.find(token));
        assertThat(mechanism.identityFor("Bearer " + Tokens.escalated(token))).isNull();
        assertThat(mechanism.identityFor("Basic " + token)).isNull();
        assertThat(mechanism.identityFor("Bearer ")).isNull();
        assertThat(mechanism.identityFor(null)).isNull();
    }

    @Test
    void editedCopyOfARememberedTokenIsStillRefused() {
        String token = Tokens.forUser("alice", "reviewer");
        get(token).then().statusCode(200);
        assertThat(cache.find(token)).isNotNull();

        String id = Backends.newRequestId();
        given().auth().oauth2(Tokens.escalated(token)).header("X-Request-Id", id)
                .get("/api/audit/events")
                .then().statusCode(401).contentType("application/problem+json");
        assertThat(Backends.saw("review", id)).isFalse();
    }

    @Test
    void rememberedTokenIsRefusedOnceItExpires() throws InterruptedException {
        String token = Tokens.expiringIn(2, "alice", "reviewer");
        get(token).then().statusCode(200);
        assertThat(cache.find(token)).isNotNull();

        Thread.sleep(3_200);

        assertThat(cache.find(token)).isNull();
        get(token).then().statusCode(401);
    }

    @Test
    void refusedTokenIsNeverRemembered() {
        String token = Tokens.wrongAudience("alice", "reviewer");
        get(token).then().statusCode(401);
        assertThat(cache.find(token)).isNull();
    }

    private static io.restassured.response.Response get(String token) {
        return given().auth().oauth2(token).get("/api/reviews");
    }
}
