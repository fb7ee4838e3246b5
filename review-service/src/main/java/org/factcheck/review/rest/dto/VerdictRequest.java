package org.factcheck.review.rest.dto;

import java.util.List;

import org.hibernate.validator.constraints.URL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's verdict; {@code rating} must be on the configured scale. */
public record VerdictRequest(
        @NotBlank @Size(max = 32) String rating,
        @NotBlank @Size(max = 10_000) String summary,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull SourceRef> sources,
        @Valid EvidenceRef evidence) {

    /** A source is a web page the published ClaimReview can link to: http(s) only, never file:, ftp: or jar:. */
    public record SourceRef(
            @NotBlank @URL(regexp = "^(?i)https?:.*", message = "must be an http(s) URL") @Size(max = 2000) String url,
            @Size(max = 1000) String title,
            @Size(max = 64) String accessedAt) {
    }

    public record EvidenceRef(@NotNull Double value, @Size(max = 64) String unit, @Size(max = 2000) String source) {
    }
}
