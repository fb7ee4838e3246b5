package org.factcheck.review.support;

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
        return forUserWithDesks(username, null, roles);
    }

    /** A token with the {@code desks} claim (a Keycloak user attribute mapped into the token). */
    public static String forUserWithDesks(String username, List<String> desks, String... roles) {
        var builder = Jwt.preferredUserName(username)
                .subject(username + "-id")
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (desks != null) {
            builder.claim("desks", desks);
        }
        return builder.sign();
    }
}
