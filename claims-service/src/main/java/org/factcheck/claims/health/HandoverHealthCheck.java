package org.factcheck.claims.health;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.factcheck.claims.HandoverState;
import org.factcheck.claims.config.ClaimsConfig;
import org.factcheck.claims.repository.ClaimRepository;

import io.smallrye.health.api.Wellness;

/**
 * "handover backlog" (wellness, so it never takes the service out of rotation): pending and failed counts and the
 * age of the oldest pending claim; DOWN when a claim has waited longer than {@code backlog-alarm}
 * (failed claims are listed at {@code GET /api/handover/failed}).
 */
@Wellness
@ApplicationScoped
public class HandoverHealthCheck implements HealthCheck {

    private final ClaimRepository claims;
    private final Duration alarm;

    public HandoverHealthCheck(ClaimRepository claims, ClaimsConfig config) {
        this.claims = claims;
        this.alarm = config.handover().backlogAlarm();
    }

    @Override
    public HealthCheckResponse call() {
        long pending = claims.byHandoverState(HandoverState.PENDING).count();
        long failed = claims.byHandoverState(HandoverState.FAILED).count();
        Duration oldest = claims.oldestPending()
                .map(c -> Duration.between(c.extractedAt, Instant.now()))
                .orElse(Duration.ZERO);
        HealthCheckResponseBuilder b = HealthCheckResponse.named("handover backlog")
                .withData("pending", pending)
                .withData("failed", failed)
                .withData("oldestPendingSeconds", oldest.toSeconds());
        return b.status(oldest.compareTo(alarm) <= 0).build();
    }
}
