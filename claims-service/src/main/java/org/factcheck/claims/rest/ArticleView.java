package org.factcheck.claims.rest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as the API shows it. The single-article answers add the submitted {@code text} or {@code html} (claim
 * offsets index into it) and the {@code claims}; lists leave them out.
 */
public record ArticleView(String id, String title, String url, String outlet, Instant publishedAt, String language,
        String format, String textSha256, int claimCount, Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) String html,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ClaimView> claims) {
}
