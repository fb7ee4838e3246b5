package org.factcheck.engine.worthiness;

import java.util.List;

import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Ranking;

/** Scores how much a sentence deserves checking, from a trained text model plus structural signals. */
public interface CheckWorthinessScorer {

    /** The text model's probability that the sentence is a check-worthy factual claim, in [0, 1]. */
    double sentenceScore(String sentence);

    /**
     * The claim's score: the text model's {@code sentenceScore} of its sentence combined with the figures, rankings
     * and attribution found in it.
     */
    Score claimScore(double sentenceScore, List<Quantity> quantities, List<Ranking> rankings, Attribution attribution);

    /** {@link #claimScore(double, List, List, Attribution)} for a sentence not scored yet. */
    default Score claimScore(String sentence, List<Quantity> quantities, List<Ranking> rankings,
            Attribution attribution) {
        return claimScore(sentenceScore(sentence), quantities, rankings, attribution);
    }

    /**
     * Check-worthiness of every sentence of one document, in order: by default the text model's probabilities as
     * given ({@link DocumentCalibration#NONE}); the shipped scorer calibrates them with the sentences' structures
     * and neighbours. Both then score down the sentences of a transcript's questioners ({@link QuestionerDemotion}).
     */
    default double[] documentScores(List<SentenceSignals> sentences) {
        return QuestionerDemotion.apply(sentences, DocumentCalibration.NONE.scores(sentences));
    }

    record Score(double value, List<String> reasons) {
    }
}
