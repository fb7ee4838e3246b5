package org.factcheck.testing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Access tokens shaped like Keycloak's, signed by the key {@code OidcWiremockTestResource} publishes, and hostile ones. */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "factcheck-api";

    private Tokens() {
    }

    public static String forUser(String username, String... roles) {
        return claims(username, roles).sign();
    }

    /** A token with the {@code desks} claim (a Keycloak user attribute mapped into the token). */
    public static String forUserWithDesks(String username, List<String> desks, String... roles) {
        JwtClaimsBuilder builder = claims(username, roles);
        if (desks != null) {
            builder.claim("desks", desks);
        }
        return builder.sign();
    }

    /** {@code token} with {@code role} renamed to {@code to} in its payload, the signature kept: a forgery. */
    public static String withRoleRenamed(String token, String role, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return parts[0] + "." + b64(payload.replace(role, to)) + "." + parts[2];
    }

    /** Valid now, expired {@code seconds} from now. */
    public static String expiringIn(long seconds, String username, String... roles) {
        Instant now = Instant.now();
        return claims(username, roles).issuedAt(now).expiresAt(now.plusSeconds(seconds)).sign();
    }

    /** {@code token} with its payload swapped for one with more roles; its own signature kept. */
    public static String escalated(String token) {
        String[] parts = token.split("\\.");
        String[] escalated = forUser("alice", "editor", "admin", "auditor").split("\\.");
        return parts[0] + "." + escalated[1] + "." + parts[2];
    }

    public static String expired(String username, String... roles) {
        Instant past = Instant.now().minusSeconds(3600);
        return claims(username, roles).issuedAt(past.minusSeconds(300)).expiresAt(past).sign();
    }

    public static String notYetValid(String username, String... roles) {
        Instant future = Instant.now().plusSeconds(3600);
        return claims(username, roles).claim("nbf", future.getEpochSecond()).issuedAt(future)
                .expiresAt(future.plusSeconds(300)).sign();
    }

    public static String wrongIssuer(String username, String... roles) {
        return claims(username, roles).issuer("https://attacker.example.com").sign();
    }

    public static String wrongAudience(String username, String... roles) {
        return claims(username, roles).audience("some-other-api").sign();
    }

    /** Well-formed, but signed by a key the identity provider never published. */
    public static String signedByAnotherKey(String username, String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return claims(username, roles).jws().keyId("1").sign(pair.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}, no signature. */
    public static String unsigned(String username, String... roles) {
        String valid = forUser(username, roles);
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + valid.split("\\.")[1] + ".";
    }

    /** A valid token whose payload was swapped for one with more roles; the signature no longer matches. */
    public static String payloadEdited(String username, String... roles) {
        String[] parts = forUser(username, roles).split("\\.");
        String[] escalated = forUser(username, "editor", "admin", "auditor").split("\\.");
        return parts[0] + "." + escalated[1] + "." + parts[2];
    }

    /**
     * Long enough for the slowest test run: the builder's default of five minutes from signing let the static
     * tokens of a test class expire mid-run on a loaded machine. Tests of expiry set their own times.
     */
    private static final long LIFESPAN_SECONDS = 12 * 3600;

    private static JwtClaimsBuilder claims(String username, String... roles) {
        return Jwt.preferredUserName(username)
                .expiresIn(LIFESPAN_SECONDS)
                .subject(username + "-id")
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
