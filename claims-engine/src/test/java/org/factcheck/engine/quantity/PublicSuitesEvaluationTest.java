package org.factcheck.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.support.Engine;
import org.factcheck.engine.support.PrecisionRecall;
import org.factcheck.engine.support.OptInData;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores the figures against public test suites of number and unit recognisers, which the repository does not
 * ship: Microsoft Recognizers-Text ({@code Specs/Number/English}, {@code Specs/NumberWithUnit/English}; the number
 * ranges also for their hedges) and
 * quantulum3 ({@code quantulum3/_lang/en_US/tests}). Skipped unless the checkouts are named:
 * {@code ./mvnw -pl claims-engine test -Dtest=PublicSuitesEvaluationTest -Drecognizers.dir=… -Dquantulum.dir=…}.
 * <p>
 * Each input is one document. A gold figure is found when a figure of the suite's kind (money, measure,
 * temperature, percentage; any figure for quantulum3) has the same value (money also in minor units: the suites
 * give {@code 50 cents} as 50, the engine as 0.50 of the currency); each figure matches once. Precision counts
 * the engine's figures of that kind. Units are not compared (the suites name them in words of their own).
 */
class PublicSuitesEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_MEASURES = Set.of("%", "pp", "bp", "×", "point");

    @Test
    void recognizersTextSuites() throws IOException {
        Path specs = dir("recognizers.dir");
        List<PrecisionRecall> scores = List.of(
                score(specs.resolve("NumberWithUnit/English/CurrencyModel.json"), "currency",
                        q -> QuantityExtractor.isCurrency(q.unit()), true),
                score(specs.resolve("NumberWithUnit/English/DimensionModel.json"), "dimension",
                        PublicSuitesEvaluationTest::isMeasure, false),
                score(specs.resolve("NumberWithUnit/English/TemperatureModel.json"), "temperature",
                        q -> q.unit() != null && q.unit().startsWith("°"), false),
                score(specs.resolve("Number/English/PercentModel.json"), "percent", q -> "%".equals(q.unit()), false));
        scores.forEach(s -> s.print("public-suites"));
        assertThat(scores).allSatisfy(s -> assertThat(s.recall()).isPositive());
    }

    /**
     * Hedges: {@code Specs/Number/English/NumberRangeModel.json} gives each bound as an interval ({@code (30,)} more
     * than 30, {@code [30,)} at least 30, {@code (,30]} at most, {@code [20,30)} a range, {@code [20,20]} exactly).
     * A hit needs the value and the matching qualifier (a range: both bounds; open or closed ends are not told
     * apart there).
     */
    @Test
    void recognizersTextRanges() throws IOException {
        Path file = dir("recognizers.dir").resolve("Number/English/NumberRangeModel.json");
        assumeTrue(Files.isRegularFile(file), "missing " + file);
        PrecisionRecall pr = new PrecisionRecall("number range");
        for (JsonNode item : JSON.readTree(Files.readString(file).replace("\ufeff", ""))) {
            List<Quantity> found = new ArrayList<>(Engine.quantities(item.path("Input").asText()));
            int predicted = found.size();
            int tp = 0;
            int expected = 0;
            for (JsonNode r : item.path("Results")) {
                String v = r.path("Resolution").path("value").asText();
                expected++;
                for (int i = 0; i < found.size(); i++) {
                    if (interval(v, found.get(i))) {
                        found.remove(i);
                        tp++;
                        break;
                    }
                }
            }
            pr.add(tp, predicted, expected);
        }
        pr.print("public-suites");
        assertThat(pr.recall()).isPositive();
    }

    private static boolean interval(String v, Quantity q) {
        String[] ends = v.substring(1, v.length() - 1).split(",", -1);
        boolean openLow = v.startsWith("(");
        boolean openHigh = v.endsWith(")");
        Double low = ends[0].isBlank() ? null : Double.valueOf(ends[0]);
        Double high = ends[1].isBlank() ? null : Double.valueOf(ends[1]);
        Qualifier k = q.qualifier();
        if (low != null && high != null && low.equals(high)) {
            return k == Qualifier.EXACT && same(q.value(), low.doubleValue());
        }
        if (low != null && high != null) {
            return k == Qualifier.RANGE && bound(q.low(), low) && bound(q.high(), high);
        }
        if (low != null) {
            return (openLow ? k == Qualifier.MORE_THAN : k == Qualifier.AT_LEAST) && same(q.value(), low.doubleValue());
        }
        return high != null && (openHigh ? k == Qualifier.LESS_THAN : k == Qualifier.AT_MOST) && same(q.value(), high.doubleValue());
    }

    @Test
    void quantulumSuite() throws IOException {
        Path tests = dir("quantulum.dir");
        PrecisionRecall score = score(tests.resolve("quantities.json"), "quantulum3", q -> true, false);
        score.print("public-suites");
        assertThat(score.recall()).isPositive();
    }

    private static Path dir(String property) {
        return OptInData.dir(property, "the suite's folder");
    }

    private static boolean isMeasure(Quantity q) {
        String u = q.unit();
        return u != null && !QuantityExtractor.isCurrency(u) && !NOT_MEASURES.contains(u)
                && (Lexicon.MEASURES.values().stream().anyMatch(m -> m.symbol().equals(u))
                || Lexicon.ICU_MEASURES.values().stream().anyMatch(m -> m.symbol().equals(u))
                || Lexicon.CASED_MEASURES.values().stream().anyMatch(m -> m.symbol().equals(u)) || u.startsWith("°"));
    }

    private static PrecisionRecall score(Path file, String name, Predicate<Quantity> kind, boolean minorUnits)
            throws IOException {
        assumeTrue(Files.isRegularFile(file), "missing " + file);
        PrecisionRecall pr = new PrecisionRecall(name);
        for (JsonNode item : JSON.readTree(Files.readString(file).replace("\ufeff", ""))) {
            boolean quantulum = item.has("req");
            String input = item.path(quantulum ? "req" : "Input").asText();
            List<Double> gold = new ArrayList<>();
            for (JsonNode r : item.path(quantulum ? "res" : "Results")) {
                String v = quantulum ? r.path("value").asText() : r.path("Resolution").path("value").asText();
                if (!v.isEmpty() && !v.equals("null")) {
                    gold.add(Double.parseDouble(v.replace("%", "")));
                }
            }
            List<Quantity> found = new ArrayList<>(Engine.quantities(input).stream().filter(kind).toList());
            int predicted = found.size();
            int tp = 0;
            for (double g : gold) {
                for (int i = 0; i < found.size(); i++) {
                    double v = found.get(i).value();
                    if (same(v, g) || minorUnits && same(v * 100, g)) {
                        found.remove(i);
                        tp++;
                        break;
                    }
                }
            }
            pr.add(tp, predicted, gold.size());
        }
        return pr;
    }

    private static boolean bound(Double a, double b) {
        return a != null && same(a.doubleValue(), b);
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
