package org.factcheck.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.stream.Stream;

import org.factcheck.gateway.support.Backends;
import org.factcheck.gateway.support.FakeBackends;
import org.factcheck.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class HostileTokenTest {

    static Stream<Arguments> hostileTokens() {
        return Stream.of(
                Arguments.of("expired", Tokens.expired("alice", "reviewer")),
                Arguments.of("not yet valid", Tokens.notYetValid("alice", "reviewer")),
                Arguments.of("wrong issuer", Tokens.wrongIssuer("alice", "reviewer")),
                Arguments.of("wrong audience", Tokens.wrongAudience("alice", "reviewer")),
                Arguments.of("signed by another key", Tokens.signedByAnotherKey("alice", "reviewer")),
                Arguments.of("alg none", Tokens.unsigned("alice", "reviewer")),
                Arguments.of("payload edited", Tokens.payloadEdited("alice", "reviewer")),
                Arguments.of("garbage", "not-a-jwt"),
                Arguments.of("empty segments", ".."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTokens")
    void hostileTokenIsRefusedWith401AndNeverReachesTheService(String kind, String token) {
        String id = Backends.newRequestId();
        given().auth().oauth2(token).header("X-Request-Id", id)
                .get("/api/reviews")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .header("X-Request-Id", id)
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/reviews"));
        assertThat(Backends.saw("review", id)).as(kind).isFalse();
    }

    @Test
    void invalidTokenOnAPublicRouteIsStillRefused() {
        String id = Backends.newRequestId();
        given().auth().oauth2(Tokens.expired("alice", "reviewer")).header("X-Request-Id", id)
                .get("/api/fact-checks")
                .then().statusCode(401).contentType("application/problem+json");
        assertThat(Backends.saw("review", id)).isFalse();
    }

    @Test
    void sameRequestWithAValidTokenGetsThrough() {
        String id = Backends.newRequestId();
        given().auth().oauth2(Tokens.forUser("alice", "reviewer")).header("X-Request-Id", id)
                .get("/api/reviews")
                .then().statusCode(200);
        assertThat(Backends.saw("review", id)).isTrue();
    }
}
