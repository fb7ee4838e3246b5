package org.factcheck.engine.worthiness;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Ranking;

/**
 * Check-worthiness from the trained text model plus the structural signals the engine found.
 *
 * <p>A document's sentence scores are the text model's probabilities calibrated by the model's
 * {@link DocumentCalibration} (Platt scaling, fitted on out-of-fold training predictions). The claim score is a
 * noisy-OR on top: each signal independently "votes" that the claim deserves checking, so
 * <pre>
 *   score = 1 − (1 − p) · (1 − s·0.6·figure) · (1 − s·0.35·ranking) · (1 − s·0.2·attribution)
 * </pre>
 * where {@code p} is the sentence score, each signal is 1 when present, else 0, and {@code s} is the calibration's
 * {@link DocumentCalibration#structureScale() structure scale} (0.5 in the shipped model: the full weights ranked
 * claims of debate pseudo-documents worse, see docs/checkworthiness.md). The rule is monotone (a signal never lowers a
 * score) and stays in [0, 1]. The weights rank a figure (checkable against data) above a ranking (checkable, but often
 * loose) above an attribution (says who to ask, not what is true).
 *
 * <p>In a transcript with several speakers, the sentences of a speaker who mostly asks questions (a moderator) are
 * then scored down by {@link QuestionerDemotion}.
 */
final class ModelCheckWorthinessScorer implements CheckWorthinessScorer {

    static final double FIGURE_WEIGHT = 0.6;
    static final double RANKING_WEIGHT = 0.35;
    static final double ATTRIBUTION_WEIGHT = 0.2;
    private static final int FIGURES_NAMED = 3;
    /** Significant digits of a figure in a reason: one-third reads 0.333333, 115000000 stays whole. */
    private static final MathContext DISPLAY = new MathContext(9);

    private final Supplier<CheckWorthinessModel> model;
    /** @param model supplies the trained model; called on every score, so it should cache */
    ModelCheckWorthinessScorer(Supplier<CheckWorthinessModel> model) {
        this.model = model;
    }

    @Override
    public double sentenceScore(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return 0.0;
        }
        return model.get().probability(sentence);
    }

    @Override
    public double[] documentScores(List<SentenceSignals> sentences) {
        return QuestionerDemotion.apply(sentences, model.get().calibration().scores(sentences));
    }

    @Override
    public Score claimScore(double sentenceScore, List<Quantity> quantities, List<Ranking> rankings,
            Attribution attribution) {
        List<String> reasons = new ArrayList<>();
        CheckWorthinessModel m = model.get();
        reasons.add("model: " + twoDecimals(sentenceScore) + " " + wording(sentenceScore, m.threshold()));
        double scale = m.calibration().structureScale();

        double notWorthy = 1 - sentenceScore;
        if (quantities != null && !quantities.isEmpty()) {
            notWorthy *= 1 - scale * FIGURE_WEIGHT;
            reasons.add(figures(quantities));
        }
        if (rankings != null && !rankings.isEmpty()) {
            notWorthy *= 1 - scale * RANKING_WEIGHT;
            Ranking first = rankings.get(0);
            reasons.add("has a ranking: " + first.text() + " (position " + first.position()
                    + (first.fromEnd() ? " from the end)" : ")"));
        }
        if (attribution != null) {
            notWorthy *= 1 - scale * ATTRIBUTION_WEIGHT;
            reasons.add("attributed to " + (attribution.source() != null ? attribution.source() : attribution.text()));
        }
        return new Score(Math.max(0.0, Math.min(1.0, 1 - notWorthy)), List.copyOf(reasons));
    }

    /** The product of the {@code (1 − s·weight)} factors of the signals present: what is left of {@code 1 − p}. */
    static double structureFactor(boolean figure, boolean ranking, boolean attribution, double scale) {
        return (figure ? 1 - scale * FIGURE_WEIGHT : 1) * (ranking ? 1 - scale * RANKING_WEIGHT : 1)
                * (attribution ? 1 - scale * ATTRIBUTION_WEIGHT : 1);
    }

    /** What {@code String.format("%.2f", value)} prints, without parsing a format string on every claim. */
    static String twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String wording(double p, double threshold) {
        if (p >= 0.5) {
            return "check-worthy wording";
        }
        return p >= threshold ? "possibly check-worthy wording" : "wording of opinion or small talk";
    }

    private static String figures(List<Quantity> quantities) {
        StringBuilder text = new StringBuilder(quantities.size() == 1 ? "has a figure: " : "has figures: ");
        for (int i = 0; i < Math.min(FIGURES_NAMED, quantities.size()); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(describe(quantities.get(i)));
        }
        if (quantities.size() > FIGURES_NAMED) {
            text.append(" and ").append(quantities.size() - FIGURES_NAMED).append(" more");
        }
        return text.toString();
    }

    /** {@code 7600 km}, {@code about 115000000 USD per year}, {@code more than 60000 student}, {@code 0.333333333}. */
    static String describe(Quantity q) {
        StringBuilder text = new StringBuilder();
        if (q.qualifier() != null) {
            switch (q.qualifier()) {
                case APPROXIMATE -> text.append("about ");
                case MORE_THAN -> text.append("more than ");
                case AT_LEAST -> text.append("at least ");
                case LESS_THAN -> text.append("less than ");
                case AT_MOST -> text.append("at most ");
                case INCREASE -> text.append("up ");
                case DECREASE -> text.append("down ");
                default -> {
                }
            }
        }
        if (q.low() != null && q.high() != null) {
            text.append(plain(q.low())).append('–').append(plain(q.high()));
        } else {
            text.append(plain(q.value()));
        }
        if (q.unit() != null) {
            text.append(' ').append(q.unit());
        }
        if (q.per() != null) {
            text.append(" per ").append(q.per());
        }
        return text.toString();
    }

    private static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value); // nine digits or fewer: already what the rounding below prints
        }
        return BigDecimal.valueOf(value).round(DISPLAY).stripTrailingZeros().toPlainString();
    }
}
