package org.factcheck.review.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.review.Review;
import org.factcheck.review.repository.ReviewRepository;
import org.factcheck.review.service.ReviewService;
import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.review.support.ReviewApi;
import org.factcheck.testing.Tokens;
import org.factcheck.review.workflow.ReviewStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class QueueConcurrencyTest {

    private static final int CLAIMS = 240;
    private static final int REVIEWERS = 32;
    private static final Pattern CLAIM_ID = Pattern.compile("\"claimId\":\"([^\"]+)\"");

    @Inject
    MongoClient mongo;

    @Inject
    ReviewService service;

    @Inject
    ReviewRepository reviews;

    @TestHTTPResource("/api/queue/next")
    URL next;

    @BeforeEach
    void emptyStore() {
        ReviewApi.reset(mongo);
    }

    @Test
    void thirtyTwoReviewersNeverGetTheSameClaimAndNoneIsLost() throws Exception {
        for (int i = 0; i < CLAIMS; i++) {
            service.receive("conc-" + i, "art", "claim " + i, "FACTUAL", (i % 100) / 100.0,
                    Map.of("claimId", "conc-" + i), "test");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, String> takenBy = new ConcurrentHashMap<>();
        List<String> duplicates = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REVIEWERS);
        List<Future<Integer>> results = new ArrayList<>();
        for (int r = 0; r < REVIEWERS; r++) {
            String reviewer = "reviewer-" + r;
            String token = Tokens.forUser(reviewer, "reviewer");
            results.add(pool.submit(() -> {
                start.await();
                int taken = 0;
                while (true) {
                    HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(next.toString()))
                            .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody())
                            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                    if (res.statusCode() == 204) {
                        return taken;
                    }
                    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
                    Matcher m = CLAIM_ID.matcher(res.body());
                    assertThat(m.find()).isTrue();
                    if (takenBy.putIfAbsent(m.group(1), reviewer) != null) {
                        duplicates.add(m.group(1));
                    }
                    taken++;
                }
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : results) {
            total += f.get();
        }
        pool.shutdown();

        assertThat(duplicates).isEmpty();
        assertThat(total).isEqualTo(CLAIMS);
        assertThat(takenBy).hasSize(CLAIMS);
        for (var e : takenBy.entrySet()) {
            Review r = reviews.findById(e.getKey());
            assertThat(r.state.status).isEqualTo(ReviewStatus.ASSIGNED);
            assertThat(r.state.lease.holder).isEqualTo(e.getValue());
        }
        assertThat(mongo.getDatabase("review").getCollection("events").countDocuments()).isEqualTo(2L * CLAIMS);
        ReviewApi.as(ReviewApi.AUDREY).get("/api/audit/verify").then().statusCode(200)
                .body("valid", org.hamcrest.Matchers.equalTo(true))
                .body("events", org.hamcrest.Matchers.equalTo(2 * CLAIMS));
    }
}
