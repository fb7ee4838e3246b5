package org.factcheck.engine.bench;

import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.factcheck.engine.text.SentenceSplitter;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link EngineBenchmark} with JMH command-line options (e.g. {@code -wi 2 -i 3 -f 1}) and prints MB/s and
 * sentences/s per benchmark plus the engine/baseline ratios as a Markdown table.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--cpu")) {
            cpuTime(args.length > 1 ? Integer.parseInt(args[1]) : 3, args.length > 2 ? args[2] : "");
            return;
        }
        CommandLineOptions cli = new CommandLineOptions(args);
        var options = new OptionsBuilder().parent(cli).include(EngineBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(options).run();

        List<String> articles = Corpus.articles(EngineBenchmark.CORPUS_CHARS);
        double bytesPerArticle = (double) Corpus.bytes(articles) / articles.size();
        SentenceSplitter splitter = new SentenceSplitter();
        double sentencesPerArticle = articles.stream().mapToInt(a -> splitter.split(a).size()).average().orElse(0);

        System.out.printf(Locale.ROOT, "%nCorpus: %d articles, %.2f MB UTF-8, %.1f sentences per article%n%n",
                articles.size(), Corpus.bytes(articles) / 1e6, sentencesPerArticle);
        System.out.println("| benchmark | articles/s | MB/s | sentences/s |");
        System.out.println("|---|---:|---:|---:|");
        double engine = 0;
        double rulesOnly = 0;
        double openNlp = 0;
        double rules = 0;
        for (RunResult r : results) {
            String name = r.getPrimaryResult().getLabel();
            double ops = r.getPrimaryResult().getScore();
            double mbs = ops * bytesPerArticle / 1e6;
            System.out.printf(Locale.ROOT, "| %s | %.1f ± %.1f | %.2f | %.0f |%n", name, ops,
                    r.getPrimaryResult().getScoreError(), mbs, ops * sentencesPerArticle);
            switch (name) {
                case "engine" -> engine = mbs;
                case "engineRulesOnly" -> rulesOnly = mbs;
                case "baselineOpenNlp" -> openNlp = mbs;
                case "baselineSplitAndRuleTokens" -> rules = mbs;
                default -> { }
            }
        }
        if (engine > 0 && openNlp > 0 && rules > 0) {
            System.out.printf(Locale.ROOT, "%nengine / baselineOpenNlp = %.2f; engine / baselineSplitAndRuleTokens = %.2f%n",
                    engine / openNlp, engine / rules);
            System.out.printf(Locale.ROOT, "engineRulesOnly / baselineOpenNlp = %.2f; engineRulesOnly / "
                    + "baselineSplitAndRuleTokens = %.2f%n", rulesOnly / openNlp, rulesOnly / rules);
        }
    }

    /**
     * The same workloads timed by the thread's CPU time instead of the wall clock: on a shared machine (other
     * builds running) this is the figure that says what one core does. Two warm-up passes over the corpus,
     * then {@code passes} measured passes per workload.
     */
    static void cpuTime(int passes, String only) {
        EngineBenchmark bench = new EngineBenchmark();
        bench.setUp();
        List<String> articles = Corpus.articles(EngineBenchmark.CORPUS_CHARS);
        long bytes = Corpus.bytes(articles);
        SentenceSplitter splitter = new SentenceSplitter();
        long sentences = articles.stream().mapToLong(a -> splitter.split(a).size()).sum();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "Corpus: %d articles, %.2f MB UTF-8, %d sentences%n%n", articles.size(),
                bytes / 1e6, sentences);
        System.out.println("| workload (CPU time, 1 thread) | MB/s | sentences/s |");
        System.out.println("|---|---:|---:|");
        Map<String, Runnable> workloads = new LinkedHashMap<>();
        workloads.put("engine", bench::engine);
        workloads.put("engineRulesOnly", bench::engineRulesOnly);
        workloads.put("baselineOpenNlp", bench::baselineOpenNlp);
        workloads.put("baselineSplitAndRuleTokens", bench::baselineSplitAndRuleTokens);
        Map<String, Double> mbs = new LinkedHashMap<>();
        workloads.keySet().removeIf(name -> !only.isEmpty() && !name.equals(only));
        for (var w : workloads.entrySet()) {
            for (int i = 0; i < 2 * articles.size(); i++) {
                w.getValue().run();
            }
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < passes * articles.size(); i++) {
                w.getValue().run();
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            mbs.put(w.getKey(), passes * bytes / 1e6 / seconds);
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.0f |%n", w.getKey(), passes * bytes / 1e6 / seconds,
                    passes * sentences / seconds);
        }
        if (mbs.size() < 4) {
            return;
        }
        System.out.printf(Locale.ROOT, "%nengine / baselineOpenNlp = %.2f; engineRulesOnly / baselineOpenNlp = %.2f; "
                + "engineRulesOnly / baselineSplitAndRuleTokens = %.2f%n", mbs.get("engine") / mbs.get("baselineOpenNlp"),
                mbs.get("engineRulesOnly") / mbs.get("baselineOpenNlp"),
                mbs.get("engineRulesOnly") / mbs.get("baselineSplitAndRuleTokens"));
    }
}
