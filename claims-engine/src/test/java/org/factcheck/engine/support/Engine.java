package org.factcheck.engine.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Objects;

import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Ranking;
import org.factcheck.engine.model.TimeReference;
import org.factcheck.engine.worthiness.CheckWorthinessScorer;

/**
 * One engine for all tests of the JVM (the models load once), with a fixed scorer so rule tests do not depend on
 * the trained check-worthiness model.
 */
public final class Engine {

    /** Sentence score 0.5 (below the FACTUAL threshold), claim score 0.9. */
    public static final CheckWorthinessScorer FIXED_SCORER = new CheckWorthinessScorer() {
        @Override
        public double sentenceScore(String sentence) {
            return sentence.contains("FACTUAL") ? 0.95 : 0.5;
        }

        @Override
        public Score claimScore(double sentenceScore, List<Quantity> quantities, List<Ranking> rankings,
                Attribution attribution) {
            return new Score(0.9, List.of("fixed test score"));
        }
    };

    private static final ClaimExtractor ENGINE = ClaimExtractor.create(FIXED_SCORER);

    private Engine() {
    }

    public static ClaimExtractor engine() {
        return ENGINE;
    }

    public static Extraction extract(String text) {
        return ENGINE.extract(text);
    }

    public static List<Quantity> quantities(String text) {
        return extract(text).claims().stream().flatMap(c -> c.quantities().stream()).toList();
    }

    /**
     * The first figure of a sentence, checked for its text (also at its offsets), value and unit; for the caller's
     * further checks.
     */
    public static Quantity firstFigure(String sentence, String text, double value, String unit) {
        List<Quantity> found = quantities(sentence);
        assertThat(found).as("figures in: %s", sentence).isNotEmpty();
        Quantity q = found.get(0);
        assertThat(q.text()).isEqualTo(text);
        assertThat(q.value()).isCloseTo(value, within(Math.abs(value) * 1e-6 + 1e-9));
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(sentence.substring(q.start(), q.end())).isEqualTo(text);
        return q;
    }

    public static List<Ranking> rankings(String text) {
        return extract(text).claims().stream().flatMap(c -> c.rankings().stream()).toList();
    }

    public static List<TimeReference> times(String text) {
        return extract(text).claims().stream().flatMap(c -> c.time().stream()).toList();
    }

    public static List<Attribution> attributions(String text) {
        return extract(text).claims().stream().map(Claim::attribution).filter(Objects::nonNull).toList();
    }
}
