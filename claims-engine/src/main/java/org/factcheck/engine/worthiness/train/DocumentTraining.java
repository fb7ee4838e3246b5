package org.factcheck.engine.worthiness.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.worthiness.CheckWorthiness;
import org.factcheck.engine.worthiness.CheckWorthinessModel;
import org.factcheck.engine.worthiness.DocumentCalibration;
import org.factcheck.engine.worthiness.SentenceSignals;
import org.factcheck.engine.worthiness.train.BinaryScores.Scored;
import org.factcheck.engine.worthiness.train.ClaimBusterData.Example;
import org.factcheck.engine.worthiness.train.ClaimBusterData.Split;
import org.factcheck.engine.worthiness.train.DocumentRanking.CapturingScorer;
import org.factcheck.engine.worthiness.train.DocumentRanking.Metrics;
import org.factcheck.engine.worthiness.train.DocumentRanking.View;
import org.factcheck.engine.worthiness.train.LogisticFit.Row;

/**
 * Fits the {@link DocumentCalibration} on the training part only and reports document ranking before and after.
 *
 * <p>Each cross-validation fold's held-back fifth is cut into pseudo-documents ({@link DocumentRanking#documents})
 * and read by the engine with the model trained on the other four fifths, so every training sentence gets an
 * out-of-fold text-model probability, the structures the engine finds and its neighbours' probabilities. Candidate
 * feature sets are compared by MAP with the calibration itself cross-fitted (fitted on the odd pseudo-documents,
 * scored on the even ones and back); the best is fitted on all of them. The hold-out is scored once, at the end.
 */
final class DocumentTraining {

    /** Regularisation of the calibration's weights (not of its bias). */
    static final double L2 = 1.0;

    /** Cross-validated MAP a candidate must gain over the one chosen so far to replace it. */
    static final double MIN_GAIN = 0.005;
    /** Candidate feature sets, smallest first; a larger one is kept only when it gains {@link #MIN_GAIN} MAP. */
    static final Map<String, Set<String>> CANDIDATES = candidates();

    record Result(String chosen, DocumentCalibration calibration, Metrics before, Metrics after,
            Metrics claimsBefore, Metrics claimsAfter, Metrics denseBefore, Metrics denseAfter,
            BinaryScores sentencesAfter) {

        Map<String, String> properties() {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("document.features", chosen);
            for (String line : calibration.propertyLines()) {
                int eq = line.indexOf('=');
                p.put(line.substring(0, eq), line.substring(eq + 1));
            }
            p.put("document.size", String.valueOf(DocumentRanking.DOCUMENT_SIZE));
            put(p, "holdOut.sentences.before", before);
            put(p, "holdOut.sentences.after", after);
            put(p, "holdOut.claims.before", claimsBefore);
            put(p, "holdOut.claims.after", claimsAfter);
            put(p, "holdOut.dense.before", denseBefore);
            put(p, "holdOut.dense.after", denseAfter);
            p.put("holdOut.calibrated.threshold", String.format(Locale.ROOT, "%.2f", sentencesAfter.threshold()));
            p.put("holdOut.calibrated.f1", String.format(Locale.ROOT, "%.4f", sentencesAfter.f1()));
            return p;
        }

        private static void put(Map<String, String> p, String prefix, Metrics m) {
            p.put(prefix + ".map", String.format(Locale.ROOT, "%.4f", m.map()));
            p.put(prefix + ".rPrecision", String.format(Locale.ROOT, "%.4f", m.rPrecision()));
            p.put(prefix + ".p10", String.format(Locale.ROOT, "%.4f", m.p10()));
        }
    }

    private DocumentTraining() {
    }

    private static Map<String, Set<String>> candidates() {
        Map<String, Set<String>> c = new LinkedHashMap<>();
        c.put("platt", Set.of("bias", "logit"));
        c.put("structure", Set.of("bias", "logit", "figure", "ranking", "attribution", "time"));
        c.put("structure+question", Set.of("bias", "logit", "figure", "ranking", "attribution", "time", "question"));
        c.put("neighbours", Set.of("bias", "logit", "previous", "next"));
        c.put("structure+neighbours", Set.of("bias", "logit", "figure", "ranking", "attribution", "time", "previous",
                "next"));
        c.put("all", Set.copyOf(DocumentCalibration.FEATURES));
        return c;
    }

    static Result run(Split split, double l2, int cutoff, CheckWorthinessModel model) throws IOException {
        // Structures the engine finds, per sentence, read in documents of the whole data in id order.
        Map<Example, SentenceSignals> structure = new HashMap<>();
        Set<Example> claims = new HashSet<>();
        CapturingScorer capture = new CapturingScorer(CheckWorthiness.scorer(model));
        ClaimExtractor engine = ClaimExtractor.create(capture);
        List<Example> all = new ArrayList<>(split.train());
        all.addAll(split.holdOut());
        for (List<Example> document : DocumentRanking.documents(all)) {
            List<SentenceSignals> signals = DocumentRanking.engineSignals(engine, capture, document);
            for (int i = 0; i < document.size(); i++) {
                if (signals.get(i) != null) {
                    structure.put(document.get(i), signals.get(i));
                }
            }
        }
        // Text-model probabilities: out-of-fold for training sentences, the shipped model's for the hold-out.
        Map<Example, Double> textScore = new HashMap<>();
        for (int fold = 0; fold < TrainCheckWorthiness.folds(); fold++) {
            CheckWorthinessModel foldModel = TrainCheckWorthiness.train(
                    TrainCheckWorthiness.fold(split.train(), fold, false), l2, cutoff);
            for (Example e : TrainCheckWorthiness.fold(split.train(), fold, true)) {
                textScore.put(e, foldModel.probability(e.text().strip()));
            }
        }
        for (Example e : split.holdOut()) {
            textScore.put(e, model.probability(e.text().strip()));
        }

        // Sparse documents: each fold's held-back fifth in id order (as the hold-out); dense: the whole training part.
        List<List<Example>> sparse = new ArrayList<>();
        for (int fold = 0; fold < TrainCheckWorthiness.folds(); fold++) {
            sparse.addAll(DocumentRanking.documents(TrainCheckWorthiness.fold(split.train(), fold, true)));
        }
        List<List<Example>> dense = DocumentRanking.documents(split.train());
        List<List<SentenceSignals>> sparseSignals = signals(sparse, structure, textScore);
        List<List<SentenceSignals>> denseSignals = signals(dense, structure, textScore);

        System.out.printf(Locale.ROOT, "cv documents: %d sparse, %d dense, of ~%d sentences%n", sparse.size(),
                dense.size(), DocumentRanking.DOCUMENT_SIZE);
        List<double[]> textOnly = scoresOf(sparseSignals, DocumentCalibration.NONE, DocumentCalibration.NONE);
        System.out.printf(Locale.ROOT, "cv text model only, sparse: %s; log-loss %.3f%n",
                DocumentRanking.metrics(sparse, textOnly), BinaryScores.logLoss(scored(sparse, textOnly)));
        System.out.println("cv text model only, dense:  " + DocumentRanking.metrics(dense,
                scoresOf(denseSignals, DocumentCalibration.NONE, DocumentCalibration.NONE)));
        String chosen = null;
        double bestMap = -1;
        List<Scored> chosenOutOfFold = null;
        for (var candidate : CANDIDATES.entrySet()) {
            boolean[] used = used(candidate.getValue());
            List<double[]> sparseScores = crossFitted(sparse, sparseSignals, used);
            List<double[]> denseScores = crossFitted(dense, denseSignals, used);
            Metrics sparseMetrics = DocumentRanking.metrics(sparse, sparseScores);
            Metrics denseMetrics = DocumentRanking.metrics(dense, denseScores);
            List<Scored> outOfFold = scored(sparse, sparseScores);
            System.out.printf(Locale.ROOT, "cv %-22s sparse %s; dense %s; log-loss %.3f%n", candidate.getKey() + ":",
                    sparseMetrics, denseMetrics, BinaryScores.logLoss(outOfFold));
            double map = (sparseMetrics.map() + denseMetrics.map()) / 2;
            if (chosen == null || map >= bestMap + MIN_GAIN) {
                bestMap = map;
                chosen = candidate.getKey();
                chosenOutOfFold = outOfFold;
            }
        }
        List<List<Example>> both = new ArrayList<>(sparse);
        both.addAll(dense);
        List<List<SentenceSignals>> bothSignals = new ArrayList<>(sparseSignals);
        bothSignals.addAll(denseSignals);
        DocumentCalibration calibration = fit(both, bothSignals, used(CANDIDATES.get(chosen)), -1);
        BinaryScores cvCalibrated = BinaryScores.best(chosenOutOfFold);
        System.out.println("chosen: " + chosen + " " + calibration.propertyLines());
        System.out.println("cv calibrated sentences: " + cvCalibrated);

        // Claims view: how much of the structure boost to keep, on the sparse cross-validation documents; the
        // largest share within 0.002 MAP of the best, as the boost is meant for news wording the data lacks.
        double[] scaleMaps = new double[STRUCTURE_SCALES.length];
        double bestScaleMap = -1;
        for (int i = 0; i < STRUCTURE_SCALES.length; i++) {
            List<double[]> scores = new ArrayList<>();
            for (int d = 0; d < sparse.size(); d++) {
                scores.add(claimsView(sparseSignals.get(d), calibration, STRUCTURE_SCALES[i]));
            }
            Metrics metrics = DocumentRanking.metrics(sparse, scores);
            scaleMaps[i] = metrics.map();
            bestScaleMap = Math.max(bestScaleMap, metrics.map());
            System.out.printf(Locale.ROOT, "cv claims view, structure weights x %.2f: %s (MAP %.4f)%n",
                    STRUCTURE_SCALES[i], metrics, metrics.map());
        }
        double scale = 0;
        for (int i = 0; i < STRUCTURE_SCALES.length && scale == 0; i++) {
            if (scaleMaps[i] >= bestScaleMap - 0.002) {
                scale = STRUCTURE_SCALES[i];
            }
        }
        calibration = calibration.withStructureScale(scale);
        System.out.println("chosen structure scale: " + scale);

        // The hold-out, once: the shipped text model, without and with the calibration.
        List<List<Example>> holdOut = DocumentRanking.documents(split.holdOut());
        ClaimExtractor before = ClaimExtractor.create(CheckWorthiness.scorer(model));
        ClaimExtractor after = ClaimExtractor.create(CheckWorthiness.scorer(model.withCalibration(calibration)));
        Metrics sentencesBefore = evaluate(before, holdOut, View.SENTENCES);
        Metrics sentencesAfter = evaluate(after, holdOut, View.SENTENCES);
        Metrics claimsBefore = evaluate(before, holdOut, View.CLAIMS);
        Metrics claimsAfter = evaluate(after, holdOut, View.CLAIMS);
        System.out.println("hold-out sentences before: " + sentencesBefore);
        System.out.println("hold-out sentences after:  " + sentencesAfter);
        System.out.println("hold-out claims before:    " + claimsBefore);
        System.out.println("hold-out claims after:     " + claimsAfter);
        // Dense hold-out: hold-out sentences ranked inside documents of the whole data (training neighbours scored
        // out-of-fold); only the hold-out sentences count.
        List<List<Example>> allDocuments = DocumentRanking.documents(all);
        List<List<SentenceSignals>> allSignals = signals(allDocuments, structure, textScore);
        Set<Example> held = new HashSet<>(split.holdOut());
        Metrics denseBefore = heldMetrics(allDocuments, allSignals, held, DocumentCalibration.NONE);
        Metrics denseAfter = heldMetrics(allDocuments, allSignals, held, calibration);
        System.out.println("hold-out dense before:     " + denseBefore);
        System.out.println("hold-out dense after:      " + denseAfter);

        List<Scored> holdOutScored = new ArrayList<>();
        for (List<Example> document : holdOut) {
            double[] scores = DocumentRanking.engineScores(after, document, View.SENTENCES);
            for (int i = 0; i < scores.length; i++) {
                holdOutScored.add(new Scored(Math.max(0, scores[i]), document.get(i).checkWorthy()));
            }
        }
        BinaryScores calibratedHoldOut = BinaryScores.at(cvCalibrated.threshold(), holdOutScored);
        System.out.println("hold-out calibrated sentences at cv threshold " + calibratedHoldOut);
        return new Result(chosen, calibration, sentencesBefore, sentencesAfter, claimsBefore, claimsAfter,
                denseBefore, denseAfter, calibratedHoldOut);
    }

    static final double[] STRUCTURE_SCALES = {1.0, 0.5, 0.25, 0.1};

    /**
     * Claims first (noisy-OR of the calibrated score with the scaled structure weights), then the other sentences.
     * Approximation: the ranking signal here includes ordinals, which the engine's claim score does not count.
     */
    private static double[] claimsView(List<SentenceSignals> signals, DocumentCalibration calibration, double scale) {
        List<SentenceSignals> present = present(signals);
        double[] calibrated = calibration.scores(present);
        double[] out = new double[signals.size()];
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            SentenceSignals s = signals.get(i);
            if (s == null) {
                out[i] = -1;
                continue;
            }
            double p = calibrated[k++];
            boolean claim = s.figure() || s.ranking() || s.attribution()
                    || (s.textScore() >= ClaimExtractor.FACTUAL_THRESHOLD && !s.question());
            out[i] = claim ? 1 + CheckWorthiness.claimScore(p, s.figure(), s.ranking(), s.attribution(), scale) : p;
        }
        return out;
    }

    private static List<List<SentenceSignals>> signals(List<List<Example>> documents,
            Map<Example, SentenceSignals> structure, Map<Example, Double> textScore) {
        List<List<SentenceSignals>> out = new ArrayList<>();
        for (List<Example> document : documents) {
            List<SentenceSignals> signals = new ArrayList<>();
            for (Example e : document) {
                SentenceSignals s = structure.get(e);
                signals.add(s == null ? null : new SentenceSignals(textScore.get(e), s.figure(), s.ranking(),
                        s.attribution(), s.time(), s.question(), s.stageDirection()));
            }
            out.add(signals);
        }
        return out;
    }

    private static List<double[]> crossFitted(List<List<Example>> documents, List<List<SentenceSignals>> signals,
            boolean[] used) {
        return scoresOf(signals, fit(documents, signals, used, 1), fit(documents, signals, used, 0));
    }

    private static Metrics heldMetrics(List<List<Example>> documents, List<List<SentenceSignals>> signals,
            Set<Example> held, DocumentCalibration calibration) {
        List<double[]> scores = scoresOf(signals, calibration, calibration);
        List<List<Example>> heldDocuments = new ArrayList<>();
        List<double[]> heldScores = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            List<Example> kept = new ArrayList<>();
            List<Double> keptScores = new ArrayList<>();
            for (int i = 0; i < documents.get(d).size(); i++) {
                if (held.contains(documents.get(d).get(i))) {
                    kept.add(documents.get(d).get(i));
                    keptScores.add(scores.get(d)[i]);
                }
            }
            if (!kept.isEmpty()) {
                heldDocuments.add(kept);
                heldScores.add(keptScores.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        return DocumentRanking.metrics(heldDocuments, heldScores);
    }

    static Metrics evaluate(ClaimExtractor engine, List<List<Example>> documents, View view) {
        List<double[]> scores = new ArrayList<>();
        for (List<Example> document : documents) {
            scores.add(DocumentRanking.engineScores(engine, document, view));
        }
        return DocumentRanking.metrics(documents, scores);
    }

    private static boolean[] used(Set<String> features) {
        boolean[] used = new boolean[DocumentCalibration.FEATURES.size()];
        for (int f = 0; f < used.length; f++) {
            used[f] = features.contains(DocumentCalibration.FEATURES.get(f));
        }
        return used;
    }

    /** Fits on the documents whose index has parity {@code parity} (-1: all). */
    private static DocumentCalibration fit(List<List<Example>> documents, List<List<SentenceSignals>> signals,
            boolean[] used, int parity) {
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            if (parity >= 0 && d % 2 != parity) {
                continue;
            }
            List<SentenceSignals> present = present(signals.get(d));
            int k = 0;
            for (int i = 0; i < documents.get(d).size(); i++) {
                if (signals.get(d).get(i) != null) {
                    rows.add(new Row(DocumentCalibration.features(present, k++), documents.get(d).get(i).checkWorthy()));
                }
            }
        }
        double[] w = LogisticFit.fit(rows, used, L2);
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int f = 0; f < w.length; f++) {
            weights.put(DocumentCalibration.FEATURES.get(f), w[f]);
        }
        return DocumentCalibration.of(weights);
    }

    /** Scores per document, each by the calibration not fitted on it: even documents by the odd fit and back. */
    private static List<double[]> scoresOf(List<List<SentenceSignals>> signals, DocumentCalibration fittedOnOdd,
            DocumentCalibration fittedOnEven) {
        List<double[]> scores = new ArrayList<>();
        for (int d = 0; d < signals.size(); d++) {
            DocumentCalibration calibration = d % 2 == 0 ? fittedOnOdd : fittedOnEven;
            List<SentenceSignals> present = present(signals.get(d));
            double[] calibrated = calibration.scores(present);
            double[] out = new double[signals.get(d).size()];
            int k = 0;
            for (int i = 0; i < out.length; i++) {
                out[i] = signals.get(d).get(i) == null ? -1 : calibrated[k++];
            }
            scores.add(out);
        }
        return scores;
    }

    private static List<SentenceSignals> present(List<SentenceSignals> signals) {
        return signals.stream().filter(s -> s != null).toList();
    }

    private static List<Scored> scored(List<List<Example>> documents, List<double[]> scores) {
        List<Scored> scored = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            for (int i = 0; i < scores.get(d).length; i++) {
                scored.add(new Scored(Math.max(0, scores.get(d)[i]), documents.get(d).get(i).checkWorthy()));
            }
        }
        return scored;
    }
}
