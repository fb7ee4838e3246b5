package org.factcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Ranking;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision, recall and F1 against hand-written expectations for four sample articles
 * (src/test/resources/gold). A figure counts as found when value, unit, qualifier, rate and range bounds all
 * match ("strict"); "value only" ignores everything but the number.
 */
class GoldStandardTest {

    /** Floor for strict quantity F1; the measured figure is printed (and recorded in docs/bench/engine.md). */
    private static final double QUANTITY_F1_FLOOR = 0.85;

    private static final List<Scored> RESULTS = new ArrayList<>();
    private static final List<Scored> DEVELOPMENT = new ArrayList<>();
    private static final List<Scored> HELD_OUT = new ArrayList<>();

    record Counts(int truePositives, int predicted, int expected) {
        double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        double recall() {
            return expected == 0 ? 0 : (double) truePositives / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, predicted + o.predicted, expected + o.expected);
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-30s P=%.3f R=%.3f F1=%.3f (tp=%d, predicted=%d, expected=%d)", name,
                    precision(), recall(), f1(), truePositives, predicted, expected);
        }
    }

    record Scored(Counts strict, Counts valueOnly, Counts rankings, Counts attributions) {
    }

    @BeforeAll
    static void score() throws IOException {
        score("gold.json", DEVELOPMENT);
        score("heldout.json", HELD_OUT);
        RESULTS.addAll(DEVELOPMENT);
        RESULTS.addAll(HELD_OUT);
    }

    private static void score(String goldFile, List<Scored> into) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(resource(goldFile));
        for (JsonNode article : gold.get("articles")) {
            String text = new String(resource(article.get("file").asText()).readAllBytes(), StandardCharsets.UTF_8);
            Extraction e = Engine.extract(text);
            List<Quantity> quantities = e.claims().stream().flatMap(c -> c.quantities().stream()).toList();
            List<Ranking> rankings = e.claims().stream().flatMap(c -> c.rankings().stream()).toList();
            List<Attribution> attributions = e.claims().stream().map(Claim::attribution).filter(Objects::nonNull)
                    .toList();
            into.add(new Scored(match(quantities, article.get("quantities"), true),
                    match(quantities, article.get("quantities"), false), matchRankings(rankings, article.get("rankings")),
                    matchAttributions(attributions, article.get("attributions"))));
        }
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(GoldStandardTest.class.getResourceAsStream("/gold/" + name), name);
    }

    private static Counts match(List<Quantity> predicted, JsonNode expected, boolean strict) {
        boolean[] used = new boolean[expected.size()];
        int tp = 0;
        for (Quantity q : predicted) {
            for (int i = 0; i < expected.size(); i++) {
                if (!used[i] && matches(q, expected.get(i), strict)) {
                    used[i] = true;
                    tp++;
                    break;
                }
            }
        }
        return new Counts(tp, predicted.size(), expected.size());
    }

    private static boolean matches(Quantity q, JsonNode g, boolean strict) {
        if (!close(q.value(), g.get("value").asDouble())) {
            return false;
        }
        if (!strict) {
            return true;
        }
        return Objects.equals(q.unit(), text(g, "unit")) && q.qualifier().name().equals(g.get("qualifier").asText())
                && Objects.equals(q.per(), text(g, "per"))
                && (!g.has("low") || q.low() != null && close(q.low(), g.get("low").asDouble()))
                && (!g.has("high") || q.high() != null && close(q.high(), g.get("high").asDouble()));
    }

    private static String text(JsonNode g, String field) {
        return g.hasNonNull(field) ? g.get(field).asText() : null;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
    }

    private static Counts matchRankings(List<Ranking> predicted, JsonNode expected) {
        List<Integer> open = new ArrayList<>();
        expected.forEach(r -> open.add(r.get("position").asInt()));
        int tp = 0;
        for (Ranking r : predicted) {
            if (open.remove(Integer.valueOf(r.position()))) {
                tp++;
            }
        }
        return new Counts(tp, predicted.size(), expected.size());
    }

    private static Counts matchAttributions(List<Attribution> predicted, JsonNode expected) {
        List<String> open = new ArrayList<>();
        expected.forEach(a -> open.add(a.asText().toLowerCase(Locale.ROOT)));
        int tp = 0;
        for (Attribution a : predicted) {
            if (open.remove(a.source().toLowerCase(Locale.ROOT))) {
                tp++;
            }
        }
        return new Counts(tp, predicted.size(), expected.size());
    }

    private static Counts total(java.util.function.Function<Scored, Counts> which) {
        return total(RESULTS, which);
    }

    private static Counts total(List<Scored> results, java.util.function.Function<Scored, Counts> which) {
        return results.stream().map(which).reduce(new Counts(0, 0, 0), Counts::plus);
    }

    @Test
    void quantityExtractionMeetsTheFloor() {
        Counts strict = total(Scored::strict);
        Counts valueOnly = total(Scored::valueOnly);
        System.out.println("[gold] " + total(DEVELOPMENT, Scored::strict).line("dev quantities (strict)"));
        System.out.println("[gold] " + total(HELD_OUT, Scored::strict).line("held-out quantities (strict)"));
        System.out.println("[gold] " + strict.line("all quantities (strict)"));
        System.out.println("[gold] " + valueOnly.line("all quantities (value)"));
        assertThat(total(HELD_OUT, Scored::strict).f1()).isGreaterThanOrEqualTo(QUANTITY_F1_FLOOR);
        assertThat(strict.f1()).isGreaterThanOrEqualTo(QUANTITY_F1_FLOOR);
        assertThat(valueOnly.f1()).isGreaterThanOrEqualTo(strict.f1());
    }

    @Test
    void rankingsAndAttributionsAreMostlyFound() {
        Counts rankings = total(Scored::rankings);
        Counts attributions = total(Scored::attributions);
        System.out.println("[gold] " + rankings.line("rankings (position)"));
        System.out.println("[gold] " + attributions.line("attributions (source)"));
        assertThat(rankings.f1()).isGreaterThanOrEqualTo(0.7);
        assertThat(attributions.f1()).isGreaterThanOrEqualTo(0.7);
    }
}
