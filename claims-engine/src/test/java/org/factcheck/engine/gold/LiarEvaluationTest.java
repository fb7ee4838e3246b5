package org.factcheck.engine.gold;

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
import java.util.Objects;

import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.support.Engine;
import org.factcheck.engine.support.PrecisionRecall;
import org.factcheck.engine.support.OptInData;
import org.junit.jupiter.api.Test;

/**
 * Scores the figures on a hand-annotated sample of LIAR (Wang 2017, PolitiFact statements; the TSV files
 * {@code train.tsv}/{@code valid.tsv}/{@code test.tsv} of its public release). The statements and their annotation
 * are not shipped (they quote PolitiFact): the test runs only with {@code -Dliar.dir=<dir>} (or {@code LIAR_DIR})
 * and skips otherwise; {@code -Dliar.verbose=true} prints every miss, false figure and wrong attribute.
 *
 * <p>The directory holds two UTF-8 files, tab-separated, {@code #} lines are comments:
 * <ul>
 * <li>{@code statements.tsv}: {@code id  statement}, one statement a line (the LIAR id and column 3). Each is one
 * document for the engine. A statement with no line in the figures file has no figure.</li>
 * <li>{@code figures.tsv}: {@code id  span  value  unit  qualifier  per}, one gold figure a line, in the order of
 * the statement. {@code span} is the figure's text as it stands in the statement, with its unit or counted noun
 * and without the hedge words ({@code 300 million Americans}, {@code $4}, {@code tripled}); {@code value} a
 * number (a range gives its low end, a fraction its value: {@code 0.3333}); {@code unit} as the engine writes it
 * (ISO 4217, {@code %}, a UCUM-style symbol such as {@code a} for years, {@code ×} for a factor, the singular
 * counted noun) or {@code -}; {@code qualifier} one of {@link org.factcheck.engine.model.Qualifier}; {@code per}
 * the rate's denominator as the engine writes it ({@code year}, {@code day}, {@code gal}) or {@code -}.</li>
 * </ul>
 * What counts as a figure (the annotator's guide): every cardinal a fact-checker would check — counts (also spelled
 * small numbers with a counted noun: {@code five cities}), money, percentages, measures, durations ({@code over the
 * past 20 years}, {@code for seven years}), fractions ({@code half of}, {@code one-in-three}), factors ({@code
 * tripled}), vague multiples ({@code millions of dollars}, AT_LEAST). Not figures: years and dates, times of day,
 * {@code N years ago}, ordinals and positions ({@code No. 1}, {@code sixth highest}), names with numbers ({@code
 * Proposition 205}, {@code 9/11}), idioms ({@code a single hour}, {@code a cent}). An {@code only} before a figure
 * leaves it EXACT; a change verb makes it INCREASE or DECREASE unless a hedge stands nearer ({@code increased almost
 * $800 million} is APPROXIMATE).
 *
 * <p>A gold figure is found when an engine figure (cardinals only) overlaps its span; each engine figure matches
 * once. Precision counts every engine figure. Over the found figures: value and unit (value within 0.5% and the same
 * unit), qualifier, and rate (the same {@code per}) accuracy. Figures and the command: {@code docs/benchmarks.md},
 * "Extraction on public corpora".
 */
class LiarEvaluationTest {

    private record Gold(String span, double value, String unit, String qualifier, String per) {
    }

    @Test
    void figuresOnTheAnnotatedSample() throws IOException {
        Path dir = OptInData.dir("liar.dir", "a folder with statements.tsv and figures.tsv");
        assumeTrue(Files.isRegularFile(dir.resolve("figures.tsv")), "missing " + dir.resolve("figures.tsv"));
        boolean verbose = Boolean.getBoolean("liar.verbose");
        Map<String, String> statements = new LinkedHashMap<>();
        for (String line : lines(dir.resolve("statements.tsv"))) {
            String[] f = line.split("\t", 2);
            statements.put(f[0], f[1]);
        }
        Map<String, List<Gold>> gold = new LinkedHashMap<>();
        for (String line : lines(dir.resolve("figures.tsv"))) {
            String[] f = line.split("\t");
            assertThat(f).as(line).hasSize(6);
            assertThat(statements).as(line).containsKey(f[0]);
            assertThat(statements.get(f[0])).as(line).contains(f[1]);
            gold.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Gold(f[1], Double.parseDouble(f[2]),
                    dash(f[3]), f[4], dash(f[5])));
        }
        PrecisionRecall figures = new PrecisionRecall("figures");
        int found = 0;
        int valueUnit = 0;
        int qualifier = 0;
        int per = 0;
        for (Map.Entry<String, String> e : statements.entrySet()) {
            String text = e.getValue();
            List<Quantity> engine = new ArrayList<>(Engine.quantities(text));
            int predicted = engine.size();
            int hits = 0;
            List<Gold> expected = gold.getOrDefault(e.getKey(), List.of());
            int from = 0;
            for (Gold g : expected) {
                int start = text.indexOf(g.span(), from);
                if (start < 0) {
                    start = text.indexOf(g.span());
                }
                int end = start + g.span().length();
                from = start + 1;
                Quantity match = null;
                for (Quantity q : engine) {
                    if (q.start() < end && start < q.end()) {
                        match = q;
                        break;
                    }
                }
                if (match == null) {
                    report(verbose, "miss", g.span(), text);
                    continue;
                }
                engine.remove(match);
                hits++;
                boolean vu = close(match.value(), g.value()) && Objects.equals(match.unit(), g.unit());
                boolean qu = match.qualifier().name().equals(g.qualifier());
                boolean pe = Objects.equals(match.per(), g.per());
                valueUnit += vu ? 1 : 0;
                qualifier += qu ? 1 : 0;
                per += pe ? 1 : 0;
                if (!vu || !qu || !pe) {
                    report(verbose, "wrong", g + " got " + match.value() + " " + match.unit() + " "
                            + match.qualifier() + " per " + match.per(), text);
                }
            }
            for (Quantity q : engine) {
                report(verbose, "false", q.text() + " " + q.value() + " " + q.unit(), text);
            }
            found += hits;
            figures.add(hits, predicted, expected.size());
        }
        figures.print("liar");
        System.out.printf(Locale.ROOT, "[liar] of %d found: value+unit %.3f, qualifier %.3f, per %.3f%n", found,
                ratio(valueUnit, found), ratio(qualifier, found), ratio(per, found));
        figures.assertAtLeast(0.90, 0.85); // 0.978 / 0.929 on the 150-statement sample when recorded
    }

    private static List<String> lines(Path file) throws IOException {
        assumeTrue(Files.isRegularFile(file), "missing " + file);
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static String dash(String field) {
        return field.equals("-") ? null : field;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;
    }

    private static double ratio(int n, int of) {
        return of == 0 ? 1 : (double) n / of;
    }

    private static void report(boolean verbose, String kind, String what, String text) {
        if (verbose) {
            System.out.println("[liar] " + kind + ": " + what + "  <<" + text + ">>");
        }
    }
}
