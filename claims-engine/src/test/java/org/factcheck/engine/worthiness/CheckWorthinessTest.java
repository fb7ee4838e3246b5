package org.factcheck.engine.worthiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Ranking;
import org.factcheck.engine.worthiness.CheckWorthinessScorer.Score;
import org.junit.jupiter.api.Test;

class CheckWorthinessTest {

    private static final String OPINION = "I think this is a wonderful day for our country.";
    private static final String BORDER = "Kazakhstan and Russia share a 7,600-kilometer border, the longest "
            + "continuous land border in the world.";
    private static final Quantity BORDER_LENGTH = new Quantity(30, 45, "7,600-kilometer", 7600, "km",
            Qualifier.EXACT, null, null, null);

    private final CheckWorthinessScorer scorer = CheckWorthiness.defaultScorer();

    @Test
    void shippedModelLoadsAndScoresWithinTheUnitInterval() {
        for (String sentence : List.of(OPINION, BORDER, "Thank you.", "???", "$$$ 100% 2020 1st")) {
            assertThat(scorer.sentenceScore(sentence)).as(sentence).isBetween(0.0, 1.0);
        }
        assertThat(scorer.sentenceScore("")).isZero();
        assertThat(scorer.sentenceScore(null)).isZero();
    }

    @Test
    void defaultScorerIsSharedAndScoresTheSameOnEveryThread() throws Exception {
        assertThat(CheckWorthiness.defaultScorer()).isSameAs(scorer);
        double expected = scorer.sentenceScore(BORDER);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Double>> results = pool.invokeAll(List.of(() -> scorer.sentenceScore(BORDER),
                    () -> scorer.sentenceScore(BORDER), () -> scorer.sentenceScore(BORDER),
                    () -> scorer.sentenceScore(BORDER)));
            for (Future<Double> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void scoresEachSentenceOnItsOwn() {
        double border = scorer.sentenceScore(BORDER);
        double opinion = scorer.sentenceScore(OPINION);

        assertThat(scorer.sentenceScore(BORDER)).isEqualTo(border).isNotEqualTo(opinion);
        assertThat(scorer.claimScore(OPINION, List.of(), List.of(), null).value()).isCloseTo(opinion, within(1e-12));
    }

    @Test
    void factualFigureSentenceScoresAboveOpinion() {
        double opinion = scorer.sentenceScore(OPINION);
        assertThat(scorer.sentenceScore(
                "Unemployment fell to 4.2 percent last year, the lowest rate since 2001.")).isGreaterThan(opinion);
        assertThat(scorer.sentenceScore("We spent $115 million a year on the lease of the base."))
                .isGreaterThan(opinion);
        assertThat(opinion).isLessThan(CheckWorthinessModel.shipped().threshold());
    }

    @Test
    void claimWithAFigureScoresAboveTheSameClaimWithout() {
        Score without = scorer.claimScore(BORDER, List.of(), List.of(), null);
        Score with = scorer.claimScore(BORDER, List.of(BORDER_LENGTH), List.of(), null);

        assertThat(with.value()).isGreaterThan(without.value()).isLessThanOrEqualTo(1.0);
        assertThat(with.reasons()).contains("has a figure: 7600 km");
        assertThat(without.reasons()).noneMatch(reason -> reason.startsWith("has a figure"));
    }

    @Test
    void figureClaimRanksAboveOpinionClaim() {
        Score opinion = scorer.claimScore(OPINION, List.of(), List.of(), null);
        Score figure = scorer.claimScore("The lease costs about 115 million dollars a year.", List.of(new Quantity(
                16, 40, "about 115 million dollars", 115_000_000, "USD", Qualifier.APPROXIMATE, null, null, "year")),
                List.of(), null);

        assertThat(figure.value()).isGreaterThan(opinion.value());
        assertThat(figure.reasons()).contains("has a figure: about 115000000 USD per year");
    }

    @Test
    void everySignalRaisesTheScoreAndItStaysWithinTheUnitInterval() {
        Ranking third = new Ranking(0, 11, "third place", 3, null, "China");
        Attribution official = new Attribution(0, 26, "according to official data", "official data");
        double bare = scorer.claimScore(BORDER, List.of(), List.of(), null).value();
        double ranked = scorer.claimScore(BORDER, List.of(), List.of(third), null).value();
        double attributed = scorer.claimScore(BORDER, List.of(), List.of(), official).value();
        Score all = scorer.claimScore(BORDER, List.of(BORDER_LENGTH, BORDER_LENGTH), List.of(third), official);

        assertThat(ranked).isGreaterThan(bare);
        assertThat(attributed).isGreaterThan(bare);
        assertThat(all.value()).isGreaterThan(Math.max(ranked, attributed)).isBetween(0.0, 1.0);
        assertThat(all.reasons()).contains("has figures: 7600 km, 7600 km", "has a ranking: third place (position 3)",
                "attributed to official data");
    }

    @Test
    void aPlaceCountedFromTheEndCountsLikeAnyOtherRanking() {
        String sentence = "The province ranks last among the ten provinces for dental care.";
        Ranking third = new Ranking(0, 11, "third place", 3, null, null);
        Ranking last = new Ranking(13, 23, "ranks last", 1, null, null, false, true);

        Score fromTop = scorer.claimScore(sentence, List.of(), List.of(third), null);
        Score fromEnd = scorer.claimScore(sentence, List.of(), List.of(last), null);

        assertThat(fromEnd.value()).isEqualTo(fromTop.value())
                .isGreaterThan(scorer.claimScore(sentence, List.of(), List.of(), null).value());
        assertThat(fromEnd.reasons()).contains("has a ranking: ranks last (position 1 from the end)");
    }

    @Test
    void fractionsAreNamedWithoutFloatingPointNoise() {
        Quantity oneThird = new Quantity(0, 9, "one-third", 1.0 / 3, null, Qualifier.EXACT, null, null, null);
        Quantity range = new Quantity(0, 8, "10-20 km", 15, "km", Qualifier.RANGE, 10.0, 20.0, null);

        assertThat(scorer.claimScore("One-third of Russians see Kazakhstan as a friend.", List.of(oneThird),
                List.of(), null).reasons()).contains("has a figure: 0.333333333");
        assertThat(scorer.claimScore("The queue was 10-20 km long.", List.of(range), List.of(), null).reasons())
                .contains("has a figure: 10–20 km");
    }

    @Test
    void firstReasonGivesTheModelProbability() {
        Score score = scorer.claimScore(BORDER, List.of(), List.of(), null);

        assertThat(score.reasons().get(0)).matches("model: [01]\\.\\d\\d .*wording.*");
        assertThat(score.value()).isCloseTo(scorer.sentenceScore(BORDER), within(1e-12));
    }

    @Test
    void toleratesNullSignals() {
        Score score = scorer.claimScore(OPINION, null, null, null);

        assertThat(score.value()).isCloseTo(scorer.sentenceScore(OPINION), within(1e-12));
    }
}
