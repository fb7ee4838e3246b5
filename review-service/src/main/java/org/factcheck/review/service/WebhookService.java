package org.factcheck.review.service;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.factcheck.review.PendingEvent;
import org.factcheck.review.WebhookDelivery;
import org.factcheck.review.WebhookSubscription;
import org.factcheck.review.config.ReviewConfig;
import org.factcheck.review.repository.DeliveryRepository;
import org.factcheck.review.repository.ReviewRepository;
import org.factcheck.review.repository.WebhookRepository;
import org.factcheck.review.webhook.HookEventType;
import org.factcheck.review.workflow.ClaimReviewDocument;
import org.factcheck.review.workflow.EventData;
import org.factcheck.review.workflow.EventType;
import org.factcheck.review.workflow.InvalidCommandException;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Webhook subscriptions (admin CRUD) and the outbox writer: {@link #enqueue} turns a completed change's events
 * into one {@link WebhookDelivery} per matching active subscription. The active subscriptions are cached for
 * {@code subscription-refresh}, so a workflow change costs no extra read while nobody subscribes.
 */
@ApplicationScoped
public class WebhookService {

    /** What the admin sends; null fields of an update stay as they are ({@code secret} is for creation only). */
    public record Changes(String url, List<String> events, String description, Boolean active, String secret) {
    }

    private record Cached(List<WebhookSubscription> active, Instant loadedAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final ReviewConfig config;
    private final ClaimReviewDocument.Publisher publisher;
    private final Clock clock;
    private volatile Cached cached;

    public WebhookService(WebhookRepository subscriptions, DeliveryRepository deliveries, ReviewConfig config,
            ClaimReviewDocument.Publisher publisher, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.config = config;
        this.publisher = publisher;
        this.clock = clock;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    // ---- subscriptions --------------------------------------------------------------------------------------

    /** Creates a subscription; the answer carries the secret, the only time it is shown. */
    public WebhookSubscription create(Changes in) {
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID().toString();
        s.url = url(in.url());
        s.events = events(in.events());
        s.description = in.description();
        s.active = in.active() == null || in.active();
        s.secret = in.secret() == null ? newSecret() : in.secret();
        s.createdAt = now();
        s.updatedAt = s.createdAt;
        subscriptions.persist(s);
        forget();
        Log.infof("webhook %s created for %s → %s", s.id, s.events, s.url);
        return s;
    }

    public WebhookSubscription get(String id) {
        WebhookSubscription s = subscriptions.findById(id);
        if (s == null) {
            throw new NotFoundException("no webhook " + id);
        }
        return s;
    }

    public ReviewRepository.Page<WebhookSubscription> list(int page, int size) {
        return subscriptions.page(page, size);
    }

    public WebhookSubscription update(String id, Changes in) {
        WebhookSubscription s = get(id);
        if (in.url() != null) {
            s.url = url(in.url());
        }
        if (in.events() != null) {
            s.events = events(in.events());
        }
        if (in.description() != null) {
            s.description = in.description();
        }
        if (in.active() != null) {
            s.active = in.active();
        }
        s.updatedAt = now();
        subscriptions.update(s);
        forget();
        return s;
    }

    /** A fresh secret; deliveries from now on are signed with it. */
    public WebhookSubscription rotateSecret(String id) {
        WebhookSubscription s = get(id);
        s.secret = newSecret();
        s.updatedAt = now();
        subscriptions.update(s);
        forget();
        return s;
    }

    /** Removes the subscription and its outbox entries and log. */
    public void delete(String id) {
        if (!subscriptions.deleteById(id)) {
            throw new NotFoundException("no webhook " + id);
        }
        long dropped = deliveries.deleteFor(id);
        forget();
        Log.infof("webhook %s deleted with %d deliveries", id, dropped);
    }

    // ---- the outbox -----------------------------------------------------------------------------------------

    /** Writes a delivery per matching active subscription for each event; writing one twice is a no-op. */
    public void enqueue(String claimId, List<PendingEvent> events) {
        List<WebhookSubscription> active = active();
        if (active.isEmpty()) {
            return;
        }
        for (PendingEvent p : events) {
            HookEventType type = HookEventType.of(EventType.valueOf(p.type)).orElse(null);
            if (type == null) {
                continue;
            }
            String body = null;
            for (WebhookSubscription s : active) {
                if (!s.events.contains(type.publicName())) {
                    continue;
                }
                body = body == null ? body(claimId, type, p) : body;
                WebhookDelivery d = new WebhookDelivery();
                d.id = s.id + ":" + p.key;
                d.subscriptionId = s.id;
                d.eventId = p.key;
                d.type = type.publicName();
                d.claimId = claimId;
                d.body = body;
                d.createdAt = now();
                d.nextAttemptAt = d.createdAt;
                deliveries.insertIfAbsent(d);
            }
        }
    }

    private String body(String claimId, HookEventType type, PendingEvent p) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("id", p.key);
        body.put("type", type.publicName());
        body.put("occurredAt", p.at);
        body.put("claimId", claimId);
        body.put("actor", p.actor);
        if (type == HookEventType.CLAIM_PUBLISHED) {
            body.put("factCheckUrl", publisher.factCheckBaseUrl().replaceAll("/$", "") + "/" + claimId);
        }
        body.put("data", EventData.parse(p.dataJson));
        return EventData.canonicalJson(body);
    }

    List<WebhookSubscription> active() {
        Cached c = cached;
        Instant now = clock.instant();
        if (c == null || now.isAfter(c.loadedAt().plus(config.webhooks().subscriptionRefresh()))
                || now.isBefore(c.loadedAt())) {
            c = new Cached(List.copyOf(subscriptions.active()), now);
            cached = c;
        }
        return c.active();
    }

    private void forget() {
        cached = null;
    }

    // ---- validation -----------------------------------------------------------------------------------------

    private static String url(String url) {
        try {
            URI u = URI.create(url);
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
                    && u.getUserInfo() == null && u.getFragment() == null) {
                return url;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidCommandException("url must be an absolute http or https URL without credentials or fragment");
    }

    private static List<String> events(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidCommandException("events must name at least one event type");
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String name : names) {
            out.add(HookEventType.parse(name).publicName());
        }
        return List.copyOf(out);
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
