package org.factcheck.review.rest.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the editor's requests. */
public final class DecisionRequests {

    private DecisionRequests() {
    }

    /** {@code rating} is required for an ESCALATED claim and otherwise must match the reviewers' rating. */
    public record Approve(@Size(max = 32) String rating, @Size(max = 2000) String note) {
    }

    public record Return(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Dismiss(@Size(max = 2000) String reason) {
    }

    /** Null fields are left alone; an empty desk unpins the claim. */
    public record Routing(@DecimalMin("-10") @DecimalMax("10") Double priorityBoost,
            @Pattern(regexp = "[A-Za-z0-9_-]{0,64}") String desk, Boolean highStakes) {
    }
}
