package org.factcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void missingValuesTakeTheDefaultsAndTheSizeIsClamped() {
        assertThat(PageRequest.of(null, " ", 20, 100)).isEqualTo(new PageRequest(0, 20));
        assertThat(PageRequest.of("3", "1000", 20, 100)).isEqualTo(new PageRequest(3, 100));
        assertThat(PageRequest.of("2", "0", 20, 100)).isEqualTo(new PageRequest(2, 1));
        assertThat(PageRequest.of("2", "10", 20, 100).offset()).isEqualTo(20);
    }

    @ParameterizedTest
    @CsvSource({ "107374183, 20", "50001, 20", "1000001, 1", "9223372036854775807, 100",
            "99999999999999999999999, 20", "1000001, -5" })
    void pagesBeyondTheLimitAreOutOfRangeNotAnOverflow(String page, String size) {
        assertThatThrownBy(() -> PageRequest.of(page, size, 20, 100))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.PAGE_OUT_OF_RANGE));
    }

    @Test
    void theLastPageWithinTheLimitIsServed() {
        assertThat(PageRequest.of("50000", "20", 20, 100).offset()).isEqualTo(1_000_000);
    }

    @ParameterizedTest
    @ValueSource(strings = { "-1", "abc", "1.5", "0x10", "-99999999999999999999" })
    void negativeOrNonNumericPagesAreInvalid(String page) {
        assertThatThrownBy(() -> PageRequest.of(page, null, 20, 100))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_REQUEST));
    }
}
