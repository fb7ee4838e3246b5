package org.factcheck.engine.worthiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Sentence;
import org.factcheck.engine.worthiness.train.BinaryScores;
import org.factcheck.engine.worthiness.train.BinaryScores.Scored;
import org.factcheck.engine.worthiness.train.ClaimBusterData.Example;
import org.factcheck.engine.worthiness.train.DocumentRanking;
import org.factcheck.engine.worthiness.train.DocumentRanking.Metrics;
import org.factcheck.engine.support.OptInData;
import org.junit.jupiter.api.Test;

/**
 * The shipped check-worthiness scorer on CLEF CheckThat! English debate data it was not trained on (opt-in: the data
 * is not in the repository; see docs/checkworthiness.md, "CheckThat! evaluation", for where it comes from).
 *
 * <p>{@code -Dcheckthat.dir=DIR} (or env {@code CHECKTHAT_DIR}) names a folder; every folder below it holding
 * {@code .tsv} files is one data set:
 * <ul>
 * <li>debate files of CheckThat! 2018–2020 ({@code line_number TAB speaker TAB text TAB label}, label 1 = to be
 * fact-checked): each file is one debate or speech, ranked on its own, MAP over files as the lab reports;</li>
 * <li>CheckThat! 2023/2024 Task 1 files ({@code Sentence_id TAB Text TAB class_label}, Yes/No): the sentences of a
 * file in id order form one document.</li>
 * </ul>
 * Each document is read by the engine as a transcript ({@code SPEAKER: sentence}, one paragraph per line) and the
 * scores mapped back by offset. Reported per data set: P/R/F1 at the model's threshold (text model, engine sentence
 * score, "is a claim"), ROC AUC and average precision over all sentences, and MAP, R-precision, P@k over documents;
 * beside them a random ranking, sentence length and "has a digit" (ties broken by length) as baselines.
 * {@code -Dcheckthat.examples=N} also prints the N highest-scored negatives and N lowest-scored positives;
 * {@code -Dcheckthat.dump=FILE} writes every sentence's label and scores as TSV (outside the repository) for analysis.
 */
class CheckThatEvaluationTest {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int RANDOM_RUNS = 20;

    /** One labelled sentence of a document. */
    record Line(String speaker, String text, boolean checkWorthy) {
    }

    record Document(String name, List<Line> lines) {
    }

    /** Per-sentence scores of one data set, parallel to its documents' lines. */
    record Scores(List<double[]> model, List<double[]> sentences, List<double[]> claims, List<boolean[]> isClaim) {
    }

    @Test
    void shippedScorerOnCheckThatDebates() throws IOException {
        Path root = OptInData.dir("checkthat.dir", "the CheckThat! test sets laid out as docs/checkworthiness.md says");
        TreeMap<String, List<Document>> dataSets = read(root);
        assumeTrue(!dataSets.isEmpty(), "no .tsv files under " + root);

        ClaimExtractor engine = ClaimExtractor.create();
        CheckWorthinessModel model = CheckWorthinessModel.shipped();
        int examples = Integer.getInteger("checkthat.examples", 0);
        String dump = System.getProperty("checkthat.dump");
        List<String> dumped = new ArrayList<>(
                List.of("set\tdocument\tline\tspeaker\tlabel\tmodel\tsentence\tclaim\ttext"));
        for (var entry : dataSets.entrySet()) {
            List<Document> documents = entry.getValue();
            Scores scores = score(engine, model, documents);
            report(entry.getKey(), documents, scores, model.threshold());
            if (examples > 0) {
                printErrors(documents, scores.sentences(), model.threshold(), examples);
            }

            if (dump != null) {
                for (int d = 0; d < documents.size(); d++) {
                    for (int i = 0; i < documents.get(d).lines().size(); i++) {
                        Line l = documents.get(d).lines().get(i);
                        dumped.add(String.join("\t", entry.getKey(), documents.get(d).name(), Integer.toString(i + 1),
                                String.valueOf(l.speaker()), l.checkWorthy() ? "1" : "0",
                                Double.toString(scores.model().get(d)[i]),
                                Double.toString(scores.sentences().get(d)[i]),
                                Double.toString(scores.claims().get(d)[i]), l.text().replace('\t', ' ')));
                    }
                }
            }
            List<List<Example>> gold = gold(documents);
            Metrics engineRanking = DocumentRanking.metrics(gold, scores.sentences());
            Metrics random = randomBaseline(gold);
            // The scorer must rank better than chance on data it has not seen, by MAP and by AUC.
            assertThat(engineRanking.map()).as(entry.getKey() + " MAP vs random").isGreaterThan(random.map());
            assertThat(auc(flatten(documents), flat(scores.sentences()))).as(entry.getKey() + " AUC")
                    .isGreaterThan(0.6);
        }
        if (dump != null) {
            Files.write(Path.of(dump), dumped, StandardCharsets.UTF_8);
        }
    }

    // ---------------------------------------------------------------------------------------------------- reading

    static TreeMap<String, List<Document>> read(Path root) throws IOException {
        TreeMap<String, List<Document>> dataSets = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        for (Path file : files) {
            Document document = readFile(file);
            if (document != null && !document.lines().isEmpty()) {
                String set = root.relativize(file.getParent()).toString();
                dataSets.computeIfAbsent(set.isEmpty() ? "." : set, k -> new ArrayList<>()).add(document);
            }
        }
        return dataSets;
    }

    /** A debate file (4 columns, label 0/1) or a 2023/2024 Task 1 file (header, Yes/No); null for anything else. */
    static Document readFile(Path file) throws IOException {
        List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString().replaceFirst("\\.tsv$", "");
        if (raw.isEmpty()) {
            return null;
        }
        if (raw.get(0).strip().toLowerCase(Locale.ROOT).startsWith("sentence_id\t")) {
            record Row(long id, Line line) {
            }
            List<Row> rows = new ArrayList<>();
            for (String l : raw.subList(1, raw.size())) {
                String[] c = l.replace("\r", "").split("\t", -1);
                if (c.length < 3) {
                    continue;
                }
                rows.add(new Row(Long.parseLong(c[0].strip()),
                        new Line(null, unquote(c[1]), c[c.length - 1].strip().equalsIgnoreCase("yes"))));
            }
            rows.sort(Comparator.comparingLong(Row::id));
            return new Document(name, rows.stream().map(Row::line).toList());
        }
        List<Line> lines = new ArrayList<>();
        for (String l : raw) {
            String[] c = l.replace("\r", "").split("\t", -1);
            if (c.length != 4 || !c[0].strip().matches("\\d+")) {
                return null;
            }
            lines.add(new Line(c[1].strip(), c[2].strip(), c[3].strip().equals("1")));
        }
        return new Document(name, lines);
    }

    /** CSV-style quoting of the 2024 files: {@code "…""…"""} → {@code …"…"}. */
    static String unquote(String text) {
        String t = text.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1).replace("\"\"", "\"");
        }
        return t;
    }

    // ---------------------------------------------------------------------------------------------------- scoring

    /** The document as a user would paste a transcript: {@code SPEAKER: sentence}, one paragraph per line. */
    static Scores score(ClaimExtractor engine, CheckWorthinessModel model, List<Document> documents) {
        List<double[]> modelScores = new ArrayList<>();
        List<double[]> sentenceScores = new ArrayList<>();
        List<double[]> claimScores = new ArrayList<>();
        List<boolean[]> isClaim = new ArrayList<>();
        for (Document d : documents) {
            StringBuilder text = new StringBuilder();
            int[] starts = new int[d.lines().size()];
            double[] m = new double[starts.length];
            for (int i = 0; i < starts.length; i++) {
                Line line = d.lines().get(i);
                starts[i] = text.length();
                if (line.speaker() != null && !line.speaker().isEmpty()) {
                    text.append(speakerLabel(line.speaker())).append(": ");
                }
                text.append(line.text()).append("\n\n");
                m[i] = model.probability(line.text());
            }
            Extraction extraction = engine.extract(text.toString());
            double[] s = new double[starts.length];
            double[] c = new double[starts.length];
            boolean[] claim = new boolean[starts.length];
            Arrays.fill(s, -1);
            Arrays.fill(c, -1);
            List<Sentence> sentences = extraction.sentences();
            double[] perSentence = new double[sentences.size()];
            for (int k = 0; k < sentences.size(); k++) {
                perSentence[k] = sentences.get(k).checkworthiness();
            }
            double[] claimView = perSentence.clone();
            boolean[] sentenceIsClaim = new boolean[sentences.size()];
            for (Claim cl : extraction.claims()) {
                // claims first (score + 1), the best claim of a sentence counts
                int k = cl.sentence();
                claimView[k] = sentenceIsClaim[k] ? Math.max(claimView[k], 1 + cl.checkworthiness())
                        : 1 + cl.checkworthiness();
                sentenceIsClaim[cl.sentence()] = true;
            }
            for (int k = 0; k < sentences.size(); k++) {
                int i = lineOf(starts, sentences.get(k).start());
                s[i] = Math.max(s[i], perSentence[k]);
                c[i] = Math.max(c[i], claimView[k]);
                claim[i] |= sentenceIsClaim[k];
            }
            modelScores.add(m);
            sentenceScores.add(s);
            claimScores.add(c);
            isClaim.add(claim);
        }
        return new Scores(modelScores, sentenceScores, claimScores, isClaim);
    }

    /** {@code O'ROURKE} stays, anything the transcript pattern would not take as a label is reduced to letters. */
    static String speakerLabel(String speaker) {
        String label = speaker.replaceAll("[^A-Za-z.'\\- ]", " ").strip().replaceAll("\\s+", " ");
        String[] words = label.split(" ");
        if (words.length > 4) {
            label = String.join(" ", Arrays.copyOf(words, 4));
        }
        return label.isEmpty() ? "SPEAKER" : label.toUpperCase(Locale.ROOT);
    }

    static int lineOf(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    // ---------------------------------------------------------------------------------------------------- metrics

    static void report(String name, List<Document> documents, Scores scores, double threshold) {
        List<Line> all = flatten(documents);
        long positives = all.stream().filter(Line::checkWorthy).count();
        List<List<Example>> gold = gold(documents);
        System.out.printf(Locale.ROOT, "%n== %s: %d documents, %d sentences, %d check-worthy (%.2f %%)%n", name,
                documents.size(), all.size(), positives, 100.0 * positives / all.size());
        binary("text model p >= " + threshold, all, flat(scores.model()), threshold);
        binary("engine sentence score >= " + threshold, all, flat(scores.sentences()), threshold);
        binary("is a claim (claims[])", all, flatBool(scores.isClaim()), 0.5);
        ranking("text model", documents, gold, scores.model());
        ranking("engine sentences", documents, gold, scores.sentences());
        ranking("engine claims view", documents, gold, scores.claims());
        ranking("baseline: sentence length", documents, gold, baseline(documents, l -> words(l.text())));
        ranking("baseline: has a digit, then length", documents, gold,
                baseline(documents, l -> (DIGIT.matcher(l.text()).find() ? 1000 : 0) + words(l.text())));
        Metrics random = randomBaseline(gold);
        System.out.printf(Locale.ROOT, "  %-38s %s (mean of %d shuffles; AP = base rate %.4f)%n",
                "baseline: random", random, RANDOM_RUNS, (double) positives / all.size());
    }

    static void binary(String what, List<Line> all, double[] scores, double threshold) {
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            scored.add(new Scored(scores[i], all.get(i).checkWorthy()));
        }
        System.out.printf(Locale.ROOT, "  %-38s %s%n", what, BinaryScores.at(threshold, scored));
    }

    static void ranking(String what, List<Document> documents, List<List<Example>> gold, List<double[]> scores) {
        List<Line> all = flatten(documents);
        double[] flat = flat(scores);
        System.out.printf(Locale.ROOT, "  %-38s %s; pooled AUC %.3f AP %.3f%n", what,
                DocumentRanking.metrics(gold, scores), auc(all, flat), averagePrecision(all, flat));
    }

    static List<double[]> baseline(List<Document> documents, ToDoubleFunction<Line> score) {
        return documents.stream().map(d -> d.lines().stream().mapToDouble(score).toArray()).toList();
    }

    static Metrics randomBaseline(List<List<Example>> gold) {
        double map = 0;
        double rPrec = 0;
        double p5 = 0;
        double p10 = 0;
        double p20 = 0;
        Random random = new Random(20200115L);
        for (int run = 0; run < RANDOM_RUNS; run++) {
            List<double[]> scores = gold.stream().map(d -> random.doubles(d.size()).toArray()).toList();
            Metrics m = DocumentRanking.metrics(gold, scores);
            map += m.map();
            rPrec += m.rPrecision();
            p5 += m.p5();
            p10 += m.p10();
            p20 += m.p20();
        }
        return new Metrics(map / RANDOM_RUNS, rPrec / RANDOM_RUNS, p5 / RANDOM_RUNS, p10 / RANDOM_RUNS,
                p20 / RANDOM_RUNS, gold.size());
    }

    /** ROC AUC by the rank-sum statistic, ties counting half. */
    static double auc(List<Line> all, double[] scores) {
        Integer[] order = order(scores, true);
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (all.get(order[k]).checkWorthy()) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = order.length - positives;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Average precision of all sentences pooled, highest score first (ties in input order). */
    static double averagePrecision(List<Line> all, double[] scores) {
        Integer[] order = order(scores, false);
        double sum = 0;
        int hits = 0;
        for (int k = 0; k < order.length; k++) {
            if (all.get(order[k]).checkWorthy()) {
                hits++;
                sum += (double) hits / (k + 1);
            }
        }
        return hits == 0 ? 0 : sum / hits;
    }

    private static Integer[] order(double[] scores, boolean ascending) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, ascending ? Comparator.comparingDouble(i -> scores[i])
                : (a, b) -> Double.compare(scores[b], scores[a]));
        return order;
    }

    static void printErrors(List<Document> documents, List<double[]> scores, double threshold, int n) {
        record Scored1(String doc, Line line, double score) {
        }
        List<Scored1> all = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            for (int i = 0; i < documents.get(d).lines().size(); i++) {
                all.add(new Scored1(documents.get(d).name(), documents.get(d).lines().get(i), scores.get(d)[i]));
            }
        }
        System.out.println("  -- highest-scored negatives (false positives at " + threshold + "):");
        all.stream().filter(s -> !s.line().checkWorthy() && s.score() >= threshold)
                .sorted(Comparator.comparingDouble(Scored1::score).reversed()).limit(n)
                .forEach(s -> System.out.printf(Locale.ROOT, "  FP %.3f [%s] %s%n", s.score(), s.doc(),
                        s.line().text()));
        System.out.println("  -- lowest-scored positives (false negatives at " + threshold + "):");
        all.stream().filter(s -> s.line().checkWorthy() && s.score() < threshold)
                .sorted(Comparator.comparingDouble(Scored1::score)).limit(n)
                .forEach(s -> System.out.printf(Locale.ROOT, "  FN %.3f [%s] %s%n", s.score(), s.doc(),
                        s.line().text()));
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    static List<List<Example>> gold(List<Document> documents) {
        List<List<Example>> gold = new ArrayList<>();
        for (Document d : documents) {
            List<Example> examples = new ArrayList<>();
            for (int i = 0; i < d.lines().size(); i++) {
                Line l = d.lines().get(i);
                examples.add(new Example(i, l.checkWorthy() ? 1 : 0, l.text()));
            }
            gold.add(examples);
        }
        return gold;
    }

    static List<Line> flatten(List<Document> documents) {
        return documents.stream().flatMap(d -> d.lines().stream()).toList();
    }

    static double[] flat(List<double[]> scores) {
        return scores.stream().flatMapToDouble(Arrays::stream).toArray();
    }

    static double[] flatBool(List<boolean[]> flags) {
        List<double[]> asScores = new ArrayList<>();
        for (boolean[] f : flags) {
            double[] s = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                s[i] = f[i] ? 1 : 0;
            }
            asScores.add(s);
        }
        return flat(asScores);
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
