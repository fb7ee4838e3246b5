package org.factcheck.claims.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryOutcomeTest {

    @ParameterizedTest
    @ValueSource(ints = { 200, 201 })
    void createdOrAlreadyKnownIsAcknowledged(int status) {
        assertThat(DeliveryOutcome.of(status)).isEqualTo(DeliveryOutcome.ACKNOWLEDGED);
    }

    @ParameterizedTest
    @ValueSource(ints = { 500, 502, 503, 504, 408, 429 })
    void serverTroubleTimeoutAndThrottlingAreRetried(int status) {
        assertThat(DeliveryOutcome.of(status)).isEqualTo(DeliveryOutcome.RETRY);
    }

    @ParameterizedTest
    @ValueSource(ints = { 202, 204, 301, 400, 401, 403, 404, 409, 413, 415, 422 })
    void anyOtherAnswerIsARejection(int status) {
        assertThat(DeliveryOutcome.of(status)).isEqualTo(DeliveryOutcome.REJECTED);
    }
}
