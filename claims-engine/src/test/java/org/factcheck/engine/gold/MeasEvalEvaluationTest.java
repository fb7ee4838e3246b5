package org.factcheck.engine.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.support.Engine;
import org.factcheck.engine.support.PrecisionRecall;
import org.factcheck.engine.support.OptInData;
import org.factcheck.engine.support.Tally;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Evaluation against MeasEval (SemEval-2021 Task 8, github.com/harperco/MeasEval): paragraphs of scientific
 * articles with every quantity annotated as a character span, its unit and its modifiers ({@code IsApproximate},
 * {@code IsRange}, {@code HasTolerance}, {@code IsMean} …) in the {@code other} column of
 * {@code <split>/tsv/<doc>.tsv}, over {@code <split>/text/<doc>.txt} ({@code trial/txt/} in the trial part). The
 * corpus is not shipped: the test runs only with {@code -Dmeaseval.dir=<dir>} (or {@code MEASEVAL_DIR}), the
 * directory holding the splits (or the repository's {@code data/}), and skips otherwise.
 * {@code -Dmeaseval.splits=train,trial} (default, the development part) or {@code eval} (held out); {@code
 * -Dmeaseval.report=<file>} writes each miss, false figure and hedge disagreement, one per line (outside the
 * repository: it quotes the corpus). A paragraph without a TSV file has no quantity.
 *
 * <p>Each paragraph goes whole through the engine. Spans: an engine figure is right when it overlaps a gold
 * quantity; a gold quantity is found when an engine figure overlaps it (several engine figures inside one gold
 * span, {@code 5 ± 0.2 mm} read as two, are counted apart). Recall <b>in contract</b> leaves out gold items the
 * engine's contract excludes on purpose: years and dates (time references: {@code 1991}, {@code 1997, 2003, and
 * 2008}, {@code 2 May 2010}), ages ({@code aged 35 to 55}, {@code a 67-year-old}; a mean or median age is a figure),
 * ordinals ({@code the 3rd}), a number that is part of a name ({@code Site 2}, {@code
 * Voyager 2}, {@code Table 4}), a spelled-out number below ten after a determiner ({@code the two samples}), and
 * spans without a numeral ({@code several}, {@code a few}). Units are compared where both sides have one, after
 * folding ({@code m s−1} = {@code m/s}, {@code µm} = {@code μm}, {@code days} = {@code d}, plural counted nouns =
 * singular). Hedges are compared on matched pairs (a gold hedge on a span the engine missed counts as missed):
 * APPROXIMATE against {@code IsApproximate}, less tolerances
 * (the engine reads {@code 5 ± 0.2} as APPROXIMATE with both bounds; MeasEval marks it {@code HasTolerance});
 * any bound (RANGE,
 * MORE_THAN, LESS_THAN, AT_LEAST, AT_MOST) against {@code IsRange}, which also marks open ranges ({@code <2 ppm});
 * RANGE alone against the {@code IsRange} spans that hold two numbers; a figure with both bounds that is no RANGE
 * (a tolerance) against {@code HasTolerance}.
 */
class MeasEvalEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Qualifier> BOUNDS = EnumSet.of(Qualifier.RANGE, Qualifier.MORE_THAN,
            Qualifier.LESS_THAN, Qualifier.AT_LEAST, Qualifier.AT_MOST);
    private static final Pattern YEARS = Pattern.compile(
            "(?i)(in |since |by |from |between |the )?((early |mid-?|late )?(1[0-9]{3}|20[0-9]{2})s?"
                    + "|(\\d{1,2}(st|nd|rd|th)? )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
                    + "( \\d{1,2}(st|nd|rd|th)?,?)?( (1[0-9]{3}|20[0-9]{2}))?)"
                    + "(( ?[-–,/]| and| to|, and)+ ?(1[0-9]{3}|20[0-9]{2}|\\d{2}))*( AD| BC| CE| BCE)?");
    private static final Pattern DATE_OR_CLOCK = Pattern.compile("(?i).*(\\b\\d{1,2}:\\d{2}(:\\d{2})?\\b"
            + "|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? (\\d{1,2}|1[0-9]{3}|20[0-9]{2})\\b"
            + "|\\b\\d{1,2} (jan|feb|mar|apr|may|jun"
            + "|jul|aug|sep|oct|nov|dec)[a-z]*\\b).*");
    private static final Pattern ORDINAL = Pattern.compile(
            "(?i)(the )?(\\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)");
    private static final Pattern NAMED = Pattern.compile(
            "\\p{Lu}[\\p{L}.]*\\.? ?\\d+[a-z]?|[Ff]ig(ure)?s?\\.? ?\\d+.*|[Tt]able ?\\d+.*"
                    + "|[Ee]q(uation)?s?\\.? ?\\(?\\d+.*");
    private static final Pattern SMALL_AFTER_DETERMINER = Pattern.compile(
            "(?i)(the|these|those|its|their|our|both|all|each|of the) (one|two|three|four|five|six|seven|eight|nine)"
                    + "( \\p{L}+)*");
    private static final Pattern NUMERAL = Pattern.compile(
            "(?i).*(\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
                    + "|hundred|thousand|million|billion|dozen|half|third|quarter|twice|double|single)\\b).*");
    private static final Pattern TWO_NUMBERS = Pattern.compile("(?s).*\\d.*?([-–—~]|\\bto\\b|\\band\\b).*?\\d.*");
    private static final Map<String, String> SAME_UNIT = Map.ofEntries(Map.entry("years", "a"),
            Map.entry("year", "a"), Map.entry("yr", "a"), Map.entry("yrs", "a"), Map.entry("days", "d"),
            Map.entry("day", "d"), Map.entry("months", "mo"), Map.entry("month", "mo"), Map.entry("weeks", "wk"),
            Map.entry("week", "wk"), Map.entry("hours", "h"), Map.entry("hour", "h"), Map.entry("hr", "h"),
            Map.entry("hrs", "h"), Map.entry("minutes", "min"), Map.entry("minute", "min"),
            Map.entry("seconds", "s"), Map.entry("second", "s"), Map.entry("sec", "s"), Map.entry("percent", "%"),
            Map.entry("per cent", "%"), Map.entry("degrees", "°"), Map.entry("degree", "°"),
            Map.entry("centimeters", "cm"), Map.entry("centimetres", "cm"), Map.entry("meters", "m"),
            Map.entry("metres", "m"), Map.entry("kilometers", "km"), Map.entry("kilometres", "km"),
            Map.entry("millimeters", "mm"), Map.entry("millimetres", "mm"), Map.entry("times", "×"),
            Map.entry("l", "l"), Map.entry("kph", "km/h"), Map.entry("tons", "t"), Map.entry("tonnes", "t"),
            Map.entry("metre", "m"), Map.entry("meter", "m"), Map.entry("mbps", "Mb/s"), Map.entry("mph", "mi/h"),
            Map.entry("percentage points", "pp"), Map.entry("percentage point", "pp"), Map.entry("pounds", "lb"));

    record Gold(int start, int end, String text, String unit, List<String> mods) {

        boolean has(String mod) {
            return mods.stream().anyMatch(m -> m.contains(mod));
        }

        boolean overlaps(Quantity q) {
            return q.start() < end && q.end() > start;
        }

        int overlap(Quantity q) {
            return Math.min(end, q.end()) - Math.max(start, q.start());
        }
    }

    /** Counts of one split. */
    static final class Score extends Tally {
        /** Engine figures overlapping a gold quantity, engine figures, gold found, gold (all; in contract). */
        int right;
        int predicted;
        int found;
        int gold;
        int foundIn;
        int goldIn;
        final PrecisionRecall units = new PrecisionRecall("unit agreement (both have one)");
        final PrecisionRecall unitFound = new PrecisionRecall("unit found and agreeing (gold has one)");
        final PrecisionRecall approximate = new PrecisionRecall("APPROXIMATE vs IsApproximate");
        final PrecisionRecall bound = new PrecisionRecall("any bound vs IsRange");
        final PrecisionRecall range = new PrecisionRecall("RANGE vs two-number IsRange");
        final PrecisionRecall tolerance = new PrecisionRecall("tolerance vs HasTolerance");
    }

    @Test
    void measEvalQuantities() throws IOException {
        Path root = OptInData.dir("measeval.dir", "a MeasEval checkout or a folder with train/ trial/ eval/");
        Map<String, Path> splits = OptInData.splits(root, "measeval.splits", "train,trial", "tsv");
        try (PrintWriter report = OptInData.report("measeval.report")) {
            Score all = new Score();
            for (var split : splits.entrySet()) {
                evaluate(split.getValue(), split.getKey(), all, report);
            }
            String tag = "measeval-" + String.join("+", splits.keySet());
            System.out.printf(Locale.ROOT, "[%s] spans P=%.3f R=%.3f R(in contract)=%.3f (right=%d, predicted=%d,"
                    + " found=%d of %d gold, %d of %d in contract)%n", tag, ratio(all.right, all.predicted),
                    ratio(all.found, all.gold), ratio(all.foundIn, all.goldIn), all.right, all.predicted, all.found,
                    all.gold, all.foundIn, all.goldIn);
            Stream.of(all.units, all.unitFound, all.approximate, all.bound, all.range, all.tolerance)
                    .forEach(s -> s.print(tag));
            all.printCounts(tag);
            assertThat(all.found).isPositive();
        }
    }

    private static void evaluate(Path dir, String split, Score score, PrintWriter report) throws IOException {
        Path textDir = Files.isDirectory(dir.resolve("text")) ? dir.resolve("text") : dir.resolve("txt");
        List<Path> texts;
        try (Stream<Path> files = Files.list(textDir)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path textFile : texts) {
            String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            Path tsv = dir.resolve("tsv").resolve(name + ".tsv");
            List<Gold> golds = Files.isRegularFile(tsv) ? parse(Files.readAllLines(tsv, StandardCharsets.UTF_8), text)
                    : List.of();
            score.count("paragraphs");
            List<Quantity> ours = new ArrayList<>();
            for (Claim c : Engine.extract(text).claims()) {
                ours.addAll(c.quantities());
            }
            for (Quantity q : ours) {
                score.predicted++;
                if (golds.stream().anyMatch(g -> g.overlaps(q))) {
                    score.right++;
                } else {
                    write(report, split, "FALSE", name, text, q.start(), q.end(), describe(q));
                }
            }
            for (Gold g : golds) {
                List<Quantity> over = ours.stream().filter(g::overlaps).toList();
                String out = outOfContract(g, text);
                score.gold++;
                if (out != null) {
                    score.count("gold out of contract: " + out);
                } else {
                    score.goldIn++;
                }
                if (over.isEmpty()) {
                    write(report, split, out == null ? "MISS" : "MISS-OUT(" + out + ")", name, text, g.start, g.end,
                            g.unit + " " + g.mods);
                    score.approximate.add(false, false, g.has("IsApproximate")); // a missed span misses its hedge
                    score.bound.add(false, false, g.has("IsRange"));
                    score.range.add(false, false, g.has("IsRange") && TWO_NUMBERS.matcher(g.text).matches());
                    score.tolerance.add(false, false, g.has("HasTolerance"));
                    score.unitFound.add(false, false, g.unit != null);
                    continue;
                }
                score.found++;
                if (out == null) {
                    score.foundIn++;
                }
                if (over.size() > 1) {
                    score.count("gold spans read as several engine figures");
                    write(report, split, "SPLIT", name, text, g.start, g.end,
                            String.join(" | ", over.stream().map(MeasEvalEvaluationTest::describe).toList()));
                }
                Quantity q = over.stream().max(java.util.Comparator.comparingInt(g::overlap)).orElseThrow();
                if (g.unit != null) {
                    score.unitFound.add(q.unit() != null && sameUnit(g, q), q.unit() != null, true);
                }
                if (g.unit != null && q.unit() != null) {
                    boolean same = sameUnit(g, q);
                    score.units.add(same, true, true);
                    if (!same) {
                        write(report, split, "UNIT", name, text, g.start, g.end, g.unit + " ≠ " + q.unit());
                    }
                } else if (g.unit != null) {
                    score.count("gold unit, engine none");
                    write(report, split, "NOUNIT", name, text, g.start, g.end, g.unit + " vs " + describe(q));
                } else if (q.unit() != null) {
                    score.count("engine unit, gold none (" + (g.has("IsCount") ? "count" : "other") + ")");
                }
                boolean tolerance = q.low() != null && q.high() != null && q.qualifier() != Qualifier.RANGE;
                hedge(score.approximate, g.has("IsApproximate"), q.qualifier() == Qualifier.APPROXIMATE && !tolerance,
                        report, "APPROX", split, name, text, g, q);
                hedge(score.bound, g.has("IsRange"), BOUNDS.contains(q.qualifier()), report, "BOUND", split, name,
                        text, g, q);
                hedge(score.range, g.has("IsRange") && TWO_NUMBERS.matcher(g.text).matches(),
                        q.qualifier() == Qualifier.RANGE, report, "RANGE", split, name, text, g, q);
                hedge(score.tolerance, g.has("HasTolerance"), tolerance, report, "TOL", split, name, text, g, q);
            }
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1 : (double) a / b;
    }

    private static void hedge(PrecisionRecall pr, boolean gold, boolean ours, PrintWriter report, String kind,
            String split, String name, String text, Gold g, Quantity q) {
        pr.add(gold && ours, ours, gold);
        if (gold != ours) {
            write(report, split, kind + (gold ? "-MISS" : "-FALSE"), name, text, g.start, g.end,
                    g.mods + " vs " + describe(q));
        }
    }

    /** Why the contract leaves a gold quantity out, or null when it is in. */
    static String outOfContract(Gold g, String text) {
        String t = g.text.strip();
        if (!NUMERAL.matcher(t).matches()) {
            return "no numeral";
        }
        if (g.unit == null && YEARS.matcher(t).matches()) {
            return "year or date";
        }
        if (ORDINAL.matcher(t).matches()) {
            return "ordinal";
        }
        if (DATE_OR_CLOCK.matcher(t).matches()) {
            return "date or time of day";
        }
        String before = text.substring(Math.max(0, g.start - 12), g.start);
        if (t.matches("(?i).*\\byears?[- ]old\\b.*|.*-year-?") || text.startsWith("-old", g.end)
                || text.startsWith("old", g.end) || before.matches("(?is).*\\b(aged|ages?( of)?) $")
                && !text.substring(Math.max(0, g.start - 20), g.start)
                        .matches("(?is).*\\b(mean|average|median) ages?( of)? $")) {
            return "age";
        }
        if (g.unit == null && (NAMED.matcher(t).matches()
                || t.matches("\\d+[a-z]?") && before.matches("(?s).*\\b\\p{Lu}[\\p{L}-]*\\.? $"))) {
            return "name with a number";
        }
        if (g.unit == null && (SMALL_AFTER_DETERMINER.matcher(t).matches()
                || t.matches("(?i)(one|two|three|four|five|six|seven|eight|nine)( \\p{L}+)*")
                        && before.matches("(?is).*\\b(the|these|those|its|their|our|both|all|each) $"))) {
            return "small number after a determiner";
        }
        return null;
    }

    private static boolean sameUnit(Gold g, Quantity q) {
        return sameUnit(g.unit, q.unit()) || q.per() != null && sameUnit(g.unit, q.unit() + "/" + q.per());
    }

    /** Gold and engine name the same unit once folded: symbols, spelled-out durations, plural counted nouns. */
    static boolean sameUnit(String gold, String ours) {
        String g = foldUnit(gold);
        String o = foldUnit(ours);
        if (g.equals(o) || g.equalsIgnoreCase(o)) {
            return true;
        }
        String lower = g.toLowerCase(Locale.ROOT);
        String mapped = SAME_UNIT.get(lower);
        if (mapped != null && mapped.equals(o)) {
            return true;
        }
        String last = lower.replaceFirst(".*\\s", "").replaceFirst("men$", "man");
        return last.equals(o.toLowerCase(Locale.ROOT) + "s") || last.equals(o.toLowerCase(Locale.ROOT) + "es")
                || last.equals(o.toLowerCase(Locale.ROOT));
    }

    /** NFKC (² → 2, µ → μ), minus signs, {@code m s-1} → {@code m/s}, no spaces or dots between unit parts. */
    static String foldUnit(String unit) {
        String u = Normalizer.normalize(unit, Normalizer.Form.NFKC).replace('\u2212', '-').replace('\u2013', '-')
                .replace('\u00b5', '\u03bc').replace("⁻", "-").replace("·", " ").trim()
                .replaceAll("\\s+per\\s+", "/");
        u = u.replaceAll("\\s*-\\s*1\\b", "-1").replaceAll("(\\S)\\s+([\\p{L}°]+)-1\\b", "$1/$2");
        return u.replaceAll("(?<=[\\p{L}°%])[\\s.]+(?=[\\p{L}%])", "").replace(" ", "");
    }

    static List<Gold> parse(List<String> lines, String text) throws IOException {
        int[] charAt = codePointOffsets(text);
        List<Gold> golds = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 7 || !cols[2].equals("Quantity")) {
                continue;
            }
            int start = charAt[Math.min(Integer.parseInt(cols[3]), charAt.length - 1)];
            int end = charAt[Math.min(Integer.parseInt(cols[4]), charAt.length - 1)];
            String unit = null;
            List<String> mods = new ArrayList<>();
            if (cols.length > 7 && !cols[7].isBlank()) {
                JsonNode other = JSON.readTree(cols[7]);
                unit = other.hasNonNull("unit") ? other.get("unit").asText() : null;
                other.path("mods").forEach(m -> mods.add(m.asText()));
            }
            golds.add(new Gold(start, end, text.substring(start, end), unit, mods));
        }
        return golds;
    }

    /** Java char index of each code point offset (and of the end). */
    private static int[] codePointOffsets(String text) {
        int count = text.codePointCount(0, text.length());
        int[] at = new int[count + 1];
        int c = 0;
        for (int cp = 0; cp < count; cp++) {
            at[cp] = c;
            c += Character.charCount(text.codePointAt(c));
        }
        at[count] = c;
        return at;
    }

    private static String describe(Quantity q) {
        return q.text() + " = " + q.value() + " " + q.unit() + " " + q.qualifier()
                + (q.low() != null || q.high() != null ? " [" + q.low() + ".." + q.high() + "]" : "");
    }

    private static void write(PrintWriter report, String split, String kind, String name, String text, int start,
            int end, String detail) {
        if (report == null) {
            return;
        }
        String context = text.substring(Math.max(0, start - 50), start) + "[[" + text.substring(start, end) + "]]"
                + text.substring(end, Math.min(text.length(), end + 40));
        report.println(String.join("\t", split, kind, name, context.replaceAll("\\s+", " "), detail));
    }
}
