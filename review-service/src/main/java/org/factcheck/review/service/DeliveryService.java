package org.factcheck.review.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.review.WebhookDelivery;
import org.factcheck.review.WebhookSubscription;
import org.factcheck.review.config.ReviewConfig;
import org.factcheck.review.repository.DeliveryRepository;
import org.factcheck.review.repository.ReviewRepository;
import org.factcheck.review.repository.WebhookRepository;
import org.factcheck.review.webhook.Backoff;
import org.factcheck.review.webhook.WebhookSignature;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends due deliveries from the outbox, signed, and records every attempt. A failed attempt (no connection,
 * timeout, any non-2xx answer) makes the delivery due again after {@link Backoff} — capped at
 * {@code backoff-max}, so however long a receiver was down, it gets its backlog within that long of coming back.
 * All times come from the injected {@link Clock}. Counter {@code review.webhook.attempts} by outcome
 * (delivered, pending = will retry, failed = gave up).
 */
@ApplicationScoped
public class DeliveryService {

    public static final String EVENT_HEADER = "X-Factcheck-Event";
    public static final String DELIVERY_HEADER = "X-Factcheck-Delivery";
    public static final String TIMESTAMP_HEADER = "X-Factcheck-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Factcheck-Signature";
    private static final int LOG_LIMIT = 20;

    private final DeliveryRepository deliveries;
    private final WebhookRepository subscriptions;
    private final ReviewConfig.Webhooks config;
    private final Backoff backoff;
    private final Clock clock;
    private final HttpClient http;
    private final MeterRegistry metrics;

    public DeliveryService(DeliveryRepository deliveries, WebhookRepository subscriptions, ReviewConfig config,
            Clock clock, MeterRegistry metrics) {
        this.metrics = metrics;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.config = config.webhooks();
        this.backoff = new Backoff(this.config.backoffBase(), this.config.backoffMax());
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Scheduled(every = "${factcheck.review.webhooks.poll-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        int sent = deliverDue();
        if (sent > 0) {
            Log.debugf("%d webhook delivery attempt(s)", sent);
        }
    }

    /**
     * Attempts the deliveries that are due now (at most {@code batch-size}); returns how many were attempted.
     * Once a receiver gives no answer (refused, timed out), its other deliveries wait for the next scan, so a
     * receiver that is down costs one attempt per scan, and at most one timeout, however long its backlog.
     */
    public int deliverDue() {
        int attempted = 0;
        Set<String> unreachable = new HashSet<>();
        while (attempted < config.batchSize()) {
            Instant now = now();
            Instant abandonAt = now.plus(config.timeout().multipliedBy(2));
            WebhookDelivery d = deliveries.takeDue(now, abandonAt, unreachable);
            if (d == null) {
                break;
            }
            if (!attempt(d, now, abandonAt)) {
                unreachable.add(d.subscriptionId);
            }
            attempted++;
        }
        return attempted;
    }

    /** Returns whether the receiver answered at all. */
    private boolean attempt(WebhookDelivery d, Instant now, Instant takenUntil) {
        WebhookSubscription s = subscriptions.findById(d.subscriptionId);
        WebhookDelivery.Attempt a = new WebhookDelivery.Attempt();
        a.at = now;
        long started = System.nanoTime();
        if (s == null || !s.active) {
            a.error = s == null ? "subscription deleted" : "subscription inactive";
        } else {
            send(s, d, a);
        }
        a.durationMs = (System.nanoTime() - started) / 1_000_000;
        d.attempts++;
        d.log.add(a);
        if (d.log.size() > LOG_LIMIT) {
            d.log = List.copyOf(d.log.subList(d.log.size() - LOG_LIMIT, d.log.size()));
        }
        boolean ok = a.statusCode != null && a.statusCode >= 200 && a.statusCode < 300;
        if (ok) {
            d.status = WebhookDelivery.Status.DELIVERED;
            d.deliveredAt = now;
            d.nextAttemptAt = null;
        } else if (!now.isBefore(d.createdAt.plus(config.giveUpAfter()))) {
            d.status = WebhookDelivery.Status.FAILED;
            d.nextAttemptAt = null;
            Log.warnf("webhook delivery %s failed for good after %d attempts: %s", d.id, d.attempts, a.error);
        } else {
            d.nextAttemptAt = now.plus(backoff.after(d.attempts));
        }
        metrics.counter("review.webhook.attempts", "outcome", ok ? "delivered" : d.status.name().toLowerCase(Locale.ROOT))
                .increment();
        if (!deliveries.recordAttempt(d, takenUntil)) {
            Log.infof("webhook delivery %s was redelivered while attempt %d ran", d.id, d.attempts);
        }
        return a.statusCode != null;
    }

    private void send(WebhookSubscription s, WebhookDelivery d, WebhookDelivery.Attempt a) {
        long timestamp = clock.instant().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(s.url)).timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "factcheck-webhooks")
                    .header(EVENT_HEADER, d.type)
                    .header(DELIVERY_HEADER, d.id)
                    .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(SIGNATURE_HEADER, WebhookSignature.sign(s.secret, timestamp, d.body))
                    .POST(HttpRequest.BodyPublishers.ofString(d.body)).build();
            a.statusCode = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (a.statusCode < 200 || a.statusCode >= 300) {
                a.error = "receiver answered " + a.statusCode;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            a.error = "interrupted";
        } catch (Exception e) {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            a.error = (e.getClass().getSimpleName() + message).substring(0,
                    Math.min(200, e.getClass().getSimpleName().length() + message.length()));
        }
    }

    // ---- the delivery log -----------------------------------------------------------------------------------

    public ReviewRepository.Page<WebhookDelivery> log(String subscriptionId, WebhookDelivery.Status status, int page,
            int size) {
        return deliveries.page(subscriptionId, status, page, size);
    }

    /** Makes a delivery due now, whatever its status (DELIVERED and FAILED ones too). */
    public WebhookDelivery redeliver(String subscriptionId, String deliveryId) {
        if (!deliveries.redeliver(subscriptionId, deliveryId, now())) {
            throw new NotFoundException("no delivery " + deliveryId + " for webhook " + subscriptionId);
        }
        return deliveries.findById(deliveryId);
    }
}
