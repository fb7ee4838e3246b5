package org.factcheck.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Sentence;
import org.factcheck.engine.support.PrecisionRecall;
import org.factcheck.engine.support.OptInData;
import org.factcheck.engine.support.Tally;
import org.junit.jupiter.api.Test;

/**
 * Evaluation against PolNeAR (Political News Attribution Relations corpus, github.com/networkdynamics/PolNeAR):
 * 2016 US campaign news with every attribution annotated as source, cue and content spans (brat standoff,
 * {@code data/<split>/attributions/*.ann} over {@code data/<split>/text/*.txt}). The corpus is not shipped: the test
 * runs only with {@code -Dpolnear.dir=<checkout>} (or {@code POLNEAR_DIR}), the directory holding {@code data/}, and
 * skips otherwise. {@code -Dpolnear.splits=dev} (default), {@code train}, {@code test} or a comma list; {@code
 * -Dpolnear.report=<file>} writes every miss and false attribution, one per line, for reading (outside the
 * repository: it quotes the corpus).
 *
 * <p>Each article goes whole through {@link ClaimExtractor#extract}, as the product does, and each sentence the
 * engine splits is judged on its own. What the engine's contract can express is one source per sentence for a
 * statement, so the gold side of a sentence is its <b>in-contract</b> attributions: the cue starts in the sentence,
 * is a verb of saying (say, tell, add, note, write, argue, claim, report, announce, find, show, believe, think …, see
 * {@link #SAYING}) or {@code according to}, and the whole source span lies in the sentence. The rest is counted
 * apart, not as misses: cues of wanting, hoping, calling, asking, denying, nouns, colons; attributions without a
 * source; sources in another sentence (quotes that go on, "He added:" before the quote). A sentence with several
 * in-contract attributions counts once, hit when the reported source is any of them.
 *
 * <ul>
 * <li><b>detection</b>: P/R of "the sentence has an in-contract attribution";</li>
 * <li><b>source</b>, strict: the reported source equals, after {@link AttributionGoldTest#normalise} (and folding
 * typographic apostrophes and spaces), the gold source or its head, the gold span cut at its first comma,
 * parenthesis, dash or {@code who/which} (PolNeAR sources keep appositives: {@code Ryan Ellis, a Republican tax
 * consultant}; the engine names {@code Ryan Ellis}); lenient: one source's words are a run of the other's words,
 * unless the shorter is only a title ({@code Rep}). A gold source that is a bare pronoun ({@code he said}) is hit
 * when the engine's attribution span covers it: the engine reports the last named speaker instead, and
 * coreference is not judged here.</li>
 * </ul>
 * Two repairs of the annotation: source and cue labels swapped by the annotator (source {@code said}, cue a name)
 * are swapped back; a possessive source ({@code Trump's claim that}) marks a noun cue and is out of contract.
 * Precision is over the sentences where the engine reports an attribution, less those where the corpus has only an
 * out-of-contract attribution with the same source (counted as "agrees outside the contract"); a report on a
 * sentence without any gold attribution or with another source is a false attribution.
 */
class PolnearEvaluationTest {

    /** Verbs of saying and of stated belief or finding: the cues the engine's contract covers. */
    static final Set<String> SAYING = Set.of("say", "says", "said", "saying", "tell", "tells", "told", "telling",
            "add", "adds", "added", "adding", "note", "notes", "noted", "noting", "write", "writes", "wrote",
            "written", "writing", "argue", "argues", "argued", "arguing", "claim", "claims", "claimed", "claiming",
            "state", "states", "stated", "stating", "report", "reports", "reported", "reporting", "announce",
            "announces", "announced", "announcing", "explain", "explains", "explained", "explaining", "insist",
            "insists", "insisted", "insisting", "warn", "warns", "warned", "warning", "acknowledge", "acknowledges",
            "acknowledged", "acknowledging", "admit", "admits", "admitted", "admitting", "confirm", "confirms",
            "confirmed", "confirming", "reveal", "reveals", "revealed", "declare", "declares", "declared",
            "declaring", "assert", "asserts", "asserted", "asserting", "allege", "alleges", "alleged", "alleging",
            "predict", "predicts", "predicted", "predicting", "estimate", "estimates", "estimated", "tweet",
            "tweets", "tweeted", "tweeting", "post", "posts", "posted", "suggest", "suggests", "suggested",
            "suggesting", "point", "points", "pointed", "pointing", "stress", "stresses", "stressed", "stressing",
            "emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised", "conclude",
            "concludes", "concluded", "disclose", "discloses", "disclosed", "testify", "testifies", "testified",
            "maintain", "maintains", "maintained", "contend", "contends", "contended", "counter", "counters",
            "countered", "reply", "replies", "replied", "respond", "responds", "responded", "recall", "recalls",
            "recalled", "observe", "observes", "observed", "remark", "remarks", "remarked", "find", "finds", "found",
            "show", "shows", "showed", "shown", "indicate", "indicates", "indicated", "believe", "believes",
            "believed", "think", "thinks", "thought", "according");

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "rep", "sen", "gov", "rev", "del",
            "gen", "lt", "col", "capt", "sgt", "prof", "st", "jr", "sr", "president", "senator");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");

    record Span(int start, int end) {
    }

    /** One gold attribution: spans in Java char offsets (the corpus counts code points). */
    record Gold(List<Span> source, List<Span> cue, List<Span> content, String sourceText, String cueText) {

        /**
         * A verb of saying as cue, and a source that is no possessive: "Trump's claim that", "the agency's
         * report" are nouns, which the contract leaves out.
         */
        boolean saying() {
            return PolnearEvaluationTest.saying(cueText) && !fold(sourceText).trim().endsWith("'s");
        }

        boolean cueIn(Sentence s) {
            return !cue.isEmpty() && cue.get(0).start >= s.start() && cue.get(0).start < s.end();
        }

        boolean sourceIn(Sentence s) {
            return !source.isEmpty() && source.stream().allMatch(x -> x.start >= s.start() && x.end <= s.end());
        }

        boolean touches(Sentence s) {
            return Stream.of(source, cue, content).flatMap(List::stream)
                    .anyMatch(x -> x.start < s.end() && x.end > s.start());
        }
    }

    /** Counts of one split. */
    static final class Score extends Tally {
        final PrecisionRecall detection = new PrecisionRecall("detection");
        final PrecisionRecall strict = new PrecisionRecall("strict source");
        final PrecisionRecall lenient = new PrecisionRecall("lenient source");
    }

    @Test
    void polnearAttributions() throws IOException {
        Path root = OptInData.dir("polnear.dir", "a PolNeAR checkout");
        Map<String, Path> splits = OptInData.splits(root, "polnear.splits", "dev", "text");
        ClaimExtractor engine = ClaimExtractor.create();
        try (PrintWriter report = OptInData.report("polnear.report")) {
            for (var split : splits.entrySet()) {
                long started = System.nanoTime();
                Score score = evaluate(engine, split.getValue(), split.getKey(), report);
                String tag = "polnear-" + split.getKey();
                score.detection.print(tag);
                score.strict.print(tag);
                score.lenient.print(tag);
                score.printCounts(tag);
                System.out.printf(Locale.ROOT, "[%s]   %.1f s%n", tag, (System.nanoTime() - started) / 1e9);
                assertThat(score.detection.precision()).isPositive();
            }
        }
    }

    private static Score evaluate(ClaimExtractor engine, Path dir, String split, PrintWriter report)
            throws IOException {
        Score score = new Score();
        List<Path> texts;
        try (Stream<Path> files = Files.list(dir.resolve("text"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path textFile : texts) {
            String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
            Path ann = annotation(dir.resolve("attributions"), name);
            if (ann == null) {
                score.count("articles without annotation (skipped)");
                continue;
            }
            score.count("articles");
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            List<Gold> golds = parse(Files.readAllLines(ann, StandardCharsets.UTF_8), text);
            Extraction extraction;
            try {
                extraction = engine.extract(text);
            } catch (RuntimeException e) {
                score.count("articles where the engine failed (skipped)");
                System.out.println("[polnear-" + split + "]   engine failed on " + name + ": " + e);
                continue;
            }
            Map<Integer, Attribution> reported = new HashMap<>();
            for (Claim c : extraction.claims()) {
                if (c.attribution() != null) {
                    reported.put(c.sentence(), c.attribution());
                }
            }
            for (Gold g : golds) {
                score.count("gold attributions");
                if (g.source.isEmpty()) {
                    score.count("gold: no source (out of contract)");
                } else if (!g.saying()) {
                    score.count("gold: cue no verb of saying (out of contract)");
                }
            }
            List<Sentence> sentences = extraction.sentences();
            for (int index = 0; index < sentences.size(); index++) {
                Sentence s = sentences.get(index);
                List<Gold> in = new ArrayList<>();
                List<Gold> other = new ArrayList<>();
                for (Gold g : golds) {
                    if (g.cueIn(s) && g.saying() && g.sourceIn(s)) {
                        in.add(g);
                    } else if (g.touches(s)) {
                        other.add(g);
                        if (g.cueIn(s) && g.saying() && !g.source.isEmpty()) {
                            score.count("gold: source in another sentence (out of contract)");
                        }
                    }
                }
                if (in.size() > 1) {
                    score.count("sentences with several in-contract attributions (count once)");
                }
                Attribution got = reported.get(index);
                boolean wanted = !in.isEmpty();
                if (got == null) {
                    score.detection.add(false, false, wanted);
                    score.strict.add(false, false, wanted);
                    score.lenient.add(false, false, wanted);
                    if (wanted) {
                        write(report, split, "MISS", name, s, in, null);
                    }
                    continue;
                }
                if (!wanted) {
                    if (other.stream().anyMatch(g -> matches(g, got, false))) {
                        score.count("engine agrees with an out-of-contract attribution (not counted)");
                        continue;
                    }
                    score.count(other.isEmpty() ? "false: no gold attribution in the sentence"
                            : "false: gold attribution out of contract, other source");
                    score.detection.add(false, true, false);
                    score.strict.add(false, true, false);
                    score.lenient.add(false, true, false);
                    write(report, split, other.isEmpty() ? "FALSE" : "FALSE-OTHER", name, s, other, got);
                    continue;
                }
                boolean strictHit = in.stream().anyMatch(g -> matches(g, got, true));
                boolean lenientHit = strictHit || in.stream().anyMatch(g -> matches(g, got, false));
                if (lenientHit && in.stream().anyMatch(g -> isPronoun(g.sourceText))) {
                    score.count("pronoun gold sources judged by position");
                }
                score.detection.add(true, true, true);
                score.strict.add(strictHit, true, true);
                score.lenient.add(lenientHit, true, true);
                if (!strictHit) {
                    write(report, split, lenientHit ? "LENIENT" : "WRONG", name, s, in, got);
                }
            }
        }
        return score;
    }

    static boolean saying(String cue) {
        for (String w : cue.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (SAYING.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The corpus keeps typographic apostrophes, quotes and spaces; the engine reports them folded. */
    static String fold(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u2013', '-').replace('\u2014', '-');
    }

    /**
     * The gold source up to its first appositive or relative clause: "Ryan Ellis, a Republican tax consultant" and
     * "Joseph, who has four children" name Ryan Ellis and Joseph; "Rep. Gwen Moore (D-Wis.)" names Rep. Gwen Moore.
     */
    static String head(String source) {
        String s = fold(source);
        int cut = s.length();
        for (String mark : new String[] {",", "(", " who ", " which ", " --", " - "}) {
            int at = s.indexOf(mark);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return s.substring(0, cut);
    }

    /** Words of a source, lower case, without punctuation. */
    static List<String> words(String source) {
        List<String> words = new ArrayList<>();
        for (String w : AttributionGoldTest.normalise(fold(source)).split("[^\\p{L}\\p{N}']+")) {
            if (!w.isEmpty() && !w.equals("'")) {
                words.add(w);
            }
        }
        return words;
    }

    /** One word sequence holds the other. */
    static boolean contains(List<String> a, List<String> b) {
        if (b.isEmpty() || a.isEmpty()) {
            return false;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        if (TITLES.containsAll(shorter)) {
            return false; // "Rep" is no one
        }
        return java.util.Collections.indexOfSubList(a, b) >= 0 || java.util.Collections.indexOfSubList(b, a) >= 0;
    }

    /** The reported source is the gold one; a pronoun gold source is matched by position. */
    private static boolean matches(Gold g, Attribution got, boolean strict) {
        if (g.source.isEmpty()) {
            return false;
        }
        if (isPronoun(g.sourceText)) {
            return g.source.stream().allMatch(x -> x.start >= got.start() && x.end <= got.end());
        }
        String reported = AttributionGoldTest.normalise(fold(got.source()));
        if (strict) {
            return reported.equals(AttributionGoldTest.normalise(fold(g.sourceText)))
                    || reported.equals(AttributionGoldTest.normalise(head(g.sourceText)));
        }
        return contains(words(g.sourceText), words(got.source()));
    }

    private static boolean isPronoun(String source) {
        return PRONOUNS.contains(AttributionGoldTest.normalise(fold(source)));
    }

    /** The article's annotation; an article annotated by several people uses the first annotator's file by name. */
    private static Path annotation(Path dir, String name) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String f = p.getFileName().toString();
                return f.startsWith(name + "_") && f.endsWith(".ann") && f.length() == name.length() + 9;
            }).sorted().findFirst().orElse(null);
        }
    }

    /** Brat standoff: {@code T<n>\tType start end[;start end]\ttext} and {@code E<n>\tAttribution:T.. Source:T..}. */
    static List<Gold> parse(List<String> lines, String text) {
        int[] charAt = codePointOffsets(text);
        Map<String, List<Span>> spans = new HashMap<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length < 2 || !cols[0].startsWith("T")) {
                continue;
            }
            String[] typeAndSpans = cols[1].split(" ", 2);
            List<Span> list = new ArrayList<>();
            for (String fragment : typeAndSpans[1].split(";")) {
                String[] se = fragment.trim().split(" ");
                int start = Integer.parseInt(se[0]);
                int end = Integer.parseInt(se[1]);
                list.add(new Span(charAt[Math.min(start, charAt.length - 1)], charAt[Math.min(end, charAt.length - 1)]));
            }
            spans.put(cols[0], list);
        }
        List<Gold> golds = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length < 2 || !cols[0].startsWith("E")) {
                continue;
            }
            Map<String, List<Span>> roles = new HashMap<>();
            for (String arg : cols[1].trim().split(" ")) {
                String[] kv = arg.split(":");
                if (kv.length == 2 && spans.containsKey(kv[1])) {
                    roles.merge(kv[0], new ArrayList<>(spans.get(kv[1])), (a, b) -> {
                        a.addAll(b);
                        return a;
                    });
                }
            }
            List<Span> source = roles.getOrDefault("Source", List.of());
            List<Span> cue = roles.getOrDefault("Cue", List.of());
            if (!source.isEmpty() && saying(join(text, source)) && !saying(join(text, cue))) {
                List<Span> swap = source; // labels swapped by the annotator: source "said", cue "Hester"
                source = cue;
                cue = swap;
            }
            golds.add(new Gold(source, cue, roles.getOrDefault("Content", List.of()), join(text, source),
                    join(text, cue)));
        }
        return golds;
    }

    private static String join(String text, List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span x : spans) {
            b.append(b.length() > 0 ? " " : "").append(text, x.start, x.end);
        }
        return b.toString();
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

    private static void write(PrintWriter report, String split, String kind, String name, Sentence s,
            List<Gold> golds, Attribution got) {
        if (report == null) {
            return;
        }
        StringBuilder gold = new StringBuilder();
        for (Gold g : golds) {
            gold.append(gold.length() > 0 ? " | " : "").append(g.sourceText).append(" <").append(g.cueText)
                    .append(">");
        }
        report.println(String.join("\t", split, kind, name, s.text().replaceAll("\\s+", " "), gold.toString(),
                got == null ? "-" : got.source() + " <" + got.text().replaceAll("\\s+", " ") + ">"));
    }
}
