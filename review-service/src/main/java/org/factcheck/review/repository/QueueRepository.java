package org.factcheck.review.repository;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.factcheck.review.QueueItem;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code queue} collection: only claims that can be taken now or when their lease ends. */
@ApplicationScoped
public class QueueRepository implements PanacheMongoRepositoryBase<QueueItem, String> {

    public void createIndexes() {
        mongoCollection().createIndex(Indexes.compoundIndex(Indexes.ascending("leaseUntil"),
                Indexes.ascending("desk"), Indexes.descending("rank")), new IndexOptions().name("takeable"));
        // serves takeIfUnchanged; unique because _id is (the embedded store answers only from unique indexes)
        mongoCollection().createIndex(Indexes.ascending("_id", "version", "leaseId", "leaseUntil"),
                new IndexOptions().unique(true).name("take_if_unchanged"));
    }

    /**
     * Leases the highest-ranked claim the reviewer may take in one atomic findOneAndUpdate: free or with an
     * expired lease, unpinned or pinned to one of the reviewer's desks, and not already judged by the reviewer
     * in this round. Two callers can never both match the same document, because the update changes
     * {@code leaseUntil} into the future, which the filter excludes. It scans and sorts the queue; most takes
     * lease a candidate of an earlier scan instead ({@link #takeable}, {@link #takeIfUnchanged}).
     */
    public QueueItem take(String reviewer, Collection<String> desks, Instant now, Instant until, String leaseId) {
        return mongoCollection().findOneAndUpdate(
                and(or(eq("leaseUntil", null), lt("leaseUntil", now)),
                        or(eq("desk", null), in("desk", List.copyOf(desks))),
                        ne("excluded", reviewer)),
                lease(reviewer, until, leaseId),
                new FindOneAndUpdateOptions().sort(Sorts.descending("rank")).returnDocument(ReturnDocument.AFTER));
    }

    /**
     * Leases a candidate only if the item is exactly as scanned: same projected version (so same desk, rank and
     * exclusions) and same lease fields (so still free or expired). One flat document served by the
     * {@code take_if_unchanged} index; null matches a missing field, as in MongoDB. Like {@link #take}, the
     * update writes a fresh {@code leaseId}, so two callers can never both lease the item as seen.
     */
    public QueueItem takeIfUnchanged(QueueItem seen, String reviewer, Instant until, String leaseId) {
        Document unchanged = new Document("_id", seen.claimId).append("version", seen.version)
                .append("leaseId", seen.leaseId).append("leaseUntil", seen.leaseUntil);
        return mongoCollection().findOneAndUpdate(unchanged, lease(reviewer, until, leaseId),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    private static Bson lease(String reviewer, Instant until, String leaseId) {
        return Updates.combine(Updates.set("leaseHolder", reviewer), Updates.set("leaseId", leaseId),
                Updates.set("leaseUntil", until));
    }

    /** The best {@code limit} items anyone may take at {@code now}, best first: candidates for the next takes. */
    public List<QueueItem> takeable(Instant now, int limit) {
        return mongoCollection().find(or(eq("leaseUntil", null), lt("leaseUntil", now)))
                .sort(Sorts.descending("rank")).limit(limit).into(new ArrayList<>());
    }

    /**
     * Writes the projection of a review unless a newer one is there already. Upsert on a filter that excludes
     * newer versions: if a newer item exists, the insert half hits the unique _id and is ignored.
     */
    public void project(QueueItem item) {
        try {
            mongoCollection().replaceOne(and(eq("_id", item.claimId), lt("version", item.version)), item,
                    new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != 11000) {
                throw e;
            }
        }
    }

    public void remove(String claimId, long version) {
        mongoCollection().deleteOne(and(eq("_id", claimId), lte("version", version)));
    }

    /** Puts back the lease fields a failed {@link #take} overwrote, if nobody changed the item since. */
    public void restoreLease(String claimId, String takenLeaseId, QueueItem projected) {
        mongoCollection().updateOne(and(eq("_id", claimId), eq("leaseId", takenLeaseId)),
                Updates.combine(Updates.set("leaseHolder", projected == null ? null : projected.leaseHolder),
                        Updates.set("leaseId", projected == null ? null : projected.leaseId),
                        Updates.set("leaseUntil", projected == null ? null : projected.leaseUntil)));
    }

    public List<QueueItem> expiredLeases(Instant now) {
        return mongoCollection().find(and(ne("leaseHolder", null), lt("leaseUntil", now))).into(new ArrayList<>());
    }

    public List<QueueItem> all() {
        return mongoCollection().find().into(new ArrayList<>());
    }
}
