package org.factcheck.engine.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.text.SentenceSplitter;
import org.factcheck.engine.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Single-thread throughput, one operation = one article of the ≥ 1 MB corpus (cycled). {@link BenchmarkMain}
 * turns operations per second into MB/s and sentences/s.
 *
 * <ul>
 * <li>{@code engine}: the whole extraction (HTML check, sentences, time, rankings, figures, attribution,
 * check-worthiness with the default scorer).</li>
 * <li>{@code engineRulesOnly}: the same with a constant check-worthiness scorer, to show what the rules cost
 * without the trained model.</li>
 * <li>{@code baselineOpenNlp}: OpenNLP sentence detection + OpenNLP tokenizer model, nothing else.</li>
 * <li>{@code baselineSplitAndRuleTokens}: the engine's own sentence splitting + its rule tokenizer.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@State(Scope.Thread)
public class EngineBenchmark {

    /** Corpus size in characters (≥ 1 MB). */
    public static final int CORPUS_CHARS = 1_100_000;

    private List<String> articles;
    private int next;
    private ClaimExtractor engine;
    private ClaimExtractor rulesOnly;
    private SentenceDetectorME sentenceDetector;
    private TokenizerME tokenizer;
    private SentenceSplitter splitter;

    @Setup(Level.Trial)
    public void setUp() {
        articles = Corpus.articles(CORPUS_CHARS);
        engine = ClaimExtractor.create();
        rulesOnly = ClaimExtractor.create(org.factcheck.engine.support.Engine.FIXED_SCORER);
        SentenceModel sentenceModel = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        TokenizerModel tokenizerModel = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        sentenceDetector = new SentenceDetectorME(sentenceModel);
        tokenizer = new TokenizerME(tokenizerModel);
        splitter = new SentenceSplitter();
    }

    interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = EngineBenchmark.class.getResourceAsStream(resource)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String nextArticle() {
        String a = articles.get(next);
        next = (next + 1) % articles.size();
        return a;
    }

    @Benchmark
    public int engine() {
        return engine.extract(nextArticle()).claims().size();
    }

    @Benchmark
    public int engineRulesOnly() {
        return rulesOnly.extract(nextArticle()).claims().size();
    }

    @Benchmark
    public int baselineOpenNlp() {
        String text = nextArticle();
        int tokens = 0;
        for (String paragraph : text.split("\n")) {
            for (Span s : sentenceDetector.sentPosDetect(paragraph)) {
                tokens += tokenizer.tokenize(s.getCoveredText(paragraph).toString()).length;
            }
        }
        return tokens;
    }

    @Benchmark
    public int baselineSplitAndRuleTokens() {
        String text = nextArticle();
        int tokens = 0;
        for (Span s : splitter.split(text)) {
            tokens += Tokenizer.tokenize(text, s.getStart(), s.getEnd()).size();
        }
        return tokens;
    }
}
