package org.factcheck.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.jwt.build.Jwt;

/**
 * Tokens an attacker could present. Each is refused with 401 at the gateway; a control request with a genuine
 * token shows the same route answers otherwise.
 */
@ExtendWith(StackExtension.class)
class HostileTokenIT {

    private static final String ROUTE = "/api/claims";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void genuineTokenIsAcceptedAsAControl(Stack stack) {
        given().auth().oauth2(stack.token("alice")).when().get(ROUTE).then().statusCode(200);
    }

    @Test
    void tokenSignedByAKeyKeycloakNeverIssuedIsRefused(Stack stack) {
        String forged = Jwt.issuer(stack.issuer()).audience("factcheck-api").preferredUserName("alice")
                .claim("realm_access", Map.of("roles", List.of("reviewer", "editor", "auditor", "admin")))
                .expiresIn(600).jws().keyId(keyIdOf(stack)).sign(freshRsaKey().getPrivate());
        assertRefused(forged);
    }

    @Test
    void tokenNotYetValidIsRefused(Stack stack) {
        String future = Jwt.issuer(stack.issuer()).audience("factcheck-api").preferredUserName("alice")
                .issuedAt(Instant.now().plusSeconds(3600)).claim("nbf", Instant.now().plusSeconds(3600).getEpochSecond())
                .expiresAt(Instant.now().plusSeconds(7200)).jws().sign(freshRsaKey().getPrivate());
        assertRefused(future);
    }

    @Test
    void unsignedTokenWithAlgNoneIsRefused(Stack stack) {
        String[] parts = stack.token("alice").split("\\.");
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        assertRefused(header + "." + parts[1] + ".");
        assertRefused(header + "." + parts[1]);
    }

    @Test
    void hs256TokenSignedWithThePublicKeyIsRefused(Stack stack) throws Exception {
        String[] parts = stack.token("alice").split("\\.");
        String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + keyIdOf(stack) + "\"}");
        JsonNode jwks = JSON.readTree(given().baseUri("http://localhost").port(stack.keycloakPort())
                .get("/realms/factcheck/protocol/openid-connect/certs").asString());
        byte[] publicKey = jwks.path("keys").get(0).path("n").asText().getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicKey, "HmacSHA256"));
        String signingInput = header + "." + parts[1];
        String signature = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        assertRefused(signingInput + "." + signature);
    }

    @Test
    void genuineTokenWithAnEditedPayloadIsRefused(Stack stack) throws Exception {
        String[] parts = stack.token("alice").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"reviewer\"", "\"auditor\",\"editor\",\"admin\"");
        assertRefused(parts[0] + "." + b64(payload) + "." + parts[2]);
    }

    @Test
    void tokenIssuedUnderAnotherHostNameIsRefusedAsWrongIssuer(Stack stack) {
        // Keycloak names the issuer after the host the token was requested from
        String token = given().baseUri("http://127.0.0.1").port(stack.keycloakPort()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "factcheck-cli")
                .formParam("username", "alice").formParam("password", "alice")
                .post("/realms/factcheck/protocol/openid-connect/token").jsonPath().getString("access_token");
        assertThat(claims(token).path("iss").asText()).startsWith("http://127.0.0.1:");
        assertRefused(token);
    }

    @Test
    void tokenWithoutTheApiAudienceIsRefused(Stack stack) {
        // admin-cli exists in every realm and has no audience mapper for factcheck-api
        String token = given().baseUri("http://localhost").port(stack.keycloakPort()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "alice").formParam("password", "alice")
                .post("/realms/factcheck/protocol/openid-connect/token").jsonPath().getString("access_token");
        assertThat(claims(token).path("aud").toString()).doesNotContain("factcheck-api");
        assertRefused(token);
    }

    @Test
    void tokenFromAnotherRealmIsRefused(Stack stack) {
        String token = given().baseUri("http://localhost").port(stack.keycloakPort()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post("/realms/master/protocol/openid-connect/token").jsonPath().getString("access_token");
        assertThat(claims(token).path("iss").asText()).endsWith("/realms/master");
        assertRefused(token);
    }

    @Test
    void expiredTokenIsRefused(Stack stack) throws Exception {
        KeycloakAdmin admin = new KeycloakAdmin(stack);
        String clientId = admin.shortLivedClient(1);
        String token = given().baseUri("http://localhost").port(stack.keycloakPort()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", "alice").formParam("password", "alice")
                .post("/realms/factcheck/protocol/openid-connect/token").jsonPath().getString("access_token");
        long exp = claims(token).path("exp").asLong();
        while (Instant.now().getEpochSecond() <= exp + 1) {
            Thread.sleep(250);
        }
        assertRefused(token);
    }

    @Test
    void garbageInTheAuthorizationHeaderIsRefused() {
        assertRefused("not-a-jwt");
        given().header("Authorization", "Basic YWxpY2U6YWxpY2U=").when().get(ROUTE).then().statusCode(401);
    }

    private static void assertRefused(String token) {
        given().auth().oauth2(token).when().get(ROUTE)
                .then().statusCode(401);
    }

    private static String keyIdOf(Stack stack) {
        return claimsOfHeader(stack.token("bob")).path("kid").asText();
    }

    private static JsonNode claims(String jwt) {
        return decode(jwt.split("\\.")[1]);
    }

    private static JsonNode claimsOfHeader(String jwt) {
        return decode(jwt.split("\\.")[0]);
    }

    private static JsonNode decode(String part) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair freshRsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
