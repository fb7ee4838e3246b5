package org.factcheck.system.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random requests at every route of the gateway's route table, through the gateway to the real services: random
 * methods, paths below each prefix, query strings, headers and JSON bodies. Whatever arrives, the answer is never a
 * 5xx, an error is always application/problem+json, and a request without the right to write, or with a body that
 * cannot be valid, writes nothing (every collection keeps its document count).
 */
class GatewayFuzzIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> READ_METHODS = List.of("GET", "HEAD", "OPTIONS");
    private static final List<String> WRITE_METHODS = List.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> WORDS = List.of("next", "history", "verdicts", "approve", "return", "dismiss",
            "routing", "lease", "renew", "release", "events", "verify", "claims", "failed", "retry", "6b0f7be5fc1e7f9cf85c2a2e",
            "claim-1", "..", ".", "%2e%2e", "%2F", "%5C", "%00", "%C3%A4", "%E2%80%AE", "%FF", "a%20b", "~", "*", "$where",
            "x".repeat(300));
    private static final List<String> PARAMS = List.of("page", "size", "since", "q", "type", "minScore", "state",
            "desk", "from", "to", "actor", "claimId", "format", "limit", "x");
    private static final List<String> FIELDS = List.of("title", "text", "html", "url", "outlet", "publishedAt",
            "language", "rating", "explanation", "sources", "claimId", "quantities", "desk", "priority", "highStakes",
            "reason", "$gt", "$where");

    private static FuzzStack stack;
    private static HttpClient http;
    private static List<Route> routes;
    private static Map<String, Long> countsBefore;
    private static List<String> readOnlyAuthorizations;
    private static String auditor;
    private static List<String> writerTokens;
    private static final AtomicInteger SENT = new AtomicInteger();
    private static final Map<Integer, AtomicInteger> STATUSES = new java.util.concurrent.ConcurrentSkipListMap<>();

    record Route(String prefix, List<String> methods) {
    }

    record Call(String method, String path, String query, Map<String, String> headers, String body) {
        @Override
        public String toString() {
            return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " " + headers.keySet() + " body="
                    + (body == null ? "none" : body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
    }

    @BeforeContainer
    static void startTheStack() throws IOException, InterruptedException {
        stack = FuzzStack.start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        JsonNode table = JSON.readTree(send(new Call("GET", "/gateway/routes", "", Map.of(), null)).body());
        routes = new ArrayList<>();
        table.path("routes").forEach(r -> {
            List<String> methods = new ArrayList<>();
            r.path("methods").fieldNames().forEachRemaining(methods::add);
            routes.add(new Route(r.path("prefix").asText(), methods));
        });
        assertThat(routes).hasSizeGreaterThanOrEqualTo(9);

        LocalIdentityProvider idp = stack.idp();
        auditor = "Bearer " + idp.token("audrey", "auditor");
        readOnlyAuthorizations = List.of("", "Bearer ..", "Bearer not-a-token", "Bearer a.b.c", "Basic YWxpY2U6YWxpY2U=",
                "Bearer " + idp.expiredToken("ivan", "ingest", "editor"),
                "Bearer " + idp.forgedToken("ivan", "ingest", "editor", "admin"),
                auditor, "Bearer " + idp.token("nobody"));
        writerTokens = List.of(idp.token("ivan", "ingest"), idp.token("erin", "editor"),
                idp.token("alice", "reviewer"), idp.token("root", "admin"), idp.token("eddie", "editor", "reviewer"),
                idp.token("audrey", "auditor", "editor", "reviewer", "ingest", "admin"));

        // something to read: one article with its claims (the hand-over is off, so nothing else moves)
        HttpResponse<String> created = send(new Call("POST", "/api/articles", "",
                Map.of("Authorization", "Bearer " + writerTokens.get(0), "Content-Type", "application/json"),
                "{\"title\":\"Budget\",\"text\":\"The city spent 4.2 million euros on new buses in 2023, officials "
                        + "said. Unemployment fell to 3.1 percent, the lowest since 1990.\"}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        countsBefore = stack.counts();
        assertThat(countsBefore).containsKeys("claims.articles", "claims.claims");
    }

    @AfterContainer
    static void stopTheStack() {
        System.out.printf("GatewayFuzzIT: %d requests through the gateway, answers by status %s%n", SENT.get(), STATUSES);
        if (stack != null) {
            stack.close();
        }
    }

    @AfterProperty
    void nothingWasWritten() {
        assertThat(stack.counts()).isEqualTo(countsBefore);
    }

    @Example
    void publicFeedOverflowPageIsA400ProblemThroughTheGateway() throws Exception {
        HttpResponse<String> response = send(new Call("GET", "/api/fact-checks", "page=107374183", Map.of(), null));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("type").asText())
                .isEqualTo("https://factcheck.example/problems/page-out-of-range");
    }

    @Example
    void everyPagedListRefusesAnOverflowPage() throws Exception {
        String admin = "Bearer " + stack.idp().token("root", "admin", "editor", "reviewer", "auditor", "ingest");
        for (String path : List.of("/api/articles", "/api/claims", "/api/handover/failed", "/api/queue",
                "/api/audit/events", "/api/fact-checks", "/api/feed", "/api/webhooks")) {
            HttpResponse<String> response = send(new Call("GET", path, "page=107374183&size=100",
                    Map.of("Authorization", admin), null));
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("type").asText()).as(path).endsWith("/page-out-of-range");
        }
    }

    /** Anyone without the right to write: no token, a broken, expired or forged one, or a read-only role. */
    @Property(tries = 8000, shrinking = ShrinkingMode.BOUNDED)
    void withoutTheRightToWriteAnythingIsAnsweredCleanly(@ForAll("unprivileged") Call call) throws Exception {
        check(call);
    }

    /** Writers with bodies that cannot be valid: broken JSON, JSON of the wrong shape, fields of the wrong type. */
    @Property(tries = 2000, shrinking = ShrinkingMode.BOUNDED)
    void writersWithInvalidBodiesAreRefusedCleanly(@ForAll("invalidWrites") Call call) throws Exception {
        check(call);
    }

    /** Every role reading: random paths, query strings and headers reach the services with the right to read. */
    @Property(tries = 2000, shrinking = ShrinkingMode.BOUNDED)
    void privilegedReadsAreAnsweredCleanly(@ForAll("privilegedReads") Call call) throws Exception {
        check(call);
    }

    private static void check(Call call) throws Exception {
        HttpResponse<String> response = send(call);
        int status = response.statusCode();
        STATUSES.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        assertThat(status).as("%s -> %s", call, response.body()).isLessThan(500);
        if (status >= 400 && !call.method().equals("HEAD")) {
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as("%s -> %d %s", call, status, response.body()).startsWith("application/problem+json");
            assertThat(response.body()).as("%s", call).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Provide
    Arbitrary<Call> unprivileged() {
        Arbitrary<String> method = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(READ_METHODS)), net.jqwik.api.Tuple.of(4, Arbitraries.of(WRITE_METHODS)));
        // half of them reach the services: no token (public routes) or a read-only auditor
        Arbitrary<String> authorization = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(auditor)),
                net.jqwik.api.Tuple.of(5, Arbitraries.of(readOnlyAuthorizations)));
        return Combinators.combine(method, paths(), queries(), headers(), authorization, bodies())
                .as((m, path, query, headers, auth, body) -> call(m, path, query, headers, auth, body));
    }

    @Provide
    Arbitrary<Call> privilegedReads() {
        Arbitrary<String> token = Arbitraries.of(writerTokens).map(t -> "Bearer " + t);
        return Combinators.combine(Arbitraries.of("GET", "GET", "GET", "HEAD"), paths(), queries(), headers(), token)
                .as((m, path, query, headers, auth) -> call(m, path, query, headers, auth, null));
    }

    @Provide
    Arbitrary<Call> invalidWrites() {
        Arbitrary<String> method = Arbitraries.of("POST", "PUT", "PATCH");
        Arbitrary<String> path = Arbitraries.of("/api/articles", "/api/extract", "/api/reviews/6b0f7be5fc1e7f9cf85c2a2e/verdicts",
                "/api/reviews/claim-1/approve", "/api/reviews/claim-1/routing", "/api/reviews/claim-1/return");
        Arbitrary<String> token = Arbitraries.of(writerTokens).map(t -> "Bearer " + t);
        return Combinators.combine(method, path, queries(), token, invalidBodies())
                .as((m, p, query, auth, body) -> call(m, p, query, Map.of("Content-Type", "application/json"), auth, body));
    }

    private static Call call(String method, String path, String query, Map<String, String> headers, String auth,
            String body) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        if (!auth.isEmpty()) {
            all.put("Authorization", auth);
        }
        boolean hasBody = !READ_METHODS.contains(method) && body != null;
        return new Call(method, path, query, all, hasBody ? body : null);
    }

    private Arbitrary<String> paths() {
        Arbitrary<String> prefix = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.of(routes).map(Route::prefix)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("/api", "/internal/claims", "/api/unknown", "//api/claims",
                        "/API/claims", "/api/claims;x=1", "/api/./claims")));
        Arbitrary<String> segment = Arbitraries.oneOf(Arbitraries.of(WORDS),
                Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("-_.~").ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)));
        Arbitrary<List<String>> suffix = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(List.<String> of())),
                net.jqwik.api.Tuple.of(3, segment.list().ofSize(1)),
                net.jqwik.api.Tuple.of(2, segment.list().ofMinSize(2).ofMaxSize(4)));
        return Combinators.combine(prefix, suffix, Arbitraries.of("", "", "/"))
                .as((p, segments, slash) -> p + segments.stream().map(s -> "/" + s).collect(Collectors.joining()) + slash);
    }

    private Arbitrary<String> queries() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("", "0", "-1", "1", "107374183", "2147483647", "2147483648", "-2147483648",
                        "9223372036854775807", "99999999999999999999999", "1e9", "0x10", "1.5", "NaN", " 3 ",
                        "2026-01-31T00:00:00Z", "yesterday", "QUANTITY", "bogus", "{\"$ne\":null}", "true", "%"),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.strings().ofMaxLength(40));
        Arbitrary<String> pair = Combinators.combine(Arbitraries.of(PARAMS), value)
                .as((k, v) -> k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
        return pair.list().ofMaxSize(4).map(list -> String.join("&", list));
    }

    private Arbitrary<Map<String, String>> headers() {
        Arbitrary<String> accept = Arbitraries.of("", "application/json", "application/problem+json", "text/csv",
                "application/x-ndjson", "application/ld+json", "*/*", "text/html", "image/png", "garbage;;q=x");
        Arbitrary<String> contentType = Arbitraries.of("", "application/json", "application/json; charset=latin1",
                "text/plain", "application/xml", "multipart/form-data; boundary=x", "garbage");
        Arbitrary<String> requestId = Arbitraries.oneOf(Arbitraries.of("", "abc-123", "x".repeat(500), "a b\"<c>"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60));
        Arbitrary<Map<String, String>> extra = Combinators.combine(Arbitraries.of("Origin", "X-Forwarded-For",
                "Forwarded", "Cookie", "Range", "If-None-Match", "Accept-Encoding", "Accept-Language", "X-Http-Method-Override",
                "Access-Control-Request-Method"), Arbitraries.oneOf(Arbitraries.of("https://evil.example", "null",
                "127.0.0.1, 10.0.0.1", "bytes=0-1", "gzip", "DELETE", "*"), Arbitraries.strings().withCharRange(' ', '~')
                .ofMaxLength(40))).as(Map::entry).list().ofMaxSize(2)
                .map(entries -> {
                    Map<String, String> m = new java.util.LinkedHashMap<>();
                    entries.forEach(e -> m.put(e.getKey(), e.getValue().strip()));
                    return m;
                });
        return Combinators.combine(accept, contentType, requestId, extra).as((a, c, r, x) -> {
            Map<String, String> headers = new java.util.LinkedHashMap<>(x);
            if (!a.isEmpty()) {
                headers.put("Accept", a);
            }
            if (!c.isEmpty()) {
                headers.put("Content-Type", c);
            }
            if (!r.isEmpty()) {
                headers.put("X-Request-Id", r);
            }
            return headers;
        });
    }

    private Arbitrary<String> bodies() {
        return Arbitraries.oneOf(Arbitraries.just(""), json(3).map(JsonNode::toString), invalidBodies(),
                Arbitraries.strings().ofMaxLength(200));
    }

    /** Bodies no route accepts: not JSON, JSON that is not an object, or an object whose text fields are not text. */
    private Arbitrary<String> invalidBodies() {
        Arbitrary<String> broken = json(3).map(JsonNode::toString)
                .filter(s -> s.length() > 1).map(s -> s.substring(0, s.length() - 1) + (s.endsWith("}") ? "," : "}{"));
        Arbitrary<String> notAnObject = Arbitraries.oneOf(Arbitraries.of("[]", "null", "42", "\"text\"", "true", "[{}]"),
                json(2).map(n -> JSON.createArrayNode().add(n).toString()));
        Arbitrary<String> wrongTypes = Combinators.combine(json(2), json(1).filter(n -> !n.isTextual() && !n.isNull()))
                .as((n, bad) -> {
                    var object = n.isObject() ? ((com.fasterxml.jackson.databind.node.ObjectNode) n.deepCopy())
                            : JSON.createObjectNode();
                    for (String field : List.of("title", "text", "html", "rating", "claimId")) {
                        object.set(field, JSON.createArrayNode().add(bad));
                    }
                    return object.toString();
                });
        return Arbitraries.oneOf(broken, notAnObject, wrongTypes);
    }

    private Arbitrary<JsonNode> json(int depth) {
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30).map(s -> JSON.getNodeFactory().textNode(s)),
                Arbitraries.of("", "{\"$gt\":\"\"}", "PANTS_ON_FIRE", "2026-11-01T08:00:00Z", "https://x.example")
                        .map(s -> JSON.getNodeFactory().textNode(s)),
                Arbitraries.longs().map(l -> JSON.getNodeFactory().numberNode(l)),
                Arbitraries.doubles().map(d -> JSON.getNodeFactory().numberNode(d)),
                Arbitraries.of(true, false).map(b -> JSON.getNodeFactory().booleanNode(b)),
                Arbitraries.just(JSON.getNodeFactory().nullNode()));
        if (depth <= 0) {
            return scalar;
        }
        Arbitrary<JsonNode> array = json(depth - 1).list().ofMaxSize(4).map(items -> {
            var node = JSON.createArrayNode();
            items.forEach(node::add);
            return node;
        });
        Arbitrary<JsonNode> object = Combinators.combine(Arbitraries.oneOf(Arbitraries.of(FIELDS),
                Arbitraries.strings().ofMaxLength(10)), json(depth - 1)).as(Map::entry).list().ofMaxSize(5)
                .map(entries -> {
                    var node = JSON.createObjectNode();
                    entries.forEach(e -> node.set(e.getKey(), e.getValue()));
                    return node;
                });
        return Arbitraries.oneOf(scalar, array, object);
    }

    private static HttpResponse<String> send(Call call) throws IOException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(stack.gatewayUrl() + call.path() + (call.query().isEmpty() ? "" : "?" + call.query()));
        } catch (IllegalArgumentException e) {
            uri = URI.create(stack.gatewayUrl() + "/api/" + URLEncoder.encode(call.path(), StandardCharsets.UTF_8));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        call.headers().forEach(builder::header);
        SENT.incrementAndGet();
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
