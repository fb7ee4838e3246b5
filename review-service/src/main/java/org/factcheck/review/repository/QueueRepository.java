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
    }

    /**
     * Leases the highest-ranked claim the reviewer may take in one atomic findOneAndUpdate: free or with an
     * expired lease, unpinned or pinned to one of the reviewer's desks, and not already judged by the reviewer
     * in this round. Two callers can never both match the same document, because the update changes
     * {@code leaseUntil} into the future, which the filter excludes.
     */
    public QueueItem take(String reviewer, Collection<String> desks, Instant now, Instant until, String leaseId) {
        return mongoCollection().findOneAndUpdate(
                and(or(eq("leaseUntil", null), lt("leaseUntil", now)),
                        or(eq("desk", null), in("desk", List.copyOf(desks))),
                        ne("excluded", reviewer)),
                Updates.combine(Updates.set("leaseHolder", reviewer), Updates.set("leaseId", leaseId),
                        Updates.set("leaseUntil", until)),
                new FindOneAndUpdateOptions().sort(Sorts.descending("rank")).returnDocument(ReturnDocument.AFTER));
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
