package org.factcheck.engine.worthiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Ranking;
import org.factcheck.engine.model.Sentence;
import org.junit.jupiter.api.Test;

class QuestionerDemotionTest {

    /** A moderator who quotes figures in questions (12 sentences, 3 questions) and two candidates. */
    private static final String DEBATE = """
            MODERATOR: Good evening, and welcome to the debate between the candidates for governor.
            MODERATOR: Each candidate will have two minutes to answer.
            MODERATOR: Governor Reed, unemployment in this state rose to 8.2 percent last year, the highest since 1983.
            MODERATOR: Why should voters trust you with the economy?
            REED: Thank you. It's a pleasure to be here.
            REED: Since I took office the state has added 45,000 jobs, and unemployment fell from 9.1 percent to 6.4 percent.
            REED: Who else can say that?
            MODERATOR: Senator Vance, your response.
            VANCE: The governor raised the sales tax by 2 percent in 2021, the largest increase in 30 years.
            VANCE: Families pay $1,200 more a year because of it.
            MODERATOR: Thank you, Senator.
            MODERATOR: Senator Vance, your plan would cost $3 billion over four years, according to the state budget office.
            MODERATOR: How would you pay for it?
            VANCE: We would close the loopholes that cost the state $900 million a year.
            MODERATOR: Governor, thirty seconds.
            MODERATOR: Is that realistic?
            REED: No, it isn't.
            MODERATOR: Thank you both. That concludes tonight's debate.
            """;

    private static final String NEWS = """
            Unemployment in the state rose to 8.2 percent last year, the highest since 1983, the labour office said.
            Why has it taken so long to react? Critics say the governor waited too long.
            Governor Reed said on Monday that the state had added 45,000 jobs since he took office.
            Is that true? Not quite: the office counts 38,000.
            What comes next is unclear.
            """;

    // ------------------------------------------------------------------------------------------ the step itself

    private static SentenceSignals said(String speaker, boolean question) {
        return new SentenceSignals(0.5, false, false, false, false, question, false, speaker);
    }

    private static List<SentenceSignals> exchange(int moderatorSentences, int moderatorQuestions) {
        List<SentenceSignals> document = new ArrayList<>();
        for (int i = 0; i < moderatorSentences; i++) {
            document.add(said("MODERATOR", i < moderatorQuestions));
            document.add(said("REED", false));
        }
        return document;
    }

    private static double[] scores(int n) {
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = 0.1 + 0.8 * i / n;
        }
        return scores;
    }

    @Test
    void questionersSentencesAreMultipliedByTheFactor() {
        List<SentenceSignals> document = exchange(QuestionerDemotion.MIN_SENTENCES, 2);
        double[] scores = scores(document.size());

        double[] demoted = QuestionerDemotion.apply(document, scores);

        assertThat(QuestionerDemotion.questioners(document)).containsExactly("MODERATOR");
        for (int i = 0; i < scores.length; i++) {
            double expected = document.get(i).speaker().equals("MODERATOR") ? scores[i] * QuestionerDemotion.FACTOR
                    : scores[i];
            assertThat(demoted[i]).isEqualTo(expected);
        }
        assertThat(scores[0]).isEqualTo(0.1); // the input is not changed
    }

    @Test
    void tooFewSentencesOrTooFewQuestionsOrOneSpeakerChangeNothing() {
        // one sentence short of the minimum: a rhetorical question in a short exchange does not demote
        List<SentenceSignals> short_ = exchange(QuestionerDemotion.MIN_SENTENCES - 1, 5);
        // one question in ten sentences: below the share
        List<SentenceSignals> fewQuestions = exchange(QuestionerDemotion.MIN_SENTENCES, 1);
        // a single speaker asking many questions (a speech)
        List<SentenceSignals> monologue = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            monologue.add(said("REED", i % 2 == 0));
        }

        for (List<SentenceSignals> document : List.of(short_, fewQuestions, monologue)) {
            double[] scores = scores(document.size());
            assertThat(QuestionerDemotion.questioners(document)).isEmpty();
            assertThat(QuestionerDemotion.apply(document, scores)).isSameAs(scores);
        }
    }

    @Test
    void sentencesWithoutSpeakerAreNeverCountedOrChanged() {
        List<SentenceSignals> document = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            document.add(new SentenceSignals(0.5, false, false, false, false, i % 2 == 0, false));
        }
        double[] scores = scores(document.size());

        assertThat(QuestionerDemotion.apply(document, scores)).isSameAs(scores);
    }

    @Test
    void transcriptNotesDoNotCountAsSentences() {
        List<SentenceSignals> document = exchange(QuestionerDemotion.MIN_SENTENCES - 1, 5);
        document.add(new SentenceSignals(0.5, false, false, false, false, false, true, "MODERATOR"));

        assertThat(QuestionerDemotion.questioners(document)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ through the engine

    /** The shipped scorer without the step: calibration only, as before it. */
    private static final CheckWorthinessScorer CALIBRATION_ONLY = new CheckWorthinessScorer() {
        private final CheckWorthinessScorer shipped = CheckWorthiness.defaultScorer();
        private final DocumentCalibration calibration = CheckWorthinessModel.shipped().calibration();

        @Override
        public double sentenceScore(String sentence) {
            return shipped.sentenceScore(sentence);
        }

        @Override
        public Score claimScore(double sentenceScore, List<Quantity> quantities, List<Ranking> rankings,
                Attribution attribution) {
            return shipped.claimScore(sentenceScore, quantities, rankings, attribution);
        }

        @Override
        public double[] documentScores(List<SentenceSignals> sentences) {
            return calibration.scores(sentences);
        }
    };

    private static final ClaimExtractor ENGINE = ClaimExtractor.create();
    private static final ClaimExtractor BEFORE = ClaimExtractor.create(CALIBRATION_ONLY);

    private static Sentence sentence(Extraction extraction, String part) {
        return extraction.sentences().stream().filter(s -> s.text().contains(part)).findFirst().orElseThrow();
    }

    private static double claim(Extraction extraction, String part) {
        return extraction.claims().stream().filter(c -> c.text().contains(part))
                .mapToDouble(Claim::checkworthiness).max().orElseThrow();
    }

    @Test
    void theCandidatesClaimOutranksTheModeratorsFigureAfterwards() {
        Extraction before = BEFORE.extract(DEBATE);
        Extraction after = ENGINE.extract(DEBATE);
        String moderatorFigure = "unemployment in this state rose to 8.2 percent";
        String moderatorCost = "your plan would cost $3 billion";
        String candidateClaim = "the state has added 45,000 jobs";
        String candidateTax = "raised the sales tax by 2 percent";

        // before the step the moderator's figure scores like a claim, above the governor's claim
        assertThat(sentence(before, moderatorFigure).checkworthiness()).isGreaterThan(0.36)
                .isGreaterThan(sentence(before, candidateClaim).checkworthiness());
        assertThat(claim(before, moderatorFigure)).isGreaterThan(claim(before, candidateClaim));
        // afterwards the moderator's sentences are a tenth of that, the candidates' are untouched
        assertThat(sentence(after, moderatorFigure).checkworthiness())
                .isEqualTo(sentence(before, moderatorFigure).checkworthiness() * QuestionerDemotion.FACTOR);
        assertThat(sentence(after, candidateClaim).checkworthiness())
                .isEqualTo(sentence(before, candidateClaim).checkworthiness());
        assertThat(sentence(after, "Who else can say that").checkworthiness())
                .isEqualTo(sentence(before, "Who else can say that").checkworthiness());
        for (String moderator : List.of(moderatorFigure, moderatorCost)) {
            for (String candidate : List.of(candidateClaim, candidateTax)) {
                assertThat(sentence(after, candidate).checkworthiness())
                        .isGreaterThan(sentence(after, moderator).checkworthiness());
                assertThat(claim(after, candidate)).isGreaterThan(claim(after, moderator));
            }
        }
    }

    @Test
    void textWithoutSpeakersScoresBitForBitAsBefore() {
        for (String text : List.of(NEWS, NEWS.replace("\n", " "), DEBATE.replaceAll("(?m)^[A-Z]+: ", ""))) {
            Extraction before = BEFORE.extract(text);
            Extraction after = ENGINE.extract(text);

            assertThat(after.sentences()).hasSameSizeAs(before.sentences());
            for (int i = 0; i < before.sentences().size(); i++) {
                assertThat(Double.doubleToRawLongBits(after.sentences().get(i).checkworthiness()))
                        .isEqualTo(Double.doubleToRawLongBits(before.sentences().get(i).checkworthiness()));
            }
            assertThat(after.claims()).hasSameSizeAs(before.claims());
            for (int i = 0; i < before.claims().size(); i++) {
                assertThat(Double.doubleToRawLongBits(after.claims().get(i).checkworthiness()))
                        .isEqualTo(Double.doubleToRawLongBits(before.claims().get(i).checkworthiness()));
            }
        }
    }

    @Test
    void aSpeakerLabelHoldsUntilABlankLineOrTheNextLabel() {
        List<String> speakers = new ArrayList<>();
        CheckWorthinessScorer recording = new CheckWorthinessScorer() {
            @Override
            public double sentenceScore(String sentence) {
                return 0.5;
            }

            @Override
            public Score claimScore(double sentenceScore, List<Quantity> quantities, List<Ranking> rankings,
                    Attribution attribution) {
                return new Score(sentenceScore, List.of());
            }

            @Override
            public double[] documentScores(List<SentenceSignals> sentences) {
                sentences.forEach(s -> speakers.add(s.speaker()));
                return CheckWorthinessScorer.super.documentScores(sentences);
            }
        };

        ClaimExtractor.create(recording).extract("""
                Opening words before any label.

                Mr. Lehrer: Good evening. Where do you stand
                on taxes?
                (APPLAUSE)
                A line of the same turn.

                A paragraph after a blank line.

                OBAMA: Thank you, Jim.
                """);

        assertThat(speakers).containsExactly(null, "MR. LEHRER", "MR. LEHRER", "MR. LEHRER", "MR. LEHRER", null,
                "OBAMA");
    }
}
