package org.factcheck.review.repository;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.review.WebhookSubscription;

import com.mongodb.client.model.Sorts;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code webhooks} collection: the admins' subscriptions. */
@ApplicationScoped
public class WebhookRepository implements PanacheMongoRepositoryBase<WebhookSubscription, String> {

    public List<WebhookSubscription> active() {
        return mongoCollection().find(eq("active", true)).into(new ArrayList<>());
    }

    public ReviewRepository.Page<WebhookSubscription> page(int page, int size) {
        var c = mongoCollection();
        List<WebhookSubscription> items = c.find().sort(Sorts.ascending("createdAt", "_id"))
                .skip((int) Math.min(Integer.MAX_VALUE, (long) page * size)).limit(size).into(new ArrayList<>());
        return new ReviewRepository.Page<>(items, c.countDocuments());
    }
}
