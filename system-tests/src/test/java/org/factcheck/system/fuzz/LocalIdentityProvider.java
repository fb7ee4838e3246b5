package org.factcheck.system.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Stands in for Keycloak: OIDC discovery and a JWKS with one RSA key, and access tokens like Keycloak's signed
 * with it. Enough for the services to verify bearer tokens; it issues no tokens over HTTP.
 */
final class LocalIdentityProvider implements AutoCloseable {

    static final String AUDIENCE = "factcheck-api";
    private static final String KEY_ID = "fuzz-key";

    private final HttpServer server;
    private final KeyPair keys;
    private final KeyPair otherKeys;

    private LocalIdentityProvider(HttpServer server, KeyPair keys, KeyPair otherKeys) {
        this.server = server;
        this.keys = keys;
        this.otherKeys = otherKeys;
    }

    static LocalIdentityProvider start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            LocalIdentityProvider idp = new LocalIdentityProvider(server, generator.generateKeyPair(),
                    generator.generateKeyPair());
            server.createContext("/realms/factcheck/.well-known/openid-configuration", idp::discovery);
            server.createContext("/realms/factcheck/protocol/openid-connect/certs", idp::jwks);
            server.start();
            return idp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/factcheck";
    }

    String token(String user, String... roles) {
        return claims(user, roles).jws().keyId(KEY_ID).sign(keys.getPrivate());
    }

    String expiredToken(String user, String... roles) {
        Instant past = Instant.now().minusSeconds(3600);
        return claims(user, roles).issuedAt(past.minusSeconds(300)).expiresAt(past).jws().keyId(KEY_ID)
                .sign(keys.getPrivate());
    }

    /** Well-formed and unexpired, but signed by a key this provider never published. */
    String forgedToken(String user, String... roles) {
        return claims(user, roles).jws().keyId(KEY_ID).sign(otherKeys.getPrivate());
    }

    private JwtClaimsBuilder claims(String user, String... roles) {
        return Jwt.preferredUserName(user).subject(user + "-id").issuer(issuer()).audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles))).expiresIn(3600);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String issuer = issuer();
        send(exchange, "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\","
                + "\"token_endpoint\":\"" + issuer + "/protocol/openid-connect/token\","
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
    }

    private void jwks(HttpExchange exchange) throws IOException {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        send(exchange, "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"" + KEY_ID + "\",\"use\":\"sig\",\"alg\":\"RS256\","
                + "\"n\":\"" + b64.encodeToString(unsigned(key.getModulus().toByteArray())) + "\","
                + "\"e\":\"" + b64.encodeToString(unsigned(key.getPublicExponent().toByteArray())) + "\"}]}");
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
