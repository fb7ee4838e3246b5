package org.factcheck.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fixtures and the schema agree: every valid one fits, every invalid one breaks it. */
class HandoverContractTest {

    @Test
    void everyValidFixtureFitsTheSchema() {
        assertThat(HandoverContract.valid()).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(f -> assertThat(HandoverContract.violations(f.body())).as(f.name()).isEmpty());
    }

    @Test
    void everyInvalidFixtureBreaksIt() {
        assertThat(HandoverContract.invalid()).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(f -> assertThat(HandoverContract.violations(f.body())).as(f.name()).isNotEmpty());
    }
}
