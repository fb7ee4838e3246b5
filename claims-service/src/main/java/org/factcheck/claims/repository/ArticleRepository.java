package org.factcheck.claims.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;
import org.factcheck.claims.Article;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import io.quarkus.mongodb.panache.PanacheMongoRepository;
import io.quarkus.mongodb.panache.PanacheQuery;

@ApplicationScoped
public class ArticleRepository implements PanacheMongoRepository<Article> {

    /** An article with the same URL key or the same text hash. */
    public Optional<Article> findSame(String urlKey, String textSha256) {
        return find(Filters.or(Filters.eq("urlKey", urlKey), Filters.eq("textSha256", textSha256)))
                .firstResultOptional();
    }

    public PanacheQuery<Article> newestFirst() {
        return find(Filters.empty(), Sorts.orderBy(Sorts.descending("createdAt"), Sorts.descending("_id")));
    }

    public Optional<Article> findById(String id) {
        return ObjectId.isValid(id) ? findByIdOptional(new ObjectId(id)) : Optional.empty();
    }
}
