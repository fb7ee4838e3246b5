package org.factcheck.claims.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.factcheck.claims.Claim;
import org.factcheck.claims.HandoverState;
import org.factcheck.engine.model.ClaimType;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.quarkus.mongodb.panache.PanacheMongoRepository;
import io.quarkus.mongodb.panache.PanacheQuery;

@ApplicationScoped
public class ClaimRepository implements PanacheMongoRepository<Claim> {

    private static final Bson BY_SCORE = Sorts.orderBy(Sorts.descending("checkworthiness"), Sorts.ascending("_id"));

    public Optional<Claim> findById(String id) {
        return ObjectId.isValid(id) ? findByIdOptional(new ObjectId(id)) : Optional.empty();
    }

    public List<Claim> listByArticle(ObjectId articleId) {
        return find(Filters.eq("articleId", articleId), Sorts.ascending("ordinal")).list();
    }

    public PanacheQuery<Claim> byArticle(ObjectId articleId) {
        return find(Filters.eq("articleId", articleId), Sorts.ascending("ordinal"));
    }

    public long countByArticle(ObjectId articleId) {
        return count(Filters.eq("articleId", articleId));
    }

    /**
     * Claims by optional type, lowest score and text search; {@code text} is matched literally (quoted, case
     * insensitive), never as a pattern or operator.
     */
    public PanacheQuery<Claim> search(ClaimType type, Double minScore, String text) {
        List<Bson> filters = new ArrayList<>();
        if (type != null) {
            filters.add(Filters.eq("type", type.name()));
        }
        if (minScore != null) {
            filters.add(Filters.gte("checkworthiness", minScore));
        }
        if (text != null && !text.isEmpty()) {
            filters.add(Filters.regex("text", Pattern.quote(text), "i"));
        }
        return find(filters.isEmpty() ? Filters.empty() : Filters.and(filters), BY_SCORE);
    }

    /** Earlier claims of other articles sharing at least one matcher key, newest first. */
    public List<Claim> matchCandidates(List<String> keys, ObjectId articleId, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return find(Filters.and(Filters.in("keys", keys), Filters.ne("articleId", articleId)),
                Sorts.descending("_id")).page(0, limit).list();
    }

    // --- hand-over (outbox) -------------------------------------------------------------------------------------

    /**
     * Atomically takes the most overdue pending claim and leases it to {@code owner} until {@code leaseUntil}: its
     * next attempt moves to the lease's end, so nobody else takes it meanwhile, and if the owner dies the claim is
     * simply due again when the lease runs out.
     */
    public Optional<Claim> leaseNextDue(Instant now, Instant leaseUntil, String owner) {
        Claim leased = mongoCollection().findOneAndUpdate(
                Filters.and(Filters.eq("handover.state", HandoverState.PENDING.name()),
                        Filters.lte("handover.nextAttemptAt", now)),
                Updates.combine(
                        Updates.set("handover.nextAttemptAt", leaseUntil),
                        Updates.set("handover.leaseOwner", owner),
                        Updates.set("handover.leaseToken", UUID.randomUUID().toString()),
                        Updates.inc("handover.attempts", 1)),
                new FindOneAndUpdateOptions()
                        .sort(Sorts.ascending("handover.nextAttemptAt"))
                        .returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(leased);
    }

    /** Records an outcome, only if the caller still holds the lease it was given. */
    public boolean completeLease(Claim leased, Bson update) {
        Bson unlease = Updates.combine(Updates.unset("handover.leaseOwner"), Updates.unset("handover.leaseToken"));
        return mongoCollection().updateOne(
                Filters.and(Filters.eq("_id", leased.id),
                        Filters.eq("handover.state", HandoverState.PENDING.name()),
                        Filters.eq("handover.leaseToken", leased.handover.leaseToken)),
                Updates.combine(update, unlease)).getModifiedCount() == 1;
    }

    /** Puts a FAILED claim back in line. */
    public boolean requeue(ObjectId id, Instant now) {
        return mongoCollection().updateOne(
                Filters.and(Filters.eq("_id", id), Filters.eq("handover.state", HandoverState.FAILED.name())),
                Updates.combine(
                        Updates.set("handover.state", HandoverState.PENDING.name()),
                        Updates.set("handover.attempts", 0),
                        Updates.set("handover.nextAttemptAt", now),
                        Updates.unset("handover.failedAt"))).getModifiedCount() == 1;
    }

    public PanacheQuery<Claim> byHandoverState(HandoverState state) {
        return find(Filters.eq("handover.state", state.name()), Sorts.ascending("_id"));
    }

    /** The pending claim waiting longest (by when it was extracted). */
    public Optional<Claim> oldestPending() {
        return find(Filters.eq("handover.state", HandoverState.PENDING.name()), Sorts.ascending("extractedAt"))
                .firstResultOptional();
    }
}
