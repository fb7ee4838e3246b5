package org.factcheck.claims.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void doublesFromTheInitialWaitPerFailedAttempt() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(9)).isEqualTo(Duration.ofSeconds(256));
    }

    @Test
    void neverWaitsLongerThanTheCapHoweverManyAttempts() {
        assertThat(backoff.after(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void zeroAttemptsWaitsTheInitialTime() {
        assertThat(backoff.after(0)).isEqualTo(Duration.ofSeconds(1));
    }
}
