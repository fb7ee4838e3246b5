package org.factcheck.claims.support;

import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/** Access tokens shaped like Keycloak's, signed by the key {@code OidcWiremockTestResource} publishes. */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "factcheck-api";

    private Tokens() {
    }

    public static String forUser(String username, String... roles) {
        return Jwt.preferredUserName(username)
                .subject(username + "-id")
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .sign();
    }
}
