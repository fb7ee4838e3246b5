package org.factcheck.claims;

import java.time.Instant;

import org.bson.types.ObjectId;

import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * A submitted article. {@code textSha256} (the normalised text's hash) and {@code urlKey} (the normalised URL, or
 * the hash when there is no URL) carry unique indexes: the same article submitted twice, even concurrently, is
 * stored once.
 */
@MongoEntity(collection = "articles")
public class Article {

    public ObjectId id;
    public String title;
    /** Exactly one of text and html is set; claim offsets index into that one. */
    public String text;
    public String html;
    public String url;
    public String urlKey;
    public String outlet;
    public Instant publishedAt;
    public String language;
    public String textSha256;
    /** How many claims the engine found; lets a repeated submission complete a partly stored article. */
    public int claimCount;
    public String submittedBy;
    public String requestId;
    public Instant createdAt;

    public String body() {
        return text != null ? text : html;
    }
}
