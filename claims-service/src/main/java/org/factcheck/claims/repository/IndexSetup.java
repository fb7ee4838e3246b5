package org.factcheck.claims.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import io.quarkus.runtime.StartupEvent;

/**
 * Creates the indexes at start-up (idempotent). The unique ones carry correctness: one article per text hash and
 * per URL, one claim per (article, ordinal). The others are for speed on a real MongoDB.
 */
@ApplicationScoped
public class IndexSetup {

    private final ArticleRepository articles;
    private final ClaimRepository claims;

    public IndexSetup(ArticleRepository articles, ClaimRepository claims) {
        this.articles = articles;
        this.claims = claims;
    }

    void onStart(@Observes StartupEvent event) {
        IndexOptions unique = new IndexOptions().unique(true);
        articles.mongoCollection().createIndex(Indexes.ascending("textSha256"), unique);
        articles.mongoCollection().createIndex(Indexes.ascending("urlKey"), unique);
        articles.mongoCollection().createIndex(Indexes.descending("createdAt"));
        claims.mongoCollection().createIndex(Indexes.ascending("articleId", "ordinal"), unique);
        claims.mongoCollection().createIndex(Indexes.ascending("keys"));
        claims.mongoCollection().createIndex(Indexes.ascending("handover.state", "handover.nextAttemptAt"));
        claims.mongoCollection().createIndex(Indexes.descending("checkworthiness"));
    }
}
