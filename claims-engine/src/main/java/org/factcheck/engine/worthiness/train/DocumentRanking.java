package org.factcheck.engine.worthiness.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Sentence;
import org.factcheck.engine.worthiness.CheckWorthinessScorer;
import org.factcheck.engine.worthiness.SentenceSignals;
import org.factcheck.engine.worthiness.train.ClaimBusterData.Example;

/**
 * Ranking whole documents, CLEF CheckThat! style: the sentences of each document are sorted by score and the
 * check-worthy ones should come first. Reports MAP, R-precision and P@5/10/20, each averaged over documents.
 *
 * <p>ClaimBuster has no document boundaries, but its {@code sentence_id}s run through the debate transcripts in order,
 * so a pseudo-document is a run of {@link #DOCUMENT_SIZE} consecutive sentences (by id) of one part of the data. Only
 * a fifth of the sentences of a part are kept in a fold or the hold-out, so neighbours in a pseudo-document are about
 * 20 ids apart: sparse context.
 */
public final class DocumentRanking {

    /** Sentences per pseudo-document. */
    public static final int DOCUMENT_SIZE = 100;

    private DocumentRanking() {
    }

    /** Mean over documents; MAP and R-precision over the documents with at least one check-worthy sentence. */
    public record Metrics(double map, double rPrecision, double p5, double p10, double p20, int documents) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "MAP %.3f R-prec %.3f P@5 %.3f P@10 %.3f P@20 %.3f (%d documents)",
                    map, rPrecision, p5, p10, p20, documents);
        }
    }

    /** Which score a user sorts on. */
    public enum View {
        /** {@code sentences[].checkworthiness}. */
        SENTENCES,
        /** {@code claims[].checkworthiness} first, then the sentences that are no claim by their score. */
        CLAIMS
    }

    /** Runs of {@link #DOCUMENT_SIZE} sentences in id order; the last run takes the remainder. */
    public static List<List<Example>> documents(List<Example> examples) {
        List<Example> sorted = new ArrayList<>(examples);
        sorted.sort(Comparator.comparingLong(Example::id));
        List<List<Example>> documents = new ArrayList<>();
        int count = Math.max(1, sorted.size() / DOCUMENT_SIZE);
        for (int d = 0; d < count; d++) {
            int from = d * DOCUMENT_SIZE;
            int to = d == count - 1 ? sorted.size() : from + DOCUMENT_SIZE;
            documents.add(List.copyOf(sorted.subList(from, to)));
        }
        return documents;
    }

    /** A document as the engine reads it: one paragraph per sentence. */
    public static String text(List<Example> document) {
        StringBuilder text = new StringBuilder();
        for (Example e : document) {
            text.append(e.text().strip()).append("\n\n");
        }
        return text.toString();
    }

    /**
     * The engine's scores for each example of a document, in the given view. An example the engine splits in two
     * gets the higher score of its parts; in the CLAIMS view a claim's score is lifted by 1 so that claims come first.
     */
    public static double[] engineScores(ClaimExtractor engine, List<Example> document, View view) {
        int[] exampleStarts = starts(document);
        Extraction extraction = engine.extract(text(document));
        double[] scores = new double[document.size()];
        java.util.Arrays.fill(scores, -1);
        List<Sentence> sentences = extraction.sentences();
        double[] sentenceScores = new double[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            sentenceScores[s] = sentences.get(s).checkworthiness();
        }
        if (view == View.CLAIMS) {
            for (Claim c : extraction.claims()) {
                sentenceScores[c.sentence()] = 1 + c.checkworthiness();
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            int e = exampleOf(exampleStarts, sentences.get(s).start());
            scores[e] = Math.max(scores[e], sentenceScores[s]);
        }
        return scores;
    }

    /** Where each example starts in {@link #text(List)}. */
    private static int[] starts(List<Example> document) {
        int[] starts = new int[document.size()];
        int offset = 0;
        for (int i = 0; i < document.size(); i++) {
            starts[i] = offset;
            offset += document.get(i).text().strip().length() + 2;
        }
        return starts;
    }

    static int exampleOf(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The signals the engine computed for each example of a document (an example split in two: its first part). */
    public static List<SentenceSignals> engineSignals(ClaimExtractor engine, CapturingScorer capture,
            List<Example> document) {
        int[] exampleStarts = starts(document);
        Extraction extraction = engine.extract(text(document));
        List<SentenceSignals> all = capture.last();
        List<SentenceSignals> perExample = new ArrayList<>();
        for (int s = 0; s < all.size(); s++) {
            int e = exampleOf(exampleStarts, extraction.sentences().get(s).start());
            while (perExample.size() <= e) {
                perExample.add(null);
            }
            if (perExample.get(e) == null) {
                perExample.set(e, all.get(s));
            }
        }
        while (perExample.size() < document.size()) {
            perExample.add(null);
        }
        return perExample;
    }

    /** Delegates to a scorer and remembers the signals of the last document (one thread only). */
    public static final class CapturingScorer implements CheckWorthinessScorer {
        private final CheckWorthinessScorer delegate;
        private List<SentenceSignals> last = List.of();

        public CapturingScorer(CheckWorthinessScorer delegate) {
            this.delegate = delegate;
        }

        List<SentenceSignals> last() {
            return last;
        }

        @Override
        public double sentenceScore(String sentence) {
            return delegate.sentenceScore(sentence);
        }

        @Override
        public double[] documentScores(List<SentenceSignals> sentences) {
            last = List.copyOf(sentences);
            return delegate.documentScores(sentences);
        }

        @Override
        public Score claimScore(double sentenceScore, List<org.factcheck.engine.model.Quantity> quantities,
                List<org.factcheck.engine.model.Ranking> rankings, org.factcheck.engine.model.Attribution attribution) {
            return delegate.claimScore(sentenceScore, quantities, rankings, attribution);
        }
    }

    /** Ranking metrics for documents scored in parallel lists: {@code scores.get(d)[i]} for {@code documents.get(d).get(i)}. */
    public static Metrics metrics(List<List<Example>> documents, List<double[]> scores) {
        double map = 0;
        double rPrecision = 0;
        double p5 = 0;
        double p10 = 0;
        double p20 = 0;
        int withPositives = 0;
        for (int d = 0; d < documents.size(); d++) {
            boolean[] ranked = ranked(documents.get(d), scores.get(d));
            int relevant = 0;
            for (boolean r : ranked) {
                relevant += r ? 1 : 0;
            }
            p5 += precisionAt(ranked, 5);
            p10 += precisionAt(ranked, 10);
            p20 += precisionAt(ranked, 20);
            if (relevant == 0) {
                continue;
            }
            withPositives++;
            rPrecision += precisionAt(ranked, relevant);
            double sum = 0;
            int hits = 0;
            for (int k = 0; k < ranked.length; k++) {
                if (ranked[k]) {
                    hits++;
                    sum += (double) hits / (k + 1);
                }
            }
            map += sum / relevant;
        }
        int n = documents.size();
        return new Metrics(map / withPositives, rPrecision / withPositives, p5 / n, p10 / n, p20 / n, n);
    }

    /** Gold labels in score order, highest first; ties keep document order. */
    static boolean[] ranked(List<Example> document, double[] scores) {
        Integer[] order = new Integer[document.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        boolean[] ranked = new boolean[order.length];
        for (int k = 0; k < order.length; k++) {
            ranked[k] = document.get(order[k]).checkWorthy();
        }
        return ranked;
    }

    static double precisionAt(boolean[] ranked, int k) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            hits += ranked[i] ? 1 : 0;
        }
        return (double) hits / k;
    }
}
