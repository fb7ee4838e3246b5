package org.factcheck.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.support.Engine;
import org.factcheck.engine.support.PrecisionRecall;
import org.factcheck.engine.support.OptInData;
import org.junit.jupiter.api.Test;

/**
 * Scores the figures against the English test corpora of Facebook's Duckling ({@code Duckling/<Dimension>/EN/
 * Corpus.hs}: money, distance, volume, mass, temperature, duration, numerals, ordinals), which the repository does not
 * ship. Skipped unless a checkout is named: {@code ./mvnw -pl claims-engine test -Dtest=DucklingCorpusEvaluationTest
 * -Dduckling.dir=…/duckling}.
 * <p>
 * Each example is one document with one gold value, e.g. {@code examples (under EUR 7) ["less than 7 EUR", …]}.
 * Hit: a figure (an ordinal for ordinals) whose value equals the gold value once both are in the same base unit
 * (metres, litres, grams, seconds; cents as hundredths); a gold range needs a RANGE figure with both bounds.
 * Predicted: the example gave any figure. The hedge score counts, among hits for {@code under}/{@code above}
 * examples, those with a LESS_THAN/AT_MOST or MORE_THAN/AT_LEAST qualifier. Currencies are not compared (Duckling
 * names some by words of its own). Only the main corpus counts (not the latent or negative ones).
 */
class DucklingCorpusEvaluationTest {

    private static final List<String> DIMENSIONS = List.of("AmountOfMoney", "Distance", "Volume", "Quantity",
            "Temperature", "Duration", "Numeral", "Ordinal");
    private static final Pattern EXAMPLES = Pattern.compile(
            "examples\\s*\\(((?:[^()]|\\([^()]*\\))*)\\)\\s*\\[(.*?)\\n\\s*\\]", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9.]*(?:e-?[0-9]+)?");
    private static final Pattern COMMENT = Pattern.compile("(?m)(^|\\s)--(?![^\"\\n]*\"[^\"\\n]*$).*$");

    /** Size of a unit in its dimension's base (m, l, g, s; money in its own unit); Duckling's names and ours. */
    private static final Map<String, Double> BASE = new LinkedHashMap<>();

    static {
        unit(1000, "Kilometre", "km");
        unit(1, "Metre", "M", "m");
        unit(0.01, "Centimetre", "cm");
        unit(0.001, "Millimetre", "mm");
        unit(1609.344, "Mile", "mi");
        unit(0.9144, "Yard", "yd");
        unit(0.3048, "Foot", "ft");
        unit(0.0254, "Inch", "in");
        unit(1, "Litre", "l", "L");
        unit(0.001, "Millilitre", "ml", "mL");
        unit(100, "Hectolitre", "hL", "hl");
        unit(3.785411784, "Gallon", "gal");
        unit(0.2365882365, "Cup", "cup");
        unit(1, "Gram", "g");
        unit(1000, "kg");
        unit(0.001, "mg");
        unit(453.59237, "Pound", "lb");
        unit(28.349523125, "Ounce", "oz");
        unit(1, "Second", "s");
        unit(60, "Minute", "min");
        unit(3600, "Hour", "h");
        unit(86400, "Day", "d");
        unit(604800, "Week", "wk");
        unit(30 * 86400, "Month", "mo");
        unit(90 * 86400, "Quarter", "quarter");
        unit(365 * 86400, "Year", "a");
        unit(0.01, "Cent");
    }

    private static void unit(double size, String... names) {
        for (String name : names) {
            BASE.put(name, size);
        }
    }

    @Test
    void ducklingEnglishCorpora() throws IOException {
        Path checkout = OptInData.dir("duckling.dir", "a checkout of facebook/duckling");
        assumeTrue(Files.isDirectory(checkout.resolve("Duckling")), "no Duckling/ folder in " + checkout);
        List<PrecisionRecall> scores = new ArrayList<>();
        PrecisionRecall hedges = new PrecisionRecall("hedge of under/above");
        for (String dimension : DIMENSIONS) {
            Path corpus = checkout.resolve(Path.of("Duckling", dimension, "EN", "Corpus.hs"));
            assumeTrue(Files.isRegularFile(corpus), "missing " + corpus);
            PrecisionRecall score = new PrecisionRecall(dimension);
            for (Example e : examples(Files.readString(corpus))) {
                List<Quantity> found = figures(e);
                Quantity hit = found.stream().filter(q -> matches(e, q)).findFirst().orElse(null);
                score.add(hit != null, !found.isEmpty(), true);
                if (hit != null && (e.kind.equals("under") || e.kind.equals("above"))) {
                    Qualifier q = hit.qualifier();
                    boolean right = e.kind.equals("under") ? q == Qualifier.LESS_THAN || q == Qualifier.AT_MOST
                            : q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST;
                    hedges.add(right, true, true);
                }
                if (Boolean.getBoolean("duckling.misses") && hit == null) {
                    System.out.printf(Locale.ROOT, "[duckling] miss %s %s %s: %s -> %s%n", dimension, e.kind, e.unit,
                            e.text, found.stream().map(q -> q.text() + "=" + q.value() + " " + q.unit()).toList());
                }
            }
            scores.add(score);
        }
        scores.forEach(s -> s.print("duckling"));
        hedges.print("duckling");
        assertThat(scores).allSatisfy(s -> assertThat(s.recall()).isPositive());
    }

    private static List<Quantity> figures(Example e) {
        Stream<Claim> claims = Engine.extract(e.text).claims().stream();
        return e.kind.equals("ordinal") ? claims.flatMap(c -> c.ordinals().stream()).toList()
                : claims.flatMap(c -> c.quantities().stream()).toList();
    }

    private static boolean matches(Example e, Quantity q) {
        if (e.kind.equals("between")) {
            return q.qualifier() == Qualifier.RANGE && q.low() != null && q.high() != null
                    && same(e, q, q.low(), e.values[0]) && same(e, q, q.high(), e.values[1]);
        }
        return same(e, q, q.value(), e.values[0]);
    }

    private static boolean same(Example e, Quantity q, double found, double gold) {
        Double goldSize = e.unit == null ? null : BASE.get(e.unit);
        Double foundSize = q.unit() == null ? null : BASE.get(q.unit());
        if ("Cent".equals(e.unit)) {
            return close(found * 100, gold) || close(found, gold);
        }
        if (goldSize != null && foundSize != null) {
            return close(found * foundSize, gold * goldSize);
        }
        return close(found, gold);
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** One example: its text, the kind of value (simple, under, above, between, numeral, ordinal, duration). */
    private record Example(String text, String kind, String unit, double[] values) {
    }

    private static List<Example> examples(String source) {
        int main = source.indexOf("allExamples ::");
        String corpus = COMMENT.matcher(main < 0 ? source : source.substring(main)).replaceAll("$1");
        List<Example> out = new ArrayList<>();
        Matcher m = EXAMPLES.matcher(corpus);
        while (m.find()) {
            String[] words = m.group(1).trim().split("\\s+", 3);
            List<Double> numbers = new ArrayList<>();
            Matcher n = NUMBER.matcher(m.group(1).replace("(", " ").replace(")", " ").replace(",", " "));
            while (n.find()) {
                numbers.add(Double.parseDouble(n.group()));
            }
            String kind;
            String unit = null;
            switch (words[0]) {
                case "NumeralValue" -> kind = "numeral";
                case "OrdinalData" -> kind = "ordinal";
                case "DurationData" -> {
                    kind = "duration";
                    unit = words[2].trim();
                }
                default -> {
                    kind = words[0];
                    unit = words[1];
                }
            }
            if (numbers.isEmpty() || kind.equals("between") && numbers.size() < 2) {
                continue;
            }
            double[] values = numbers.stream().mapToDouble(Double::doubleValue).toArray();
            Matcher s = STRING.matcher(m.group(2));
            while (s.find()) {
                out.add(new Example(unescape(s.group(1)), kind, unit, values));
            }
        }
        return out;
    }

    private static String unescape(String haskell) {
        Matcher hex = Pattern.compile("\\\\x([0-9a-fA-F]+)").matcher(haskell);
        StringBuilder sb = new StringBuilder();
        while (hex.find()) {
            hex.appendReplacement(sb, Matcher.quoteReplacement(Character.toString(Integer.parseInt(hex.group(1), 16))));
        }
        hex.appendTail(sb);
        return sb.toString().replace("\\&", "").replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
