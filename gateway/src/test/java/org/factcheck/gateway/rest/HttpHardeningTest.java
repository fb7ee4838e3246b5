package org.factcheck.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factcheck.gateway.support.Backends;
import org.factcheck.gateway.support.FakeBackends;
import org.factcheck.gateway.support.RawHttp;
import org.factcheck.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class HttpHardeningTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void bodyOverOneMebibyteIsRefusedWith413BeforeReachingTheService() throws IOException {
        String id = Backends.newRequestId();
        String response = RawHttp.exchange(port, "POST /api/articles HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + Tokens.forUser("ivan", "ingest") + "\r\n"
                + "X-Request-Id: " + id + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (1024 * 1024 + 1) + "\r\n\r\n{\"title\":");
        assertThat(response).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("\"status\":413");
        assertThat(Backends.saw("claims", id)).isFalse();
    }

    @Test
    void bodyOfExactlyOneMebibyteGetsThrough() {
        given().auth().oauth2(Tokens.forUser("ivan", "ingest")).contentType("application/json")
                .body(new byte[1024 * 1024])
                .post("/api/articles")
                .then().statusCode(200).body("bodyLength", equalTo(1024 * 1024));
    }

    @Test
    void chunkedBodyWithoutLengthIsRefusedWith411() throws IOException {
        String id = Backends.newRequestId();
        String response = RawHttp.exchange(port, "POST /api/articles HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + Tokens.forUser("ivan", "ingest") + "\r\n"
                + "X-Request-Id: " + id + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n");
        assertThat(response).startsWith("HTTP/1.1 411").contains("application/problem+json");
        assertThat(Backends.saw("claims", id)).isFalse();
    }

    @Test
    void oversizedHeadersAreRefused() throws IOException {
        String response = RawHttp.exchange(port, "GET /api/fact-checks HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Padding: " + "a".repeat(20 * 1024) + "\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 431");
    }

    @Test
    void securityHeadersOnProxiedAndGatewayAnswers() {
        for (String path : new String[] { "/api/fact-checks", "/api/reviews", "/q/health", "/nowhere" }) {
            given().get(path).then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
    }

    @Test
    void authenticatedAnswersAreNotCached() {
        given().auth().oauth2(Tokens.forUser("alice", "reviewer")).get("/api/reviews")
                .then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void preflightFromAllowedOriginIsAnswered() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/articles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    @Test
    void preflightFromOtherOriginIsRefused() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/articles")
                .then().statusCode(403).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void simpleRequestFromOtherOriginGetsNoCorsGrant() {
        given().header("Origin", "https://evil.example").get("/api/fact-checks")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
