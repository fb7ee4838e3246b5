package org.factcheck.review.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.factcheck.security.VerifiedTokenCache;
import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The review-service checks a token once and remembers it, with the same name and roles; nothing more. */
@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class VerifiedTokenTest {

    @Inject
    VerifiedTokenCache cache;

    @Test
    void aRememberedTokenStillActsAsItsOwnUser() {
        String token = Tokens.forUser("rosa", "reviewer");
        assertThat(cache.find(token)).isNull();

        given().auth().oauth2(token).get("/api/queue").then().statusCode(200);
        assertThat(cache.find(token)).isNotNull();
        assertThat(cache.find(token).getRoles()).contains("reviewer");

        // the second request is served from the cache and still knows who is asking
        var next = given().auth().oauth2(token).post("/api/queue/next");
        assertThat(next.statusCode()).isIn(200, 204); // other tests may have left claims in the shared store
        if (next.statusCode() == 200) {
            assertThat(next.asString()).contains("\"rosa\"");
        }
        given().auth().oauth2(token).get("/api/queue").then().statusCode(200);
    }

    @Test
    void aRememberedTokenGrantsNoMoreThanItsRoles() {
        String token = Tokens.forUser("aude", "auditor");
        given().auth().oauth2(token).get("/api/audit/verify").then().statusCode(200);
        assertThat(cache.find(token)).isNotNull();

        given().auth().oauth2(token).post("/api/queue/next").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void anEditedCopyOfARememberedTokenIsRefused() {
        String token = Tokens.forUser("rex", "reviewer");
        given().auth().oauth2(token).get("/api/queue").then().statusCode(200);

        String escalated = Tokens.withRoleRenamed(token, "reviewer", "editor");

        given().auth().oauth2(escalated).get("/api/queue").then().statusCode(401);
        assertThat(cache.find(escalated)).isNull();
    }
}
