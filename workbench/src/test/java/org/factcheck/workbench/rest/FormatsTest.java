package org.factcheck.workbench.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.factcheck.workbench.client.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    @ParameterizedTest(name = "{0} oneOf={1} fromEnd={2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
        1  | false | false | first
        3  | false | false | third
        21 | false | false | 21st
        12 | false | false | 12th
        1  | false | true  | last
        2  | false | true  | second to last
        3  | false | true  | third from last
        5  | true  | false | top five
        10 | true  | false | top ten
        20 | true  | false | top 20
        1  | true  | false | among the top
        5  | true  | true  | bottom five
        """)
    void aRankingsPlaceReadsAsNewsWouldSayIt(int position, boolean oneOf, boolean fromEnd, String words) {
        assertThat(Formats.place(new Api.Ranking("text", position, oneOf, fromEnd))).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} oneOf={1} fromEnd={2} out of {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
        49 | false | false | 50  | 49th of 50
        3  | false | false | 27  | third of 27
        1  | false | false | 190 | first of 190
        5  | true  | false | 38  | within the top five of 38
        20 | true  | false | 180 | within the top 20 of 180
        1  | true  | false | 27  | among the top of 27
        1  | false | true  | 10  | last of 10
        2  | false | true  | 14  | second to last of 14
        10 | true  | true  | 50  | within the bottom ten of 50
        """)
    void aRankingsPlaceNamesTheSizeOfItsListWhenTheTextGivesIt(int position, boolean oneOf, boolean fromEnd,
            int outOf, String words) {
        assertThat(Formats.place(new Api.Ranking("text", position, oneOf, fromEnd, outOf))).isEqualTo(words);
    }
}
