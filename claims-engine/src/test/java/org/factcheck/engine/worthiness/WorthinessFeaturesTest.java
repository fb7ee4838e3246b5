package org.factcheck.engine.worthiness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorthinessFeaturesTest {

    @Test
    void keepsFiguresWholeAndReducesThemToTheirShape() {
        assertThat(WorthinessFeatures.tokens("a 7,600-kilometer border cost $2.24 or 42%"))
                .containsExactly("a", "7,600", "kilometer", "border", "cost", "$2.24", "or", "42%");
        assertThat(WorthinessFeatures.of("It cost $2.24, up 42% since 2014."))
                .contains("w=<$num>", "w=<num%>", "w=<year>", "b=since_<year>", "has-money", "has-percent",
                        "has-year")
                .doesNotContain("w=2014", "w=42%", "w=$2.24");
    }

    @Test
    void marksScaleWordsOpinionCuesAndLength() {
        assertThat(WorthinessFeatures.of("I think we lost three million jobs."))
                .contains("opinion-cue", "has-scale", "has-number-word", "first=i", "len=6-10", "bias");
        assertThat(WorthinessFeatures.of("Thank you.")).contains("len=1-5").doesNotContain("opinion-cue");
    }

    @Test
    void sameSentenceGivesSameFeaturesWhateverItsCase() {
        assertThat(WorthinessFeatures.of("Taxes ROSE by 5 percent."))
                .containsExactly(WorthinessFeatures.of("taxes rose by 5 percent."));
    }
}
