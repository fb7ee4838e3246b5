package org.factcheck.workbench.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.workbench.config.WorkbenchConfig;
import org.junit.jupiter.api.Test;

import io.smallrye.config.WithDefault;

class ToleranceBandsTest {

    static final ToleranceBands DEFAULTS = ToleranceBands.parse(
            List.of(defaultOf("toleranceBands").split(",")), defaultOf("beyondBands"), ReviewerPages.RATINGS);

    @Test
    void theTightestBandTheAbsoluteDeviationDoesNotExceedSuggestsTheRating() {
        assertThat(DEFAULTS.suggest(0.5)).isEqualTo("TRUE");
        assertThat(DEFAULTS.suggest(-5.0)).isEqualTo("MOSTLY_TRUE");
        assertThat(DEFAULTS.suggest(12)).isEqualTo("HALF_TRUE");
        assertThat(DEFAULTS.suggest(-30)).isEqualTo("MOSTLY_FALSE");
        assertThat(DEFAULTS.suggest(30.01)).isEqualTo("FALSE");
    }

    @Test
    void bandsAreOrderedTightestFirstForThePagesScript() {
        ToleranceBands bands = ToleranceBands.parse(List.of("10:half_true", " 2.5 : TRUE"), "FALSE",
                ReviewerPages.RATINGS);

        assertThat(bands.attribute()).isEqualTo("2.5:TRUE,10:HALF_TRUE");
        assertThat(bands.suggest(2.5)).isEqualTo("TRUE");
    }

    @Test
    void aBandOffTheScaleOrWithoutALimitIsRefused() {
        assertThatThrownBy(() -> ToleranceBands.parse(List.of("5:ALMOST"), "FALSE", ReviewerPages.RATINGS))
                .hasMessageContaining("not on the scale");
        assertThatThrownBy(() -> ToleranceBands.parse(List.of("TRUE"), "FALSE", ReviewerPages.RATINGS))
                .hasMessageContaining("must look like");
    }

    /** The workbench copies the review-service's defaults (no API exposes them); this catches a drift. */
    @Test
    void defaultsEqualTheReviewServicesDefaults() throws IOException {
        String review = Files.readString(Path.of("../review-service/src/main/java/org/factcheck/review/config/ReviewConfig.java"));

        assertThat(reviewDefault(review, "toleranceBands")).isEqualTo(defaultOf("toleranceBands"));
        assertThat(reviewDefault(review, "beyondBands")).isEqualTo(defaultOf("beyondBands"));
    }

    private static String reviewDefault(String source, String method) {
        Matcher m = Pattern.compile("@WithDefault\\(\"([^\"]*)\"\\)\\s+\\S+\\s+" + method + "\\(\\)").matcher(source);
        assertThat(m.find()).as("@WithDefault of ReviewConfig." + method).isTrue();
        return m.group(1);
    }

    private static String defaultOf(String method) {
        try {
            return WorkbenchConfig.class.getMethod(method).getAnnotation(WithDefault.class).value();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
