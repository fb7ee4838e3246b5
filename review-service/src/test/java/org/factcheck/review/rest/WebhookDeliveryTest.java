package org.factcheck.review.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.review.support.ReviewApi.ADMIN;
import static org.factcheck.review.support.ReviewApi.AUDREY;
import static org.factcheck.review.support.ReviewApi.BOB;
import static org.factcheck.review.support.ReviewApi.ERIN;
import static org.factcheck.review.support.ReviewApi.as;
import static org.factcheck.review.support.ReviewApi.next;
import static org.factcheck.review.support.ReviewApi.publish;
import static org.factcheck.review.support.ReviewApi.receive;
import static org.factcheck.review.support.ReviewApi.submit;
import static org.factcheck.review.support.ReviewApi.verdict;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.factcheck.review.service.DeliveryService;
import org.factcheck.review.service.RecoveryService;
import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.review.support.ReviewApi;
import org.factcheck.review.support.TestClock;
import org.factcheck.review.support.WebhookCheck;
import org.factcheck.review.support.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Delivery through the outbox to a real HTTP receiver. The scan is off in tests; each test runs it with
 * {@link DeliveryService#deliverDue} and moves the service clock instead of waiting for back-off.
 */
@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class WebhookDeliveryTest {

    private static final List<String> ALL = List.of("claim.received", "claim.leased", "claim.verdict",
            "claim.published", "claim.returned", "claim.dismissed");

    @Inject
    MongoClient mongo;

    @Inject
    TestClock clock;

    @Inject
    DeliveryService delivery;

    @Inject
    RecoveryService repair;

    private final WebhookReceiver receiver = new WebhookReceiver();

    @BeforeEach
    void emptyStore() {
        ReviewApi.reset(mongo);
    }

    @AfterEach
    void cleanUp() {
        receiver.close();
        clock.reset();
        List<String> ids = as(ADMIN).get("/api/webhooks").then().extract().path("items.id");
        ids.forEach(id -> as(ADMIN).delete("/api/webhooks/" + id).then().statusCode(204));
    }

    private JsonPath subscribe(List<String> events) {
        return as(ADMIN).contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "events", events))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath();
    }

    private JsonPath log(String webhook, String query) {
        return as(ADMIN).get("/api/webhooks/" + webhook + "/deliveries?size=100" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    /** Ten events of all six kinds: one claim published, one dismissed, one returned. */
    private void workflowTouchingEveryEventType() {
        publish("TRUE");
        String dismissed = receive("dismissed", 0.5);
        as(ERIN).contentType(ContentType.JSON).body("{}").post("/api/reviews/" + dismissed + "/dismiss")
                .then().statusCode(200);
        String returned = receive("returned", 0.5);
        next(BOB).then().statusCode(200);
        submit(BOB, returned, verdict("FALSE")).then().statusCode(201);
        as(ERIN).contentType(ContentType.JSON).body(Map.of("reason", "more sources"))
                .post("/api/reviews/" + returned + "/return").then().statusCode(200);
        List<String> types = as(AUDREY).get("/api/audit/events?size=100").then().extract().path("items.type");
        assertThat(types).hasSize(11).contains("APPROVED");
    }

    @Test
    void receiverDownForAnHourLosesNothingAndGetsEveryEventOnceSignedWhenBack() {
        String webhook = subscribe(ALL).getString("id");
        String secret = as(ADMIN).contentType(ContentType.JSON).post("/api/webhooks/" + webhook + "/secret")
                .then().statusCode(200).extract().path("secret");
        workflowTouchingEveryEventType();

        // down: the attempt cannot connect, the rest of its backlog waits for the next scan, nothing is dropped
        assertThat(delivery.deliverDue()).isEqualTo(1);
        JsonPath pending = log(webhook, "&status=PENDING");
        assertThat(pending.getInt("total")).isEqualTo(10);
        assertThat(pending.getList("items.attempts", Integer.class)).containsOnly(0, 1).contains(1);
        List<Map<String, Object>> tried = pending.getList("items.findAll { it.attempts == 1 }.collect { it.log[0] }");
        assertThat(tried).singleElement().satisfies(a -> {
            assertThat(a.get("statusCode")).isNull();
            assertThat((String) a.get("error")).isNotBlank();
        });

        for (int minute = 5; minute <= 60; minute += 5) {
            clock.advance(Duration.ofMinutes(5));
            assertThat(delivery.deliverDue()).isEqualTo(1);
        }
        JsonPath afterAnHour = log(webhook, "");
        assertThat(afterAnHour.getList("items.status")).hasSize(10).containsOnly("PENDING");
        assertThat(afterAnHour.getList("items.attempts", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(13);
        for (int i = 0; i < 10; i++) {
            if (afterAnHour.getInt("items[" + i + "].attempts") > 0) {
                Instant lastTry = Instant.parse(afterAnHour.getString("items[" + i + "].log[-1].at"));
                Instant due = Instant.parse(afterAnHour.getString("items[" + i + "].nextAttemptAt"));
                assertThat(Duration.between(lastTry, due)).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
            }
        }
        assertThat(receiver.received()).isEmpty();

        // back: within the capped back-off everything arrives, once
        receiver.start();
        clock.advance(Duration.ofMinutes(5));
        assertThat(delivery.deliverDue()).isEqualTo(10);
        Instant receivedAt = clock.instant();
        clock.advance(Duration.ofHours(1));
        assertThat(delivery.deliverDue()).isZero();

        List<WebhookReceiver.Received> got = receiver.received();
        assertThat(got).hasSize(10);
        assertThat(got).allMatch(r -> WebhookCheck.valid(secret, r, receivedAt));
        assertThat(got.stream().map(r -> r.header("X-Factcheck-Delivery")).distinct()).hasSize(10);
        assertThat(got.stream().map(r -> JsonPath.from(r.body()).getString("type")).collect(Collectors.toSet()))
                .isEqualTo(Set.copyOf(ALL));
        assertThat(got).allMatch(r -> r.header("X-Factcheck-Event").equals(JsonPath.from(r.body()).getString("type")));
        JsonPath published = got.stream().map(r -> JsonPath.from(r.body()))
                .filter(b -> b.getString("type").equals("claim.published")).findFirst().orElseThrow();
        assertThat(published.getString("data.rating")).isEqualTo("TRUE");
        assertThat(published.getString("factCheckUrl"))
                .isEqualTo("http://localhost:8080/api/fact-checks/" + published.getString("claimId"));
        assertThat(log(webhook, "&status=DELIVERED").getInt("total")).isEqualTo(10);
    }

    @Test
    void tamperedOrReplayedDeliveryFailsTheDocumentedCheck() {
        String secret = subscribe(List.of("claim.received")).getString("secret");
        receiver.start();
        receive("signed", 0.5);
        delivery.deliverDue();
        WebhookReceiver.Received r = receiver.received().get(0);
        String ts = r.header("X-Factcheck-Timestamp");
        String sig = r.header("X-Factcheck-Signature");
        Instant now = clock.instant();

        assertThat(WebhookCheck.valid(secret, ts, sig, r.body(), now)).isTrue();
        assertThat(WebhookCheck.valid(secret, ts, sig, r.body().replace("signed", "forged"), now)).isFalse();
        String flipped = sig.substring(0, sig.length() - 1) + (sig.endsWith("0") ? "1" : "0");
        assertThat(WebhookCheck.valid(secret, ts, flipped, r.body(), now)).isFalse();
        assertThat(WebhookCheck.valid(secret, Long.toString(Long.parseLong(ts) + 1), sig, r.body(), now)).isFalse();
        assertThat(WebhookCheck.valid("whsec_someone-else-entirely", ts, sig, r.body(), now)).isFalse();
        assertThat(WebhookCheck.valid(secret, ts, sig, r.body(), now.plus(Duration.ofMinutes(6)))).isFalse();
    }

    @Test
    void failedAnswerIsRetriedWithTheSameIdAndBodyAndRedeliveryResendsOnDemand() {
        String webhook = subscribe(List.of("claim.received")).getString("id");
        receiver.start();
        receiver.failNext(1, 500);
        receive("retry", 0.5);

        delivery.deliverDue();
        JsonPath first = log(webhook, "");
        assertThat(first.getString("items[0].status")).isEqualTo("PENDING");
        assertThat(first.getInt("items[0].log[0].statusCode")).isEqualTo(500);
        assertThat(delivery.deliverDue()).isZero(); // not due before its back-off

        clock.advance(Duration.ofSeconds(5));
        assertThat(delivery.deliverDue()).isEqualTo(1);
        List<WebhookReceiver.Received> got = receiver.received();
        assertThat(got).hasSize(2);
        assertThat(got.get(1).header("X-Factcheck-Delivery")).isEqualTo(got.get(0).header("X-Factcheck-Delivery"));
        assertThat(got.get(1).body()).isEqualTo(got.get(0).body());
        String id = log(webhook, "").getString("items[0].id");
        assertThat(log(webhook, "").getString("items[0].status")).isEqualTo("DELIVERED");

        as(ADMIN).post("/api/webhooks/" + webhook + "/deliveries/" + id + "/redeliver").then().statusCode(202);
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(receiver.received()).hasSize(3);
        assertThat(receiver.received().get(2).body()).isEqualTo(got.get(0).body());
        JsonPath after = log(webhook, "");
        assertThat(after.getInt("items[0].attempts")).isEqualTo(3);
        assertThat(after.getList("items[0].log.statusCode", Integer.class)).containsExactly(500, 204, 204);
        as(ADMIN).post("/api/webhooks/" + webhook + "/deliveries/nope/redeliver").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("review_webhook_attempts_total{outcome=\"delivered\"}"))
                .body(containsString("review_webhook_attempts_total{outcome=\"pending\"}"));
    }

    @Test
    void eventOfAChangeInterruptedByACrashIsQueuedByTheStartUpRepairOnce() {
        String webhook = subscribe(List.of("claim.dismissed")).getString("id");
        String id = receive("crash", 0.5);
        // the review document records a dismissal whose completion (history, outbox) never ran
        Document pending = new Document("key", id + ":2:0").append("type", "DISMISSED").append("actor", "erin")
                .append("at", "2026-12-01T09:00:00.000Z").append("dataJson", "{\"reason\":\"duplicate\"}");
        mongo.getDatabase("review").getCollection("reviews").updateOne(Filters.eq("_id", id),
                Updates.combine(Updates.set("state.status", "DISMISSED"), Updates.set("version", 2L),
                        Updates.push("pending", pending)));
        assertThat(log(webhook, "").getInt("total")).isZero();

        repair.repair();
        repair.repair();

        JsonPath queued = log(webhook, "");
        assertThat(queued.getList("items.eventId")).containsExactly(id + ":2:0");
        assertThat(JsonPath.from(queued.getString("items[0].body")).getString("data.reason")).isEqualTo("duplicate");
    }

    @Test
    void onlySubscribedEventsOfActiveSubscriptionsAreQueued() {
        String webhook = subscribe(List.of("claim.published")).getString("id");
        publish("FALSE");
        assertThat(log(webhook, "").getList("items.type")).containsExactly("claim.published");

        as(ADMIN).contentType(ContentType.JSON).body(Map.of("active", false)).put("/api/webhooks/" + webhook)
                .then().statusCode(200);
        publish("TRUE");
        assertThat(log(webhook, "").getInt("total")).isEqualTo(1);
    }
}
