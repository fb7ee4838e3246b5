package org.factcheck.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a figure's change and counted noun are read from the words around it. Sentences written for this test. */
class ChangeWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The studio saw its profits slump 31% to $120m.              | 31% | DECREASE
        Shares could plunge 12% if the deal fails.                  | 12% | DECREASE
        Analysts expect exports to tumble 8% next year.             | 8%  | DECREASE
        The cooperative watched its membership shrink 5% in a year. | 5%  | DECREASE
        Prices may soar 40% over the winter.                        | 40% | INCREASE
        Traders saw the currency surge 6% on the news.              | 6%  | INCREASE
        """)
    void aChangeVerbInItsBaseFormGivesTheDirection(String sentence, String text, Qualifier qualifier) {
        assertThat(figure(sentence, text).qualifier()).isEqualTo(qualifier);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The index closed 41.2 points higher, or 0.4%, at 9,120.   | 0.4% | INCREASE
        The bank's shares fell 35 pence, or 6%, on Monday.        | 6%   | DECREASE
        """)
    void aChangeRestatedAfterOrIsTheSameChange(String sentence, String text, Qualifier qualifier) {
        assertThat(figure(sentence, text).qualifier()).isEqualTo(qualifier);
    }

    @Test
    void quartersAfterADeterminerArePeriodsNotAFraction() {
        assertThat(Engine.quantities("Margins were thinner than in the previous three quarters."))
                .extracting(Quantity::value).doesNotContain(0.75);
        assertThat(Engine.quantities("Sales grew in each of the last two quarters."))
                .extracting(Quantity::value).doesNotContain(0.5);
        assertThat(figure("Three quarters of tenants backed the strike.", "Three quarters").value()).isEqualTo(0.75);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        A poll of 2,400 voters suggests the race is tied.             | 2,400 voters | voter
        The panel of 12 judges meets again in May.                    | 12 judges    | judge
        """)
    void theVerbAfterACountedNounIsNoPartOfIt(String sentence, String text, String unit) {
        assertThat(figure(sentence, text).unit()).isEqualTo(unit);
    }

    private static Quantity figure(String sentence, String text) {
        return Engine.quantities(sentence).stream().filter(q -> q.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + text + " in: " + Engine.quantities(sentence)));
    }
}
