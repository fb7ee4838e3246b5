package org.factcheck.review.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.factcheck.review.Review;
import org.factcheck.review.repository.ReviewRepository;
import org.factcheck.review.workflow.ClaimReviewDocument;
import org.factcheck.review.workflow.DataFeedDocument;
import org.factcheck.review.workflow.RatingScale;
import org.factcheck.review.workflow.ReviewStatus;
import org.factcheck.review.workflow.Verdict;

import jakarta.enterprise.context.ApplicationScoped;

/** Published fact-checks as schema.org ClaimReview. */
@ApplicationScoped
public class FactCheckService {

    public record Feed(List<Map<String, Object>> items, long total) {
    }

    /** One page of the DataFeed document and the number of items in the whole feed. */
    public record DataFeedPage(Map<String, Object> document, long total) {
    }

    private final ReviewRepository reviews;
    private final ClaimReviewDocument.Publisher publisher;
    private final RatingScale scale;

    public FactCheckService(ReviewRepository reviews, ClaimReviewDocument.Publisher publisher, RatingScale scale) {
        this.reviews = reviews;
        this.publisher = publisher;
        this.scale = scale;
    }

    public Map<String, Object> one(String claimId) {
        Review r = reviews.findById(claimId);
        if (r == null || r.state.status != ReviewStatus.PUBLISHED) {
            throw new NotFoundException("no published fact-check for claim " + claimId);
        }
        return toClaimReview(r);
    }

    public Feed feed(Instant since, int page, int size) {
        var p = reviews.published(since, page, size);
        return new Feed(p.items().stream().map(this::toClaimReview).toList(), p.total());
    }

    /** A page of the schema.org DataFeed, newest first, and how many items the whole feed has. */
    public DataFeedPage dataFeed(Instant since, int page, int size) {
        var p = reviews.published(since, page, size);
        List<DataFeedDocument.Item> items = p.items().stream()
                .map(r -> new DataFeedDocument.Item(toClaimReview(r), r.state.publishedAt)).toList();
        return new DataFeedPage(DataFeedDocument.of(publisher, reviews.lastPublishedAt(), items), p.total());
    }

    Map<String, Object> toClaimReview(Review r) {
        Document article = r.claim == null ? null : r.claim.get("article", Document.class);
        String summary = r.state.verdicts.stream()
                .filter(v -> v.round == r.state.round && v.rating.equals(r.state.publishedRating))
                .map((Verdict v) -> v.summary).findFirst().orElse(null);
        var published = new ClaimReviewDocument.Published(r.claimId, r.text,
                article == null ? null : article.getString("url"),
                article == null ? null : article.getString("title"),
                article == null ? null : article.getString("outlet"),
                article == null ? null : article.getString("publishedAt"),
                r.state.publishedAt, r.state.publishedRating, summary);
        return ClaimReviewDocument.of(published, publisher, scale);
    }
}
