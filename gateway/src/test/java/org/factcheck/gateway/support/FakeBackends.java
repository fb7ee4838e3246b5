package org.factcheck.gateway.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Stand-ins for the two services (claims and review) and the front end, on random ports. Each echoes what reached it as JSON and remembers
 * the request ids it saw, so a test can ask {@code GET /__fake/seen/<id>} whether a request got through.
 * {@code .../slow} answers after 3 s, {@code .../status/<code>} with that status, {@code /q/openapi} a small document.
 */
public class FakeBackends implements QuarkusTestResourceLifecycleManager {

    /** The policy the fake front end sends with its pages. */
    public static final String FRONT_POLICY = "default-src 'self'";

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        return Map.of(
                "factcheck.gateway.services.claims.url", "http://localhost:" + listen("claims"),
                "factcheck.gateway.services.review.url", "http://localhost:" + listen("review"),
                "factcheck.gateway.front.url", "http://localhost:" + listen("front"));
    }

    private int listen(String service) {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> handle(service, seen, request));
        try {
            return server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("fake " + service + " did not start", e);
        }
    }

    private void handle(String service, Set<String> seen, HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/__fake/seen/")) {
            boolean wasSeen = seen.contains(path.substring("/__fake/seen/".length()));
            request.response().setStatusCode(wasSeen ? 200 : 404).end();
            return;
        }
        if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(openApi(service).encode());
            return;
        }
        String requestId = request.getHeader("X-Request-Id");
        if (requestId != null) {
            seen.add(requestId);
        }
        request.body().onSuccess(body -> {
            JsonObject echo = echo(service, request, body);
            if (path.endsWith("/slow")) {
                vertx.setTimer(3000, t -> reply(request, 200, echo));
            } else if (path.contains("/status/")) {
                reply(request, Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)), echo);
            } else {
                request.response().putHeader("X-Backend-Hop", "secret").putHeader("Connection", "X-Backend-Hop");
                reply(request, 200, echo);
            }
        });
    }

    private static JsonObject echo(String service, HttpServerRequest request, Buffer body) {
        JsonObject headers = new JsonObject();
        request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
        return new JsonObject()
                .put("service", service)
                .put("method", request.method().name())
                .put("uri", request.uri())
                .put("path", request.path())
                .put("authorization", request.getHeader("Authorization"))
                .put("requestId", request.getHeader("X-Request-Id"))
                .put("bodyLength", body.length())
                .put("headers", headers);
    }

    private static void reply(HttpServerRequest request, int status, JsonObject body) {
        if ("front".equals(body.getString("service"))) {
            request.response().putHeader("Content-Security-Policy", FRONT_POLICY).putHeader("Referrer-Policy", "same-origin");
        }
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }

    private static JsonObject openApi(String service) {
        String prefix = service.equals("claims") ? "/api/articles" : "/api/reviews";
        JsonObject problem = new JsonObject().put("type", "object")
                .put("properties", new JsonObject().put(service + "Field", new JsonObject().put("type", "string")));
        JsonObject get = new JsonObject().put("responses", new JsonObject().put("400", new JsonObject()
                .put("description", "bad").put("content", new JsonObject().put("application/problem+json",
                        new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/Problem"))))));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "Factcheck " + service).put("version", "1"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", service)))
                .put("paths", new JsonObject()
                        .put(prefix, new JsonObject().put("get", get))
                        .put("/internal/" + service, new JsonObject().put("post", new JsonObject()))
                        .put("/q/health", new JsonObject().put("get", new JsonObject())))
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put("Problem", problem)
                        .put(service + "Only", new JsonObject().put("type", "string"))));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
