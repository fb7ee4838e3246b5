package org.factcheck.review.workflow;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a schema.org {@code ClaimReview} (https://schema.org/ClaimReview) for a published claim.
 * The reviewed claim is a {@code Claim} whose {@code author} is the outlet that published the article and whose
 * {@code appearance} is the article itself; the review's {@code author} is the fact-checking organisation.
 */
public final class ClaimReviewDocument {

    /** What is published about one claim. Article fields may be null. */
    public record Published(String claimId, String claimText, String articleUrl, String articleTitle,
            String outlet, String articlePublishedAt, Instant publishedAt, String rating, String summary) {
    }

    /** The organisation publishing the fact-checks and where they live. */
    public record Publisher(String name, String url, String factCheckBaseUrl, String feedUrl) {
    }

    private ClaimReviewDocument() {
    }

    public static Map<String, Object> of(Published p, Publisher publisher, RatingScale scale) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "ClaimReview");
        doc.put("url", stripSlash(publisher.factCheckBaseUrl()) + "/" + p.claimId());
        doc.put("claimReviewed", p.claimText());
        doc.put("datePublished", EventData.time(p.publishedAt()));
        doc.put("author", organisation(publisher.name(), publisher.url()));
        doc.put("reviewRating", scale.reviewRating(p.rating()));
        if (p.summary() != null) {
            doc.put("reviewBody", p.summary());
        }
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        if (p.outlet() != null) {
            claim.put("author", organisation(p.outlet(), null));
        }
        if (p.articlePublishedAt() != null) {
            claim.put("datePublished", p.articlePublishedAt());
        }
        if (p.articleUrl() != null || p.articleTitle() != null) {
            Map<String, Object> appearance = new LinkedHashMap<>();
            appearance.put("@type", "CreativeWork");
            if (p.articleUrl() != null) {
                appearance.put("url", p.articleUrl());
            }
            if (p.articleTitle() != null) {
                appearance.put("headline", p.articleTitle());
            }
            claim.put("appearance", appearance);
        }
        doc.put("itemReviewed", claim);
        return doc;
    }

    static Map<String, Object> organisation(String name, String url) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", name);
        if (url != null) {
            org.put("url", url);
        }
        return org;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
