package org.factcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManagementFrontTest {

    @ParameterizedTest
    @ValueSource(strings = { "", "*/*", "text/plain", "text/*;q=0.5", "application/openmetrics-text; version=1.0.0",
            "application/json, */*;q=0.1", "TEXT/PLAIN" })
    void scrapeFormatsAndWildcardsAreAccepted(String accept) {
        assertThat(ManagementFront.acceptsScrape(accept)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "application/json", "application/xml", "image/png, text/html", "text/plain;q=0",
            "*/*;q=0" })
    void everythingElseIsNot(String accept) {
        assertThat(ManagementFront.acceptsScrape(accept)).isFalse();
    }
}
