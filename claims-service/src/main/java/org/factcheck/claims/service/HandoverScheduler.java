package org.factcheck.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

import org.factcheck.claims.config.ClaimsConfig;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/** Runs the outbox sender every {@code factcheck.claims.handover.every}, never two ticks at once. */
@ApplicationScoped
public class HandoverScheduler {

    private final HandoverService handover;

    public HandoverScheduler(HandoverService handover) {
        this.handover = handover;
    }

    @Scheduled(identity = "claims-handover", every = "${factcheck.claims.handover.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void tick() {
        handover.deliverDue();
    }

    /** Skips the ticks when {@code factcheck.claims.handover.enabled=false}. */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        private final ClaimsConfig config;

        public Disabled(ClaimsConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.handover().enabled();
        }
    }
}
