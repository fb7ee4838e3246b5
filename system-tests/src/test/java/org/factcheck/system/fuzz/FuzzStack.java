package org.factcheck.system.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.awaitility.Awaitility;
import org.bson.Document;
import org.factcheck.store.EmbeddedStore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.sun.net.httpserver.HttpServer;

/**
 * The three packaged services on free ports, each in its own JVM, over an in-memory store and a local identity
 * provider instead of Keycloak, and a stand-in for the workbench (the gateway's pages route: a path such as
 * {@code /api/..} normalises to {@code /}). Started once for the fuzz test, stopped with it (and by a shutdown hook).
 */
final class FuzzStack implements AutoCloseable {

    private final EmbeddedStore store;
    private final LocalIdentityProvider idp;
    private final MongoClient mongo;
    private final HttpServer front;
    private final List<Process> processes = new ArrayList<>();
    private final Thread hook = new Thread(this::close, "fuzz-stack-down");
    final int gatewayPort = freePort();
    private final int claimsPort = freePort();
    private final int reviewPort = freePort();

    private FuzzStack() {
        store = EmbeddedStore.inMemory("127.0.0.1", 0);
        idp = LocalIdentityProvider.start();
        mongo = MongoClients.create(store.connectionString());
        front = startFront();
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static FuzzStack start() {
        FuzzStack stack = new FuzzStack();
        try {
            Path root = Path.of(System.getProperty("factcheck.root", "..")).toAbsolutePath().normalize();
            Path logs = root.resolve("system-tests/target/fuzz-stack");
            Files.createDirectories(logs);
            Map<String, String> env = Map.ofEntries(
                    Map.entry("FACTCHECK_MONGO_URI", stack.store.connectionString()),
                    Map.entry("FACTCHECK_OIDC_URL", stack.idp.issuer()),
                    Map.entry("FACTCHECK_GATEWAY_PORT", String.valueOf(stack.gatewayPort)),
                    Map.entry("FACTCHECK_CLAIMS_PORT", String.valueOf(stack.claimsPort)),
                    Map.entry("FACTCHECK_REVIEW_PORT", String.valueOf(stack.reviewPort)),
                    Map.entry("FACTCHECK_CLAIMS_URL", "http://127.0.0.1:" + stack.claimsPort),
                    Map.entry("FACTCHECK_REVIEW_URL", "http://127.0.0.1:" + stack.reviewPort),
                    Map.entry("FACTCHECK_WORKBENCH_URL", "http://127.0.0.1:" + stack.front.getAddress().getPort()),
                    Map.entry("FACTCHECK_HANDOVER_ENABLED", "false"),
                    Map.entry("FACTCHECK_RATE_LIMIT_USER_PER_MINUTE", "10000000"),
                    Map.entry("FACTCHECK_RATE_LIMIT_IP_PER_MINUTE", "10000000"));
            for (String service : List.of("claims-service", "review-service", "gateway")) {
                Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
                if (!Files.exists(jar)) {
                    throw new IllegalStateException(jar + " is missing: package " + service + " first");
                }
                ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                        .redirectErrorStream(true).redirectOutput(logs.resolve(service + ".log").toFile());
                builder.environment().putAll(env);
                stack.processes.add(builder.start());
            }
            HttpClient http = HttpClient.newHttpClient();
            for (int port : List.of(stack.claimsPort, stack.reviewPort, stack.gatewayPort)) {
                Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                        .ignoreExceptions()
                        .until(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode() == 200);
            }
            return stack;
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    LocalIdentityProvider idp() {
        return idp;
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /** Documents per collection of both services' databases. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String db : List.of("claims", "review")) {
            MongoDatabase database = mongo.getDatabase(db);
            for (String collection : database.listCollectionNames()) {
                counts.put(db + "." + collection, database.getCollection(collection).countDocuments(new Document()));
            }
        }
        return counts;
    }

    @Override
    public synchronized void close() {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        processes.clear();
        mongo.close();
        front.stop(0);
        idp.close();
        store.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: this is the hook
        }
    }

    /** Answers every request with a small HTML page, as the workbench's public pages do. */
    private static HttpServer startFront() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] page = "<!doctype html><title>front</title>".getBytes(StandardCharsets.UTF_8);
            server.createContext("/", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
                boolean head = "HEAD".equals(exchange.getRequestMethod());
                exchange.sendResponseHeaders(200, head ? -1 : page.length);
                if (!head) {
                    exchange.getResponseBody().write(page);
                }
                exchange.close();
            });
            server.start();
            return server;
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
