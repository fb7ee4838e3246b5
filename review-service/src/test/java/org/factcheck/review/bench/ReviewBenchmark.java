package org.factcheck.review.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.factcheck.review.service.ReviewService;
import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.review.support.ReviewApi;
import org.factcheck.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.quarkus.logging.Log;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;

/**
 * Load generator for the review-service, outside the default test run (surefire only picks *Test classes):
 * {@code ./mvnw -q -o -pl review-service test -Dtest=ReviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbench.claims=2000] [-Dbench.warmup=1000] [-Dbench.threads=16] [-Dbench.slices=10]}. Prints a Markdown table.
 *
 * <p>Measures, in one run against the same in-memory store: the raw findOneAndUpdate rate on a collection as
 * large as the queue and {@code POST /api/queue/next} with N concurrent reviewers, in alternating slices
 * ({@code -Dbench.slices}, default 10), then verdict submission and export. Before the measured slices, both
 * takes run {@code bench.warmup} times in the same alternation, unmeasured (as JMH's warm-up iterations): a
 * long-running service is measured, not the JIT compiling it.
 */
@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReviewBenchmark {

    private static final int CLAIMS = Integer.getInteger("bench.claims", 2000);
    private static final int THREADS = Integer.getInteger("bench.threads", 16);
    private static final int SLICES = Integer.getInteger("bench.slices", 10);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 1000);
    private static final Pattern CLAIM_ID = Pattern.compile("\"claimId\":\"([^\"]+)\"");

    @Inject
    MongoClient mongo;

    @Inject
    ReviewService service;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code cpuNanos}: CPU time this JVM (client, service and store alike) used meanwhile. */
    record Timing(int ops, double seconds, List<Long> micros, long cpuNanos) {
        static Timing sum(List<Timing> parts) {
            int ops = 0;
            double seconds = 0;
            long cpu = 0;
            List<Long> micros = new ArrayList<>();
            for (Timing t : parts) {
                ops += t.ops();
                seconds += t.seconds();
                cpu += t.cpuNanos();
                micros.addAll(t.micros());
            }
            return new Timing(ops, seconds, micros, cpu);
        }

        /** Operations per CPU-second: what the rate would be with the machine to itself and CPU the limit. */
        double perCpuSecond() {
            return ops / (cpuNanos / 1e9);
        }

        double rate() {
            return ops / seconds;
        }

        double percentileMillis(double p) {
            if (micros.isEmpty()) {
                return Double.NaN;
            }
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, i)) / 1000.0;
        }
    }

    @Test
    void measure() throws Exception {
        ReviewApi.reset(mongo);
        for (int i = 0; i < CLAIMS + WARMUP; i++) {
            service.receive("bench-" + i, "art", "Claim " + i + " says 7,600 km.", "QUANTITY", (i % 90) / 100.0,
                    Map.of("quantities", List.of(Map.of("value", 7600.0, "unit", "km"))), "bench");
        }

        // raw takes and next alternate in slices, so both see the same drift of a shared machine's load; both
        // collections keep all their documents (leased ones stay in the queue), so every take scans as many
        MongoCollection<Document> rawQueue = rawCollection();
        Map<Integer, List<String>> warmedUp = new java.util.concurrent.ConcurrentHashMap<>();
        for (int slice = 0; slice < SLICES && WARMUP > 0; slice++) {
            int ops = slice == SLICES - 1 ? WARMUP - WARMUP / SLICES * (SLICES - 1) : WARMUP / SLICES;
            rawFindOneAndUpdate(rawQueue, ops);
            nextThroughHttp(warmedUp, ops);
        }
        Map<Integer, List<String>> taken = new java.util.concurrent.ConcurrentHashMap<>();
        List<Timing> raws = new ArrayList<>();
        List<Timing> nexts = new ArrayList<>();
        int perSlice = CLAIMS / SLICES;
        for (int slice = 0; slice < SLICES; slice++) {
            int ops = slice == SLICES - 1 ? CLAIMS - perSlice * (SLICES - 1) : perSlice;
            raws.add(rawFindOneAndUpdate(rawQueue, ops));
            nexts.add(nextThroughHttp(taken, ops));
        }
        Timing raw = Timing.sum(raws);
        Timing next = Timing.sum(nexts);
        List<Double> sliceRatios = new ArrayList<>();
        for (int i = 0; i < SLICES; i++) {
            sliceRatios.add(nexts.get(i).rate() / raws.get(i).rate());
        }
        Collections.sort(sliceRatios);
        List<String> tails = new ArrayList<>();
        for (int i = 0; i < SLICES; i++) {
            tails.add(String.format("%.0f/%.0f", raws.get(i).percentileMillis(99), nexts.get(i).percentileMillis(99)));
        }
        Timing verdicts = verdictsThroughHttp(new ArrayList<>(taken.values()));
        long events = mongo.getDatabase("review").getCollection("events").countDocuments();
        Timing ndjson = export("application/x-ndjson", events);
        Timing csv = export("text/csv", events);

        String table = String.join("\n",
                "| measurement | ops | throughput | p50 | p99 |",
                "|---|---|---|---|---|",
                row("raw findOneAndUpdate (store, " + THREADS + " threads, " + (CLAIMS + WARMUP) + " docs)", raw, "ops/s"),
                row("POST /api/queue/next (" + THREADS + " reviewers, " + (CLAIMS + WARMUP) + " claims)", next, "req/s"),
                row("POST /api/reviews/{id}/verdicts (" + THREADS + " reviewers)", verdicts, "req/s"),
                String.format("| export NDJSON (%d events) | %d | %.0f events/s | | |", events, ndjson.ops(), ndjson.rate()),
                String.format("| export CSV (%d events) | %d | %.0f events/s | | |", events, csv.ops(), csv.rate()),
                String.format("%nnext / raw findOneAndUpdate throughput ratio (%d alternating slices): %.2f"
                        + " (per slice: min %.2f, median %.2f, max %.2f)", SLICES, next.rate() / raw.rate(),
                        sliceRatios.get(0), sliceRatios.get(SLICES / 2), sliceRatios.get(SLICES - 1)),
                String.format("next / raw per CPU-second of this JVM (less sensitive to other processes): %.2f"
                        + " (%.0f vs %.0f ops per CPU-second)", next.perCpuSecond() / raw.perCpuSecond(),
                        next.perCpuSecond(), raw.perCpuSecond()),
                String.format("p99 per slice, raw/next ms (after %d unmeasured takes of each): %s", WARMUP,
                        String.join(" ", tails)));
        Log.info("\n" + table);
        System.out.println("\n=== review-service benchmark ===\n" + table + "\n");
        assertThat(next.ops()).isEqualTo(CLAIMS);
    }

    private static String row(String name, Timing t, String unit) {
        return String.format("| %s | %d | %.0f %s | %.2f ms | %.2f ms |", name, t.ops(), t.rate(), unit,
                t.percentileMillis(50), t.percentileMillis(99));
    }

    /** A collection as large as the queue (warm-up claims included), with the same fields the take reads. */
    private MongoCollection<Document> rawCollection() {
        MongoCollection<Document> c = mongo.getDatabase("review").getCollection("bench_raw");
        c.drop();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < CLAIMS + WARMUP; i++) {
            docs.add(new Document("_id", "raw-" + i).append("rank", (i % 90) / 100.0 - i * 1e-6).append("desk", null));
        }
        c.insertMany(docs);
        return c;
    }

    /** The store alone: the queue's atomic take, through the same driver, {@code ops} times. */
    private Timing rawFindOneAndUpdate(MongoCollection<Document> c, int ops) throws Exception {
        AtomicInteger budget = new AtomicInteger(ops);
        return run(worker -> {
            List<Long> lat = new ArrayList<>();
            while (budget.getAndDecrement() > 0) {
                long t0 = System.nanoTime();
                Document d = c.findOneAndUpdate(
                        Filters.and(Filters.or(Filters.eq("leaseUntil", null), Filters.lt("leaseUntil", new java.util.Date())),
                                Filters.or(Filters.eq("desk", null), Filters.in("desk", List.of())),
                                Filters.ne("excluded", "w" + worker)),
                        Updates.combine(Updates.set("leaseHolder", "w" + worker),
                                Updates.set("leaseUntil", new java.util.Date(System.currentTimeMillis() + 3_600_000))),
                        new FindOneAndUpdateOptions().sort(Sorts.descending("rank")));
                assertThat(d).isNotNull();
                lat.add((System.nanoTime() - t0) / 1000);
            }
            return lat;
        });
    }

    /** {@code POST /api/queue/next}, {@code ops} times; each reviewer's claims are collected per worker. */
    private Timing nextThroughHttp(Map<Integer, List<String>> taken, int ops) throws Exception {
        AtomicInteger budget = new AtomicInteger(ops);
        return run(worker -> {
            String token = Tokens.forUser("bench-" + worker, "reviewer");
            List<Long> lat = new ArrayList<>();
            List<String> mine = taken.computeIfAbsent(worker, w -> Collections.synchronizedList(new ArrayList<>()));
            while (budget.getAndDecrement() > 0) {
                long t0 = System.nanoTime();
                HttpResponse<String> res = http.send(request("api/queue/next", token)
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                long us = (System.nanoTime() - t0) / 1000;
                assertThat(res.statusCode()).isEqualTo(200);
                Matcher m = CLAIM_ID.matcher(res.body());
                assertThat(m.find()).isTrue();
                mine.add(m.group(1));
                lat.add(us);
            }
            return lat;
        });
    }

    private Timing verdictsThroughHttp(List<List<String>> taken) throws Exception {
        String body = "{\"rating\":\"MOSTLY_TRUE\",\"summary\":\"Road atlas says 7,450 km.\","
                + "\"sources\":[{\"url\":\"https://atlas.example.org/roads\"}],"
                + "\"evidence\":{\"value\":7450,\"unit\":\"km\",\"source\":\"atlas\"}}";
        AtomicInteger index = new AtomicInteger();
        List<List<String>> perWorker = new ArrayList<>(taken);
        return run(worker -> {
            List<String> mine = perWorker.get(index.getAndIncrement());
            String token = Tokens.forUser(tokenOwner(mine), "reviewer");
            List<Long> lat = new ArrayList<>();
            for (String claimId : mine) {
                long t0 = System.nanoTime();
                HttpResponse<String> res = http.send(request("api/reviews/" + claimId + "/verdicts", token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
                lat.add((System.nanoTime() - t0) / 1000);
                assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
            }
            return lat;
        });
    }

    /** The reviewer who leased these claims (read back from the store). */
    private String tokenOwner(List<String> claims) {
        if (claims.isEmpty()) {
            return "nobody";
        }
        Document r = mongo.getDatabase("review").getCollection("reviews").find(Filters.eq("_id", claims.get(0))).first();
        return r.get("state", Document.class).get("lease", Document.class).getString("holder");
    }

    private Timing export(String type, long events) throws Exception {
        String token = Tokens.forUser("audrey", "auditor");
        long t0 = System.nanoTime();
        HttpResponse<InputStream> res = http.send(request("api/audit/events", token).header("Accept", type).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        try (InputStream in = res.body()) {
            byte[] buf = new byte[64 * 1024];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long exported = type.equals("text/csv") ? lines - 1 : lines;
        assertThat(exported).isEqualTo(events);
        return new Timing((int) exported, seconds, List.of(), 0);
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base.toString() + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(120));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    interface Worker {
        List<Long> run(int worker) throws Exception;
    }

    private Timing run(Worker work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            int worker = w;
            futures.add(pool.submit((Callable<List<Long>>) () -> {
                start.await();
                return work.run(worker);
            }));
        }
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long cpu = processCpuNanos() - cpu0;
        pool.shutdown();
        return new Timing(all.size(), seconds, all, cpu);
    }
}
