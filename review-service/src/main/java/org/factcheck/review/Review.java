package org.factcheck.review;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;
import org.factcheck.review.workflow.ReviewState;

import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * One claim under review (collection {@code reviews}, one document per claim, kept forever).
 * {@code state} is the workflow state, {@code version} guards every update (compare-and-set), and
 * {@code pending} holds the events of the last change until they are in the history (see
 * {@link org.factcheck.review.service.ReviewService}).
 */
@MongoEntity(collection = "reviews")
public class Review {
    @BsonId
    public String claimId;
    public String articleId;
    public String text;
    public String type;
    /** The claim as the claims-service handed it over. */
    public Document claim;
    public ReviewState state;
    /** Sort key for the queue, see {@link org.factcheck.review.workflow.Priority}. */
    public double rank;
    public long version;
    public List<PendingEvent> pending = new ArrayList<>();
}
