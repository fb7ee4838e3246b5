package org.factcheck.claims.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.factcheck.claims.Article;
import org.factcheck.claims.Claim;
import org.factcheck.claims.HandoverState;
import org.factcheck.claims.client.ClaimHandover;
import org.factcheck.claims.client.ReviewClient;
import org.factcheck.claims.config.ClaimsConfig;
import org.factcheck.claims.mapping.HandoverMapper;
import org.factcheck.claims.repository.ArticleRepository;
import org.factcheck.claims.repository.ClaimRepository;
import org.jboss.logging.MDC;

import com.mongodb.client.model.Updates;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * The outbox sender. Takes due claims one at a time under a lease (findOneAndUpdate), posts each to the
 * review-service and records the outcome only while still holding the lease. A sender that dies mid-way leaves
 * its claim leased; when the lease runs out the claim is due again and another sender delivers it. Delivery is
 * at-least-once on the wire and exactly-once in effect, because the review-service accepts by claim id.
 */
@ApplicationScoped
public class HandoverService {

    private static final int MAX_ERROR_LENGTH = 500;

    private final ClaimRepository claims;
    private final ArticleRepository articles;
    private final ReviewClient review;
    private final ClaimsConfig.Handover config;
    private final Backoff backoff;
    private final String instanceId = UUID.randomUUID().toString();
    private final Counter delivered;
    private final Counter retried;
    private final Counter rejected;
    private final Counter adjusted;
    private final Clock clock;

    public HandoverService(ClaimRepository claims, ArticleRepository articles, @RestClient ReviewClient review,
            ClaimsConfig config, MeterRegistry registry, Clock clock) {
        this.claims = claims;
        this.articles = articles;
        this.review = review;
        this.clock = clock;
        this.config = config.handover();
        this.backoff = new Backoff(this.config.initialBackoff(), this.config.maxBackoff());
        this.delivered = outcomeCounter(registry, "delivered");
        this.retried = outcomeCounter(registry, "retry");
        this.rejected = outcomeCounter(registry, "failed");
        this.adjusted = Counter.builder("factcheck.handover.adjusted")
                .description("Claims trimmed to fit the review-service's limits before delivery")
                .register(registry);
    }

    private static Counter outcomeCounter(MeterRegistry registry, String outcome) {
        return Counter.builder("factcheck.handover.attempts")
                .description("Hand-over attempts to the review-service by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    /** Sends the claims due now, by the service's clock. */
    public int deliverDue() {
        return deliverDue(clock.instant());
    }

    /**
     * Sends the claims due at {@code now}, up to the batch size. Stops at the first retryable failure: the
     * review-service is probably down, and every claim keeps its own back-off. Returns how many were acknowledged.
     */
    public int deliverDue(Instant now) {
        int acknowledged = 0;
        for (int i = 0; i < config.batchSize(); i++) {
            Optional<Claim> leased = lease(now, instanceId);
            if (leased.isEmpty()) {
                break;
            }
            DeliveryOutcome outcome = deliver(leased.get(), now);
            if (outcome == DeliveryOutcome.ACKNOWLEDGED) {
                acknowledged++;
            } else if (outcome == DeliveryOutcome.RETRY) {
                break;
            }
        }
        return acknowledged;
    }

    /** Takes the next due claim for {@code owner} until {@code now + lease}. */
    public Optional<Claim> lease(Instant now, String owner) {
        return claims.leaseNextDue(now, now.plus(config.lease()), owner);
    }

    DeliveryOutcome deliver(Claim claim, Instant now) {
        String previousRequestId = (String) MDC.get("requestId");
        if (claim.requestId != null) {
            MDC.put("requestId", claim.requestId);
        }
        try {
            Article article = articles.findByIdOptional(claim.articleId).orElse(null);
            ClaimHandover body = HandoverMapper.toHandover(claim, article);
            int status;
            String error = null;
            try (Response response = review.deliver(claim.requestId, body)) {
                status = response.getStatus();
            } catch (WebApplicationException e) {
                status = e.getResponse().getStatus();
                error = "HTTP " + status + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (RuntimeException e) {
                // connection refused, timeout, no token from Keycloak …: all worth another try
                return retry(claim, now, null, e.toString());
            }
            return switch (DeliveryOutcome.of(status)) {
                case ACKNOWLEDGED -> acknowledge(claim, now, status, body);
                case RETRY -> retry(claim, now, status, error);
                case REJECTED -> reject(claim, now, status, error);
            };
        } finally {
            if (previousRequestId == null) {
                MDC.remove("requestId");
            } else {
                MDC.put("requestId", previousRequestId);
            }
        }
    }

    private DeliveryOutcome acknowledge(Claim claim, Instant now, int status, ClaimHandover body) {
        boolean recorded = claims.completeLease(claim, Updates.combine(
                Updates.set("handover.state", HandoverState.DELIVERED.name()),
                Updates.set("handover.deliveredAt", now),
                Updates.set("handover.lastStatus", status),
                Updates.unset("handover.lastError"),
                body.adjustments() == null ? Updates.unset("handover.adjustments")
                        : Updates.set("handover.adjustments", body.adjustments())));
        if (body.adjustments() != null) {
            adjusted.increment();
            Log.warnf("Claim %s handed over trimmed to fit the review-service: %s", claim.id,
                    String.join("; ", body.adjustments()));
        }
        if (!recorded) {
            // our lease ran out and someone else took over; the review-service accepts the repeat idempotently
            Log.warnf("Claim %s delivered after its lease expired", claim.id);
        }
        delivered.increment();
        Log.debugf("Claim %s handed over (HTTP %d, attempt %d)", claim.id, status, claim.handover.attempts);
        return DeliveryOutcome.ACKNOWLEDGED;
    }

    private DeliveryOutcome retry(Claim claim, Instant now, Integer status, String error) {
        Duration wait = backoff.after(claim.handover.attempts);
        claims.completeLease(claim, Updates.combine(
                Updates.set("handover.nextAttemptAt", now.plus(wait)),
                Updates.set("handover.lastStatus", status),
                Updates.set("handover.lastError", truncate(error))));
        retried.increment();
        Log.infof("Hand-over of claim %s failed (attempt %d: %s); next try in %s", claim.id,
                claim.handover.attempts, error, wait);
        return DeliveryOutcome.RETRY;
    }

    private DeliveryOutcome reject(Claim claim, Instant now, int status, String error) {
        claims.completeLease(claim, Updates.combine(
                Updates.set("handover.state", HandoverState.FAILED.name()),
                Updates.set("handover.failedAt", now),
                Updates.set("handover.lastStatus", status),
                Updates.set("handover.lastError", truncate(error))));
        rejected.increment();
        Log.errorf("Review-service refused claim %s: %s", claim.id, error);
        return DeliveryOutcome.REJECTED;
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MAX_ERROR_LENGTH ? s : s.substring(0, MAX_ERROR_LENGTH);
    }
}
