package org.factcheck.review.rest.dto;

import java.time.Instant;
import java.util.List;

import org.factcheck.review.WebhookDelivery;
import org.factcheck.review.WebhookSubscription;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Bodies and views of the admin webhook API. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    /** {@code secret} is generated when absent. */
    public record Create(@NotBlank @Size(max = 2000) String url,
            @NotEmpty @Size(max = 6) List<@NotBlank @Size(max = 40) String> events,
            @Size(max = 500) String description, Boolean active, @Size(min = 24, max = 200) String secret) {
    }

    /** Null fields stay as they are. */
    public record Update(@Size(min = 1, max = 2000) String url,
            @Size(min = 1, max = 6) List<@NotBlank @Size(max = 40) String> events,
            @Size(max = 500) String description, Boolean active) {
    }

    /** A subscription; {@code secret} only in the answers that create or rotate it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookView(String id, String url, List<String> events, String description, boolean active,
            Instant createdAt, Instant updatedAt, String secret) {

        public static WebhookView of(WebhookSubscription s) {
            return new WebhookView(s.id, s.url, s.events, s.description, s.active, s.createdAt, s.updatedAt, null);
        }

        public static WebhookView withSecret(WebhookSubscription s) {
            return new WebhookView(s.id, s.url, s.events, s.description, s.active, s.createdAt, s.updatedAt, s.secret);
        }
    }

    public record AttemptView(Instant at, Integer statusCode, String error, long durationMs) {
    }

    public record DeliveryView(String id, String eventId, String type, String claimId, WebhookDelivery.Status status,
            int attempts, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, List<AttemptView> log,
            String body) {

        public static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.eventId, d.type, d.claimId, d.status, d.attempts, d.createdAt,
                    d.nextAttemptAt, d.deliveredAt,
                    d.log.stream().map(a -> new AttemptView(a.at, a.statusCode, a.error, a.durationMs)).toList(),
                    d.body);
        }
    }
}
