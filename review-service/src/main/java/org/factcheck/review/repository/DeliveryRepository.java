package org.factcheck.review.repository;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.nin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bson.conversions.Bson;
import org.factcheck.review.WebhookDelivery;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The webhook outbox, {@code webhook_deliveries}, which is also each subscription's delivery log. */
@ApplicationScoped
public class DeliveryRepository implements PanacheMongoRepositoryBase<WebhookDelivery, String> {

    public void createIndexes() {
        var c = mongoCollection();
        c.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.ascending("nextAttemptAt")),
                new IndexOptions().name("due"));
        c.createIndex(Indexes.compoundIndex(Indexes.ascending("subscriptionId"), Indexes.descending("createdAt")),
                new IndexOptions().name("subscription_log"));
    }

    /** Writes the delivery unless it exists already (same subscription and event): false then. */
    public boolean insertIfAbsent(WebhookDelivery delivery) {
        try {
            mongoCollection().insertOne(delivery);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() == 11000) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Takes the oldest due delivery for one attempt: its {@code nextAttemptAt} moves to {@code abandonAt}, so no
     * other worker takes it meanwhile, and a worker that dies mid-attempt only delays it until then.
     * Deliveries of {@code skipSubscriptions} stay where they are.
     */
    public WebhookDelivery takeDue(Instant now, Instant abandonAt, Collection<String> skipSubscriptions) {
        Bson due = and(eq("status", WebhookDelivery.Status.PENDING.name()), lte("nextAttemptAt", now));
        if (!skipSubscriptions.isEmpty()) {
            due = and(due, nin("subscriptionId", skipSubscriptions));
        }
        return mongoCollection().findOneAndUpdate(due,
                Updates.set("nextAttemptAt", abandonAt),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt"))
                        .returnDocument(ReturnDocument.AFTER));
    }

    /** Stores the outcome of the attempt that made {@code attempts}; a redelivery request in between wins. */
    public boolean recordAttempt(WebhookDelivery delivery, Instant takenUntil) {
        return mongoCollection().replaceOne(and(eq("_id", delivery.id), eq("attempts", delivery.attempts - 1),
                eq("nextAttemptAt", takenUntil)), delivery).getModifiedCount() == 1;
    }

    public ReviewRepository.Page<WebhookDelivery> page(String subscriptionId, WebhookDelivery.Status status,
            int page, int size) {
        Bson filter = eq("subscriptionId", subscriptionId);
        if (status != null) {
            filter = and(filter, eq("status", status.name()));
        }
        var c = mongoCollection();
        List<WebhookDelivery> items = c.find(filter).sort(Sorts.descending("createdAt", "_id"))
                .skip((int) Math.min(Integer.MAX_VALUE, (long) page * size)).limit(size).into(new ArrayList<>());
        return new ReviewRepository.Page<>(items, c.countDocuments(filter));
    }

    /** Makes the delivery due now again, whatever its status; false when there is no such delivery. */
    public boolean redeliver(String subscriptionId, String deliveryId, Instant now) {
        return mongoCollection().updateOne(and(eq("_id", deliveryId), eq("subscriptionId", subscriptionId)),
                Updates.combine(Updates.set("status", WebhookDelivery.Status.PENDING.name()),
                        Updates.set("nextAttemptAt", now)))
                .getMatchedCount() == 1;
    }

    public long deleteFor(String subscriptionId) {
        return mongoCollection().deleteMany(eq("subscriptionId", subscriptionId)).getDeletedCount();
    }
}
