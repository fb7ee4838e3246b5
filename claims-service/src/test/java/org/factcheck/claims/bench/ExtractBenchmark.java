package org.factcheck.claims.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load generator for {@code POST /api/extract}: N concurrent clients, each sending the same article in a closed loop
 * over keep-alive connections; prints p50/p90/p99/max latency and throughput. Not a test (no {@code Test} suffix),
 * run by hand against a running claims-service; single-file, JDK only:
 *
 * <pre>
 * java claims-service/src/test/java/org/factcheck/claims/bench/ExtractBenchmark.java keygen /tmp/bench-keys
 *   → prints the public key to start the service with (-Dquarkus.oidc.public-key=…), no Keycloak needed
 * java claims-service/src/test/java/org/factcheck/claims/bench/ExtractBenchmark.java run http://localhost:8081 \
 *   /tmp/bench-keys claims-service/src/test/resources/bench/article-6kb.txt 16 20 60
 *   → url, key dir, article, clients, warm-up seconds, measured seconds
 * java …/ExtractBenchmark.java token /tmp/bench-keys     → the token alone, for wrk
 * java …/ExtractBenchmark.java body ARTICLE              → the JSON request body alone, for wrk
 * </pre>
 */
public final class ExtractBenchmark {

    private ExtractBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("keygen")) {
            keygen(Path.of(args[1]));
        } else if (args.length >= 2 && args[0].equals("token")) {
            System.out.println(token(Path.of(args[1])));
        } else if (args.length >= 2 && args[0].equals("body")) {
            System.out.print(body(Files.readString(Path.of(args[1]))));
        } else if (args.length >= 4 && args[0].equals("run")) {
            int clients = args.length > 4 ? Integer.parseInt(args[4]) : 16;
            int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 20;
            int seconds = args.length > 6 ? Integer.parseInt(args[6]) : 60;
            run(URI.create(args[1] + "/api/extract"), token(Path.of(args[2])), Files.readString(Path.of(args[3])),
                    clients, warmup, seconds);
        } else {
            throw new IllegalArgumentException(
                    "usage: keygen DIR | token DIR | body ARTICLE | run URL KEYDIR ARTICLE [CLIENTS WARMUP SECONDS]");
        }
    }

    static void keygen(Path dir) throws Exception {
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        Files.write(dir.resolve("private.der"), pair.getPrivate().getEncoded());
        String publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        Files.writeString(dir.resolve("public.b64"), publicKey);
        System.out.println(publicKey);
    }

    /** An RS256 access token shaped like Keycloak's, valid for a day, roles ingest/editor/reviewer. */
    static String token(Path dir) throws Exception {
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(dir.resolve("private.der"))));
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"bench\",\"sub\":\"bench\",\"preferred_username\":\"bench\","
                + "\"aud\":\"factcheck-api\",\"iat\":" + now + ",\"exp\":" + (now + 86_400)
                + ",\"realm_access\":{\"roles\":[\"ingest\",\"editor\",\"reviewer\"]}}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(signature.sign());
    }

    static void run(URI uri, String token, String article, int clients, int warmupSeconds, int seconds)
            throws Exception {
        String body = body(article);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> probe = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (probe.statusCode() != 200) {
            throw new IllegalStateException("probe answered " + probe.statusCode() + ": " + probe.body());
        }
        System.out.printf("body %d bytes, answer %d bytes, %s%n", body.getBytes(StandardCharsets.UTF_8).length,
                probe.body().length(), probe.body().contains("\"claims\":[{") ? "with claims" : "NO CLAIMS");

        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long end = warmupEnd + seconds * 1_000_000_000L;
        List<long[]> perClient = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] samples = new long[2_000_000];
            int[] count = { 0 };
            perClient.add(samples);
            Thread client = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else if (t0 >= warmupEnd && count[0] < samples.length) {
                            samples[count[0]++] = t1 - t0;
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    samples[samples.length - 1] = count[0]; // last slot: how many samples
                    done.countDown();
                }
            });
            client.start();
        }
        done.await();
        long[] all = perClient.stream()
                .flatMapToLong(s -> Arrays.stream(s, 0, (int) s[s.length - 1]))
                .sorted().toArray();
        System.out.printf("clients %d, measured %d s after %d s warm-up: %d requests, %.0f req/s, %d errors%n",
                clients, seconds, warmupSeconds, all.length, all.length / (double) seconds, errors.get());
        System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n", ms(all, 0.50), ms(all, 0.90),
                ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    /** The request body for an article: {@code {"text": …}}. */
    static String body(String article) {
        return "{\"text\":" + jsonString(article) + "}";
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
