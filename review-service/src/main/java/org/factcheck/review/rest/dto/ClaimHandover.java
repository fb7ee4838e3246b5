package org.factcheck.review.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A claim as the claims-service hands it over ({@code POST /internal/claims}); unknown properties are ignored. */
public record ClaimHandover(
        @NotNull @Pattern(regexp = ID) String claimId,
        @NotBlank @Size(max = 128) String articleId,
        @NotBlank @Size(max = 4000) String text,
        @NotNull ClaimType type,
        @NotNull @DecimalMin("0") @DecimalMax("1") Double checkworthiness,
        @Size(max = 50) List<@Valid @NotNull Quantity> quantities,
        @Size(max = 50) List<@Valid @NotNull Ranking> rankings,
        @Size(max = 50) List<@Valid @NotNull TimeRef> time,
        @Valid Attribution attribution,
        @Valid Article article,
        @Size(max = 64) String extractedAt) {

    public static final String ID = "[A-Za-z0-9_-]{1,64}";
    /** The largest field size a ranking may give, as in the contract's schema. */
    public static final long MAX_OUT_OF = 10_000_000;

    public enum ClaimType {
        QUANTITY, RANKING, ATTRIBUTED, FACTUAL
    }

    public record Quantity(@Size(max = 500) String text, Double value, @Size(max = 64) String unit,
            @Size(max = 32) String qualifier, Double low, Double high, @Size(max = 64) String per) {
    }

    /**
     * {@code oneOf}: within a group of {@code position}; {@code fromEnd}: {@code position} counts from the bottom;
     * {@code outOf}: how many the list holds ("49th out of 50 states"), null when the text does not say.
     */
    public record Ranking(@Size(max = 500) String text, Integer position, @Size(max = 500) String after,
            Boolean oneOf, Boolean fromEnd, @Positive @Max(MAX_OUT_OF) Integer outOf) {
    }

    public record TimeRef(@Size(max = 500) String text, @Size(max = 64) String from, @Size(max = 64) String to) {
    }

    public record Attribution(@Size(max = 1000) String text, @Size(max = 500) String source) {
    }

    public record Article(@Size(max = 2000) String url, @Size(max = 1000) String title,
            @Size(max = 500) String outlet, @Size(max = 64) String publishedAt) {
    }
}
