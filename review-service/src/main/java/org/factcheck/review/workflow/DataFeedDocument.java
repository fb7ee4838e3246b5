package org.factcheck.review.workflow;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published fact-checks as a schema.org {@code DataFeed} (https://schema.org/DataFeed): one
 * {@code DataFeedItem} per ClaimReview. A published ClaimReview does not change, so an item's
 * {@code dateModified} is its publication time and the feed's is that of its newest item overall.
 */
public final class DataFeedDocument {

    /** One ClaimReview (without its own {@code @context}) and when it was published. */
    public record Item(Map<String, Object> claimReview, Instant publishedAt) {
    }

    private DataFeedDocument() {
    }

    /** @param lastModified newest publication overall, null when nothing is published */
    public static Map<String, Object> of(ClaimReviewDocument.Publisher publisher,
            Instant lastModified, List<Item> items) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("@context", "https://schema.org");
        feed.put("@type", "DataFeed");
        feed.put("name", publisher.name() + " fact-checks");
        feed.put("url", publisher.feedUrl());
        feed.put("publisher", ClaimReviewDocument.organisation(publisher.name(), publisher.url()));
        if (lastModified != null) {
            feed.put("dateModified", EventData.time(lastModified));
        }
        feed.put("dataFeedElement", items.stream().map(DataFeedDocument::element).toList());
        return feed;
    }

    private static Map<String, Object> element(Item item) {
        Map<String, Object> review = new LinkedHashMap<>(item.claimReview());
        review.remove("@context");
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("@type", "DataFeedItem");
        element.put("dateCreated", EventData.time(item.publishedAt()));
        element.put("dateModified", EventData.time(item.publishedAt()));
        element.put("item", review);
        return element;
    }
}
