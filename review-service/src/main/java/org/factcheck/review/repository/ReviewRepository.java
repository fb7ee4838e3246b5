package org.factcheck.review.repository;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.factcheck.review.Review;
import org.factcheck.review.workflow.ReviewStatus;

import com.mongodb.client.FindIterable;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code reviews} collection: every claim ever received, with its workflow state. */
@ApplicationScoped
public class ReviewRepository implements PanacheMongoRepositoryBase<Review, String> {

    public record Page<T>(List<T> items, long total) {
    }

    public void createIndexes() {
        var c = mongoCollection();
        c.createIndex(Indexes.compoundIndex(Indexes.ascending("state.status"), Indexes.descending("rank")),
                new IndexOptions().name("status_rank"));
        c.createIndex(Indexes.ascending("state.publishedAt"), new IndexOptions().name("published"));
        // serves the version-checked writes below; unique because _id is
        c.createIndex(Indexes.compoundIndex(Indexes.ascending("_id"), Indexes.ascending("version")),
                new IndexOptions().unique(true).name("id_version"));
    }

    /**
     * {@code {_id, version}} as one flat document rather than {@code $and}: the same query for MongoDB, and the
     * shape the embedded store answers from the {@code id_version} index instead of scanning every review.
     */
    private static Document atVersion(String claimId, long version) {
        return new Document("_id", claimId).append("version", version);
    }

    /** Inserts a new claim; false if one with this id exists already (the unique _id decides races). */
    public boolean insertIfAbsent(Review review) {
        try {
            mongoCollection().insertOne(review);
            return true;
        } catch (com.mongodb.MongoWriteException e) {
            if (e.getError().getCode() == 11000) {
                return false;
            }
            throw e;
        }
    }

    /** Replaces the document only if nobody changed it since {@code expectedVersion} was read. */
    public boolean compareAndSet(Review review, long expectedVersion) {
        return mongoCollection().replaceOne(atVersion(review.claimId, expectedVersion), review)
                .getModifiedCount() == 1;
    }

    /** A review at one version: whose pending events a commit has appended. */
    public record At(String claimId, long version) {
    }

    /** Clears pending on each review still at the given version (a later change carries its own), in one write. */
    public void clearPending(List<At> committed) {
        if (committed.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Review>> writes = new ArrayList<>(committed.size());
        for (At at : committed) {
            writes.add(new UpdateOneModel<>(atVersion(at.claimId(), at.version()), Updates.set("pending", List.of())));
        }
        mongoCollection().bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /** The reviews with these ids, by id, in one query (served by the _id index); missing ones are absent. */
    public Map<String, Review> byIds(Collection<String> claimIds) {
        Map<String, Review> out = new HashMap<>();
        mongoCollection().find(in("_id", List.copyOf(claimIds))).forEach(r -> out.put(r.claimId, r));
        return out;
    }

    public List<Review> withPendingEvents() {
        return mongoCollection().find(exists("pending.0")).into(new ArrayList<>());
    }

    public Page<Review> page(Collection<ReviewStatus> statuses, String desk, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        filters.add(in("state.status", statuses.stream().map(Enum::name).toList()));
        if (desk != null) {
            filters.add(eq("state.desk", desk));
        }
        Bson filter = and(filters);
        var c = mongoCollection();
        List<Review> items = c.find(filter).sort(Sorts.descending("rank")).skip(page * size).limit(size)
                .into(new ArrayList<>());
        return new Page<>(items, c.countDocuments(filter));
    }

    public Page<Review> published(Instant since, int page, int size) {
        Bson filter = eq("state.status", ReviewStatus.PUBLISHED.name());
        if (since != null) {
            filter = and(filter, gte("state.publishedAt", since));
        }
        var c = mongoCollection();
        List<Review> items = c.find(filter).sort(Sorts.descending("state.publishedAt")).skip(page * size)
                .limit(size).into(new ArrayList<>());
        return new Page<>(items, c.countDocuments(filter));
    }

    /** When the newest fact-check was published, or null when none is. */
    public Instant lastPublishedAt() {
        Review newest = mongoCollection().find(eq("state.status", ReviewStatus.PUBLISHED.name()))
                .sort(Sorts.descending("state.publishedAt")).limit(1).first();
        return newest == null ? null : newest.state.publishedAt;
    }

    /** Claims with at least one verdict, for statistics; iterated with a cursor. */
    public FindIterable<Review> withVerdicts() {
        return mongoCollection().find(Filters.exists("state.verdicts.0")).batchSize(500);
    }
}
