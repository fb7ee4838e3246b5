package org.factcheck.claims.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.claims.support.ReviewServiceMock;
import org.factcheck.testing.Tokens;
import org.factcheck.security.VerifiedTokenCache;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/** The claims-service checks a token once and remembers it; nothing else gets through on the strength of that. */
@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ReviewServiceMock.class)
class VerifiedTokenTest {

    private static final Map<String, String> DOCUMENT = Map.of("text", "Rents rose 12% in 2024.");

    @Inject
    VerifiedTokenCache cache;

    @Test
    void tokenCheckedOnceIsRememberedWithItsRoles() {
        String token = Tokens.forUser("ivan", "ingest");
        assertThat(cache.find(token)).isNull();

        extract(token).then().statusCode(200);

        assertThat(cache.find(token)).isNotNull();
        assertThat(cache.find(token).getRoles()).contains("ingest");
        extract(token).then().statusCode(200);
    }

    @Test
    void rememberedTokenGrantsNoMoreThanItsRoles() {
        String token = Tokens.forUser("rita", "auditor");
        given().auth().oauth2(token).get("/api/claims").then().statusCode(200);
        assertThat(cache.find(token)).isNotNull();

        extract(token).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void editedCopyOfARememberedTokenIsRefused() {
        String token = Tokens.forUser("ivan", "reviewer");
        extract(token).then().statusCode(200);

        String escalated = Tokens.withRoleRenamed(token, "reviewer", "editor");

        extract(escalated).then().statusCode(401);
        assertThat(cache.find(escalated)).isNull();
    }

    @Test
    void expiredTokenIsRefusedAndNeverRemembered() {
        String expired = Tokens.expired("ivan", "ingest");

        extract(expired).then().statusCode(401);
        assertThat(cache.find(expired)).isNull();
    }

    private static io.restassured.response.Response extract(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(DOCUMENT).post("/api/extract");
    }
}
