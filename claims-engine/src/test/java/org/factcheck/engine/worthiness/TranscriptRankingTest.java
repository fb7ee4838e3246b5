package org.factcheck.engine.worthiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Sentence;
import org.junit.jupiter.api.Test;

/** A debate transcript written for this test: the factual figure lines must lead both rankings a user sees. */
class TranscriptRankingTest {

    private static final String DEBATE = """
            MODERATOR: Good evening, and welcome to the second debate between the candidates for governor.
            MODERATOR: Each of you will have two minutes to answer, and then one minute for a rebuttal.
            (APPLAUSE)
            MODERATOR: Senator Hale, the first question goes to you. What would you do about the cost of housing?
            HALE: Thank you. It's great to be here tonight.
            HALE: Rents in this state have risen by 38 percent since 2015, while wages grew by only 9 percent.
            (CROSSTALK)
            MARTIN: That's not true.
            MODERATOR: Mayor Martin, your response. You have one minute.
            MARTIN: Well, I want to thank the senator for her kind words.
            MARTIN: Under my administration the city cut homelessness in half, from 6,000 people to 3,000.
            MARTIN: The state spends $4.2 billion a year on housing programs that don't work.
            MODERATOR: Thank you. Let's move on to the next topic.
            HALE: Can I just respond to that?
            MODERATOR: Briefly, please. Thirty seconds.
            HALE: Unemployment in his city is the highest in the state, at 7.1 percent.
            (LAUGHTER)
            MARTIN: I love this country and I love this state.
            """;

    /** The lines a fact-checker would pick: each states a checkable figure. */
    private static final List<String> FACTUAL = List.of("Rents in this state", "cut homelessness in half",
            "spends $4.2 billion", "Unemployment in his city");

    private final Extraction extraction = ClaimExtractor.create().extract(DEBATE);

    @Test
    void factualFigureLinesLeadTheSentenceRanking() {
        List<String> ranked = extraction.sentences().stream()
                .sorted(Comparator.comparingDouble(Sentence::checkworthiness).reversed())
                .map(Sentence::text).toList();

        assertThat(ranked.subList(0, FACTUAL.size()))
                .allSatisfy(text -> assertThat(FACTUAL).anyMatch(text::contains));
    }

    @Test
    void factualFigureClaimsRankAboveModeratorLogisticsWithFigures() {
        Map<String, Double> claims = extraction.claims().stream()
                .collect(Collectors.toMap(Claim::text, Claim::checkworthiness, Math::max));
        double lowestFactual = FACTUAL.stream().mapToDouble(f -> score(claims, f)).min().orElseThrow();

        assertThat(score(claims, "have two minutes to answer")).isLessThan(lowestFactual).isLessThan(0.5);
        assertThat(score(claims, "Thirty seconds")).isLessThan(lowestFactual).isLessThan(0.5);
    }

    @Test
    void transcriptNotesScoreZeroAndSmallTalkStaysLow() {
        Function<String, Double> sentence = start -> extraction.sentences().stream()
                .filter(s -> s.text().startsWith(start)).findFirst().orElseThrow().checkworthiness();

        assertThat(sentence.apply("(APPLAUSE)")).isZero();
        assertThat(sentence.apply("(CROSSTALK)")).isZero();
        assertThat(sentence.apply("(LAUGHTER)")).isZero();
        assertThat(sentence.apply("MARTIN: I love this country")).isLessThan(0.1);
        assertThat(sentence.apply("HALE: Can I just respond")).isLessThan(0.1);
    }

    @Test
    void speakerLabelDoesNotChangeTheScore() {
        String line = "Unemployment in his city is the highest in the state, at 7.1 percent.";
        ClaimExtractor engine = ClaimExtractor.create();

        double labelled = engine.extract("HALE: " + line).sentences().get(0).checkworthiness();
        double bare = engine.extract(line).sentences().get(0).checkworthiness();

        assertThat(labelled).isEqualTo(bare);
    }

    private static double score(Map<String, Double> claims, String part) {
        return claims.entrySet().stream().filter(e -> e.getKey().contains(part)).mapToDouble(Map.Entry::getValue)
                .max().orElseThrow(() -> new AssertionError("no claim contains: " + part));
    }
}
