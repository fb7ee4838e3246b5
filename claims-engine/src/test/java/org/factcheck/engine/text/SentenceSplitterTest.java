package org.factcheck.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static SentenceSplitter splitter;

    @BeforeAll
    static void loadModel() {
        splitter = new SentenceSplitter();
    }

    private static List<String> split(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
    }

    @Test
    void splitsOrdinarySentences() {
        assertThat(split("Prices rose. Wages fell! Why? Nobody knows."))
                .containsExactly("Prices rose.", "Wages fell!", "Why?", "Nobody knows.");
    }

    @Test
    void keepsAbbreviationsInsideSentences() {
        assertThat(split("Mr. Smith met Dr. Jones in the U.S. capital on Jan. 5, 2020. They talked."))
                .containsExactly("Mr. Smith met Dr. Jones in the U.S. capital on Jan. 5, 2020.", "They talked.");
        assertThat(split("The plant cost approx. 5 million dollars. It opened in May."))
                .containsExactly("The plant cost approx. 5 million dollars.", "It opened in May.");
    }

    @Test
    void headlinesBylinesAndCopyrightLinesAreSentencesOfTheirOwn() {
        String text = "Council passes record budget\n\nBy Jane Porter\nThe council approved the plan. "
                + "It takes effect in July.\n\n\u00a9 2025 Metro Daily News";
        assertThat(split(text)).containsExactly("Council passes record budget", "By Jane Porter",
                "The council approved the plan.", "It takes effect in July.", "\u00a9 2025 Metro Daily News");
    }

    @Test
    void quotesStayWithTheirSpeaker() {
        assertThat(split("\"We will not surrender,\" Petrov said. \"Never.\""))
                .containsExactly("\"We will not surrender,\" Petrov said.", "\"Never.\"");
    }

    @Test
    void wrappedLinesThatContinueASentenceAreJoined() {
        assertThat(split("The council approved the\nbudget on Tuesday.\nRents rose."))
                .containsExactly("The council approved the\nbudget on Tuesday.", "Rents rose.");
    }

    @Test
    void doesNotSplitInsideFiguresOrAfterCommas() {
        assertThat(split("Oil traded at $82.40 a barrel, up $1.15, while gold rose to $1,980 an ounce."))
                .hasSize(1);
    }

    @Test
    void linesWithoutLettersOrDigitsAreDropped() {
        assertThat(split("Text here.\n\n.\n\n***")).containsExactly("Text here.");
    }
}
