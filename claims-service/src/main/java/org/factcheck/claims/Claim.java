package org.factcheck.claims;

import java.time.Instant;
import java.util.List;

import org.bson.types.ObjectId;
import org.factcheck.engine.matching.MatchKind;
import org.factcheck.engine.model.ClaimType;
import org.factcheck.engine.model.Qualifier;

import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * One checkable statement of an article, as the engine found it, with its links to earlier claims and its own
 * hand-over state (the outbox entry lives in the claim document, so both are written in one atomic insert).
 * {@code (articleId, ordinal)} is unique: a claim is never stored twice for the same article.
 */
@MongoEntity(collection = "claims")
public class Claim {

    public ObjectId id;
    public ObjectId articleId;
    /** Position of the claim in the engine's answer for its article. */
    public int ordinal;
    public ClaimType type;
    public int sentence;
    public int start;
    public int end;
    public String text;
    public double checkworthiness;
    public List<String> reasons;
    public List<QuantityValue> quantities;
    public List<RankingValue> rankings;
    public List<TimeValue> time;
    public AttributionValue attribution;
    /** The sentence's ordinals ({@code the third time}); {@code value} is the position, unit and bounds null. */
    public List<QuantityValue> ordinals;
    /** The matcher's blocking keys; earlier claims sharing one are match candidates. */
    public List<String> keys;
    public List<Match> matches;
    public Handover handover;
    /** The X-Request-Id of the submission, passed on with the hand-over. */
    public String requestId;
    public Instant extractedAt;

    public static class QuantityValue {
        public int start;
        public int end;
        public String text;
        public double value;
        public String unit;
        public Qualifier qualifier;
        public Double low;
        public Double high;
        public String per;
    }

    public static class RankingValue {
        public int start;
        public int end;
        public String text;
        public int position;
        public String list;
        public String after;
        /** Inside a top group ("one of the longest", "top five"); false in documents stored before it was kept. */
        public boolean oneOf;
        /** The position counts from the bottom ("ranks last" is 1); false in documents stored before it was kept. */
        public boolean fromEnd;
        /** How many the list holds ("49th out of 50"); null when the text does not say, and in older documents. */
        public Integer outOf;
    }

    public static class TimeValue {
        public int start;
        public int end;
        public String text;
        public String from;
        public String to;
    }

    public static class AttributionValue {
        public int start;
        public int end;
        public String text;
        public String source;
    }

    /** A link to an earlier claim that says the same. */
    public static class Match {
        public ObjectId claimId;
        public ObjectId articleId;
        public double score;
        public MatchKind kind;
    }

    /** Delivery state of the claim to the review-service. */
    public static class Handover {
        public HandoverState state;
        public int attempts;
        /** When the claim is next due; while leased, the end of the lease. */
        public Instant nextAttemptAt;
        public String leaseOwner;
        /** Fresh for every lease: only the holder of the current lease may record the outcome. */
        public String leaseToken;
        public Integer lastStatus;
        public String lastError;
        public Instant deliveredAt;
        public Instant failedAt;
        /** Why the delivered hand-over differs from the claim (trimmed to fit the contract); null if it does not. */
        public List<String> adjustments;
    }
}
