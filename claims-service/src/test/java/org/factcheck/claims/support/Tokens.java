package org.factcheck.claims.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Access tokens shaped like Keycloak's, signed by the key {@code OidcWiremockTestResource} publishes. */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "factcheck-api";

    private Tokens() {
    }

    public static String forUser(String username, String... roles) {
        return claims(username, roles).sign();
    }

    /** A token that expired ten minutes ago, otherwise valid. */
    public static String expired(String username, String... roles) {
        long past = System.currentTimeMillis() / 1000 - 600;
        return claims(username, roles).issuedAt(past - 300).expiresAt(past).sign();
    }

    /** {@code token} with {@code role} renamed to {@code to} in its payload, the signature kept: a forgery. */
    public static String withRoleRenamed(String token, String role, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace(role, to).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static JwtClaimsBuilder claims(String username, String... roles) {
        return Jwt.preferredUserName(username)
                .subject(username + "-id")
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)));
    }
}
