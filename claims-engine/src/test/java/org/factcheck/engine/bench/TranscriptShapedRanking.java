package org.factcheck.engine.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.worthiness.train.ClaimBusterData;
import org.factcheck.engine.worthiness.train.ClaimBusterData.Example;

/**
 * The ClaimBuster hold-out's pseudo-documents (runs of 100 sentences in id order) rewritten as debate transcripts
 * and ranked by the engine: turns of 1–4 sentences behind alternating speaker labels ({@code SMITH:},
 * {@code JONES:}), a {@code (APPLAUSE)} line after every 7th turn and {@code (CROSSTALK)} after every 11th (those
 * count as not check-worthy, as in CLEF CheckThat! transcripts). Uses only engine API that main has too, so the same
 * file compiles against an older build for a before/after. Usage: {@code TranscriptShapedRanking <train.json>}.
 */
public final class TranscriptShapedRanking {

    private record Item(int start, boolean checkWorthy) {
    }

    private TranscriptShapedRanking() {
    }

    public static void main(String[] args) throws Exception {
        List<Example> holdOut = new ArrayList<>(
                ClaimBusterData.split(ClaimBusterData.read(Path.of(args[0]))).holdOut());
        holdOut.sort(Comparator.comparingLong(Example::id));
        ClaimExtractor engine = ClaimExtractor.create();
        List<boolean[]> sentencesView = new ArrayList<>();
        List<boolean[]> claimsView = new ArrayList<>();
        int count = holdOut.size() / 100;
        for (int d = 0; d < count; d++) {
            List<Example> document = holdOut.subList(d * 100, d == count - 1 ? holdOut.size() : d * 100 + 100);
            StringBuilder text = new StringBuilder();
            List<Item> items = new ArrayList<>();
            int i = 0;
            for (int turn = 0; i < document.size(); turn++) {
                int length = 1 + (int) (document.get(i).id() % 4);
                text.append(turn % 2 == 0 ? "SMITH: " : "JONES: ");
                for (int k = 0; k < length && i < document.size(); k++, i++) {
                    items.add(new Item(k == 0 ? text.length() - 7 : text.length(), document.get(i).checkWorthy()));
                    text.append(document.get(i).text().strip()).append(' ');
                }
                text.append('\n');
                for (String note : turn % 7 == 6 ? List.of("(APPLAUSE)") : turn % 11 == 10
                        ? List.of("(CROSSTALK)") : List.<String>of()) {
                    items.add(new Item(text.length(), false));
                    text.append(note).append('\n');
                }
            }
            Extraction extraction = engine.extract(text.toString());
            double[] sentenceScores = new double[items.size()];
            double[] claimScores = new double[items.size()];
            Arrays.fill(sentenceScores, -1);
            Arrays.fill(claimScores, -1);
            int[] starts = items.stream().mapToInt(Item::start).toArray();
            for (int s = 0; s < extraction.sentences().size(); s++) {
                int item = itemOf(starts, extraction.sentences().get(s).start());
                double score = extraction.sentences().get(s).checkworthiness();
                sentenceScores[item] = Math.max(sentenceScores[item], score);
                claimScores[item] = Math.max(claimScores[item], score);
            }
            for (Claim c : extraction.claims()) {
                int item = itemOf(starts, c.start());
                claimScores[item] = Math.max(claimScores[item], 1 + c.checkworthiness());
            }
            sentencesView.add(ranked(items, sentenceScores));
            claimsView.add(ranked(items, claimScores));
        }
        System.out.println("transcript-shaped hold-out, sentences: " + metrics(sentencesView));
        System.out.println("transcript-shaped hold-out, claims:    " + metrics(claimsView));
    }

    private static int itemOf(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    private static boolean[] ranked(List<Item> items, double[] scores) {
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        boolean[] ranked = new boolean[order.length];
        for (int k = 0; k < order.length; k++) {
            ranked[k] = items.get(order[k]).checkWorthy();
        }
        return ranked;
    }

    private static String metrics(List<boolean[]> documents) {
        double map = 0;
        double rPrecision = 0;
        double[] precisionAt = new double[3];
        int[] ks = {5, 10, 20};
        for (boolean[] ranked : documents) {
            int relevant = 0;
            double sum = 0;
            for (int k = 0; k < ranked.length; k++) {
                if (ranked[k]) {
                    relevant++;
                    sum += (double) relevant / (k + 1);
                }
            }
            map += sum / relevant;
            rPrecision += hits(ranked, relevant) / (double) relevant;
            for (int j = 0; j < ks.length; j++) {
                precisionAt[j] += hits(ranked, ks[j]) / (double) ks[j];
            }
        }
        int n = documents.size();
        return String.format(Locale.ROOT, "MAP %.3f R-prec %.3f P@5 %.3f P@10 %.3f P@20 %.3f (%d documents)",
                map / n, rPrecision / n, precisionAt[0] / n, precisionAt[1] / n, precisionAt[2] / n, n);
    }

    private static int hits(boolean[] ranked, int k) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            hits += ranked[i] ? 1 : 0;
        }
        return hits;
    }
}
