package org.factcheck.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * An admin's subscription of a URL to workflow events (collection {@code webhooks}). The secret signs every
 * delivery; it is shown once, when the subscription is created or the secret rotated, and never read back.
 */
@MongoEntity(collection = "webhooks")
public class WebhookSubscription {
    @BsonId
    public String id;
    public String url;
    /** Public event names, e.g. claim.published. */
    public List<String> events = new ArrayList<>();
    public String description;
    public boolean active = true;
    public String secret;
    public Instant createdAt;
    public Instant updatedAt;
}
