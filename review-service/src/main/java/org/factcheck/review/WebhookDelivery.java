package org.factcheck.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * One event for one subscription: the webhook outbox (collection {@code webhook_deliveries}). Written when the
 * workflow change that causes the event completes, before its pending events are cleared, so a crash cannot lose
 * it; {@code _id} = subscription id + "." + event id, so writing it twice is a no-op. It stays PENDING, retried
 * with back-off, until the receiver answers 2xx or {@code give-up-after} has passed (then FAILED; an admin can
 * still redeliver it). The body is fixed when the delivery is written: every attempt sends the same bytes.
 */
@MongoEntity(collection = "webhook_deliveries")
public class WebhookDelivery {

    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    /** One try: when, the receiver's status code (null when it could not be reached), what went wrong. */
    public static class Attempt {
        public Instant at;
        public Integer statusCode;
        public String error;
        public long durationMs;
    }

    @BsonId
    public String id;
    public String subscriptionId;
    public String eventId;
    public String type;
    public String claimId;
    public String body;
    public Status status = Status.PENDING;
    public int attempts;
    public Instant createdAt;
    /** When the next attempt is due; while an attempt runs, when it counts as abandoned. */
    public Instant nextAttemptAt;
    public Instant deliveredAt;
    public List<Attempt> log = new ArrayList<>();
}
