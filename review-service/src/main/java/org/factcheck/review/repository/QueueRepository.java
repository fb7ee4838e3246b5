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
import org.factcheck.review.QueueItem;
import org.factcheck.review.config.ReviewConfig;

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

    /** Null when prefetching is off: then every take scans the queue. */
    private final TakeCandidates candidates;
    private final int candidateAttempts;

    public QueueRepository(ReviewConfig config) {
        int prefetch = config.queue().prefetch();
        this.candidateAttempts = 2 * prefetch + 1;
        this.candidates = prefetch < 1 ? null
                : new TakeCandidates(prefetch, config.queue().prefetchMaxAge(), this::takeableByAnyone);
    }

    public void createIndexes() {
        mongoCollection().createIndex(Indexes.compoundIndex(Indexes.ascending("leaseUntil"),
                Indexes.ascending("desk"), Indexes.descending("rank")), new IndexOptions().name("takeable"));
        // serves takeIfUnchanged; unique because _id is (the embedded store answers only from unique indexes)
        mongoCollection().createIndex(Indexes.ascending("_id", "version", "leaseId", "leaseUntil"),
                new IndexOptions().unique(true).name("take_if_unchanged"));
    }

    /**
     * Leases the highest-ranked claim the reviewer may take: free or with an expired lease, unpinned or pinned to
     * one of the reviewer's desks, and not already judged by the reviewer in this round. Normally the claim is the
     * best candidate of a recent scan ({@link TakeCandidates}), leased by a write that succeeds only if the item
     * is still exactly as scanned; a candidate someone else changed meanwhile is skipped. When no candidate fits
     * the reviewer, one findOneAndUpdate scans the queue for the best claim. Either way two callers can never both
     * lease the same claim: every lease writes a fresh {@code leaseId} and a future {@code leaseUntil}, which both
     * conditions exclude.
     */
    public QueueItem take(String reviewer, Collection<String> desks, Instant now, Instant until, String leaseId) {
        if (candidates != null) {
            // bounded: candidates changed by others (another instance taking them) end in the scanning take
            for (int attempt = 0; attempt < candidateAttempts; attempt++) {
                TakeCandidates.Pick pick = candidates.next(reviewer, desks, now);
                if (pick.item() == null) {
                    if (pick.nothingTakeable()) {
                        return null;
                    }
                    break;
                }
                QueueItem taken = takeIfUnchanged(pick.item(), reviewer, until, leaseId);
                if (taken != null) {
                    return taken;
                }
            }
        }
        return takeBest(reviewer, desks, now, until, leaseId);
    }

    /** The scanning take: one atomic findOneAndUpdate over the queue, sorted by rank. */
    private QueueItem takeBest(String reviewer, Collection<String> desks, Instant now, Instant until, String leaseId) {
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
     * {@code take_if_unchanged} index; null matches a missing field, as in MongoDB.
     */
    private QueueItem takeIfUnchanged(QueueItem seen, String reviewer, Instant until, String leaseId) {
        Document unchanged = new Document("_id", seen.claimId).append("version", seen.version)
                .append("leaseId", seen.leaseId).append("leaseUntil", seen.leaseUntil);
        return mongoCollection().findOneAndUpdate(unchanged, lease(reviewer, until, leaseId),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    private static org.bson.conversions.Bson lease(String reviewer, Instant until, String leaseId) {
        return Updates.combine(Updates.set("leaseHolder", reviewer), Updates.set("leaseId", leaseId),
                Updates.set("leaseUntil", until));
    }

    /** The best {@code limit} items anyone may take at {@code now}, best first. */
    private List<QueueItem> takeableByAnyone(Instant now, int limit) {
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
        takeableAgain(item.leaseId);
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
        takeableAgain(projected == null ? null : projected.leaseId);
    }

    /** After a write that may have made a claim takeable (new, released, expired): the next take scans again. */
    private void takeableAgain(String leaseId) {
        if (leaseId == null && candidates != null) {
            candidates.invalidate();
        }
    }

    public List<QueueItem> expiredLeases(Instant now) {
        return mongoCollection().find(and(ne("leaseHolder", null), lt("leaseUntil", now))).into(new ArrayList<>());
    }

    public List<QueueItem> all() {
        return mongoCollection().find().into(new ArrayList<>());
    }
}
