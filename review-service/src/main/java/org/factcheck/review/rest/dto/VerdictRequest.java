package org.factcheck.review.rest.dto;

import java.util.List;

import org.hibernate.validator.constraints.URL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A reviewer's verdict; {@code rating} must be on the configured scale. */
public record VerdictRequest(
        @NotBlank @Size(max = 32) String rating,
        @NotBlank @Size(max = 10_000) String summary,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull SourceRef> sources,
        @Valid EvidenceRef evidence) {

    /**
     * A source is a web page the published ClaimReview can link to: http(s) only, never file:, ftp: or jar:;
     * {@code accessedAt} is when the reviewer read it, an ISO-8601 date or date-time.
     */
    public record SourceRef(
            @NotBlank @URL(regexp = "^(?i)https?:.*", message = "must be an http(s) URL") @Size(max = 2000) String url,
            @Size(max = 1000) String title,
            @Pattern(regexp = ACCESSED_AT, message = "must be an ISO-8601 date (2026-11-27) or date-time "
                    + "(2026-11-27T09:30:00Z)") String accessedAt) {
    }

    /** yyyy-mm-dd, optionally Thh:mm[:ss[.fraction]] with Z or an offset. */
    static final String ACCESSED_AT = "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])"
            + "(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d))?";

    public record EvidenceRef(@NotNull Double value, @Size(max = 64) String unit, @Size(max = 2000) String source) {
    }
}
