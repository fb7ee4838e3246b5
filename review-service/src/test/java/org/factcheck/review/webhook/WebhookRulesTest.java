package org.factcheck.review.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.factcheck.review.support.WebhookCheck;
import org.factcheck.review.workflow.EventType;
import org.factcheck.review.workflow.InvalidCommandException;
import org.junit.jupiter.api.Test;

class WebhookRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void backoffDoublesFromTheBaseAndStopsAtTheCap() {
        Backoff b = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5));
        assertThat(b.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(b.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(b.after(6)).isEqualTo(Duration.ofSeconds(160));
        assertThat(b.after(7)).isEqualTo(Duration.ofMinutes(5));
        assertThat(b.after(1_000_000)).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(5), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signatureIsHexHmacOverTimestampDotBodyAsTheReadmeSays() {
        long ts = NOW.getEpochSecond();
        String body = "{\"a\":1}";
        String sig = WebhookSignature.sign("whsec_k", ts, body);
        assertThat(sig).matches("v1=[0-9a-f]{64}");
        assertThat(WebhookCheck.valid("whsec_k", Long.toString(ts), sig, body, NOW)).isTrue();
        assertThat(WebhookCheck.valid("whsec_k", Long.toString(ts), sig, "{\"a\":2}", NOW)).isFalse();
        assertThat(WebhookCheck.valid("whsec_k", Long.toString(ts + 1), sig, body, NOW)).isFalse();
        assertThat(WebhookCheck.valid("other", Long.toString(ts), sig, body, NOW)).isFalse();
        assertThat(WebhookCheck.valid("whsec_k", Long.toString(ts), sig, body, NOW.plusSeconds(301))).isFalse();
        assertThat(WebhookCheck.valid("whsec_k", "soon", sig, body, NOW)).isFalse();
        assertThat(WebhookCheck.valid("whsec_k", Long.toString(ts), "v1=zz", body, NOW)).isFalse();
    }

    @Test
    void publicEventNamesMapFromTheWorkflow() {
        assertThat(HookEventType.of(EventType.PUBLISHED)).contains(HookEventType.CLAIM_PUBLISHED);
        assertThat(HookEventType.of(EventType.APPROVED)).isEmpty();
        assertThat(HookEventType.of(EventType.LEASE_RENEWED)).isEmpty();
        assertThat(HookEventType.parse("claim.verdict")).isEqualTo(HookEventType.VERDICT_SUBMITTED);
        assertThatThrownBy(() -> HookEventType.parse("claim.approved")).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("claim.published");
    }
}
