package org.factcheck.claims.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Plays the review-service's {@code POST /internal/claims} with WireMock on a fixed free port (so a test can stop
 * and restart it: connection refused in between). Accepts everything with 201 unless a test says otherwise.
 */
public class ReviewServiceMock implements QuarkusTestResourceLifecycleManager {

    public static final String PATH = "/internal/claims";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().port(freePort()));
        server.start();
        acceptAll(server);
        return Map.of("quarkus.rest-client.review.url", server.baseUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectReviewService.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Forget stubs and journal; answer 201 to every hand-over. */
    public static void acceptAll(WireMockServer server) {
        server.resetAll();
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(201)));
    }

    public static void answer(WireMockServer server, int status) {
        server.resetMappings();
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":" + status + "}")));
    }

    /** The hand-over bodies the mock received, for one claim id. */
    public static List<JsonNode> receivedFor(WireMockServer server, String claimId) {
        return received(server).stream().filter(b -> claimId.equals(b.path("claimId").asText())).toList();
    }

    public static List<LoggedRequest> requestsFor(WireMockServer server, String claimId) {
        return server.findAll(postRequestedFor(urlEqualTo(PATH))).stream()
                .filter(r -> claimId.equals(parse(r.getBodyAsString()).path("claimId").asText()))
                .toList();
    }

    public static List<JsonNode> received(WireMockServer server) {
        return server.findAll(postRequestedFor(urlEqualTo(PATH))).stream()
                .map(r -> parse(r.getBodyAsString()))
                .toList();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
