package org.factcheck.engine.worthiness.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import org.factcheck.engine.worthiness.CheckWorthinessModel;
import org.factcheck.engine.worthiness.WorthinessFeatures;
import org.factcheck.engine.worthiness.train.BinaryScores.Scored;
import org.factcheck.engine.worthiness.train.ClaimBusterData.Example;
import org.factcheck.engine.worthiness.train.ClaimBusterData.Split;

/**
 * Trains the check-worthiness model on the ClaimBuster sentences (Arslan et al. 2020, doi 10.5281/zenodo.3609356).
 *
 * <p>Usage: {@code TrainCheckWorthiness <train.json> <model.bin.gz> [--l2 C] [--cutoff N] [--grid]}. The model is
 * trained on the 80 % training part of the fixed stratified split ({@link ClaimBusterData#split}); the decision
 * threshold is the one that maximises F1 in 5-fold cross-validation on that part; the 20 % hold-out is scored once at
 * the end. Writes the model and, beside it, a {@code .properties} file with the threshold, the parameters and the
 * hold-out figures. {@code --grid} first prints cross-validated log-loss and F1 for a few regularisation strengths and
 * cut-offs. The defaults (L2 2.0, feature cut-off 2) have the lowest cross-validated log-loss among the settings within
 * 0.005 of the best cross-validated F1: the probability is shown to users and sorted on, so calibration counts too.
 * See docs/checkworthiness.md for the command that built the shipped model.
 */
public final class TrainCheckWorthiness {

    private static final int FOLDS = 5;
    private static final double[] GRID_L2 = {0.3, 1.0, 2.0, 4.0, 10.0};
    private static final int[] GRID_CUTOFF = {1, 2};

    private TrainCheckWorthiness() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println(
                    "usage: TrainCheckWorthiness <train.json> <model.bin.gz> [--l2 C] [--cutoff N] [--grid]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path output = Path.of(args[1]);
        double l2 = 2.0;
        int cutoff = 2;
        boolean grid = false;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--l2" -> l2 = Double.parseDouble(args[++i]);
                case "--cutoff" -> cutoff = Integer.parseInt(args[++i]);
                case "--grid" -> grid = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }

        Split split = ClaimBusterData.split(ClaimBusterData.read(data));
        System.out.printf(Locale.ROOT, "train %d (%d check-worthy), hold-out %d (%d check-worthy)%n",
                split.train().size(), positives(split.train()), split.holdOut().size(), positives(split.holdOut()));

        if (grid) {
            for (int c : GRID_CUTOFF) {
                for (double cost : GRID_L2) {
                    List<Scored> outOfFold = crossValidate(split.train(), cost, c);
                    System.out.printf(Locale.ROOT, "cv l2 %.1f cutoff %d: log-loss %.3f, best %s%n", cost, c,
                            BinaryScores.logLoss(outOfFold), BinaryScores.best(outOfFold));
                }
            }
        }

        BinaryScores cv = BinaryScores.best(crossValidate(split.train(), l2, cutoff));
        System.out.printf(Locale.ROOT, "cv (l2 %.1f cutoff %d): %s%n", l2, cutoff, cv);

        CheckWorthinessModel model = train(split.train(), l2, cutoff);
        List<Scored> holdOut = score(model, split.holdOut());
        BinaryScores atThreshold = BinaryScores.at(cv.threshold(), holdOut);
        BinaryScores atHalf = BinaryScores.at(0.5, holdOut);
        System.out.println("hold-out at cv threshold " + atThreshold);
        System.out.println("hold-out at 0.5          " + atHalf);

        DocumentTraining.Result document = DocumentTraining.run(split, l2, cutoff, model);

        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            model.write(out);
        }
        writeProperties(propertiesPath(output), l2, cutoff, split, atThreshold, document);
        System.out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", output, Files.size(output));
    }

    /** Out-of-fold probabilities for every training example. */
    public static List<Scored> crossValidate(List<Example> train, double l2, int cutoff) throws IOException {
        List<Scored> scored = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            scored.addAll(score(train(fold(train, fold, false), l2, cutoff), fold(train, fold, true)));
        }
        return scored;
    }

    /** The examples of cross-validation fold {@code fold} ({@code check}) or all the others. */
    static List<Example> fold(List<Example> train, int fold, boolean check) {
        List<Example> part = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            if ((i % FOLDS == fold) == check) {
                part.add(train.get(i));
            }
        }
        return part;
    }

    static int folds() {
        return FOLDS;
    }

    public static CheckWorthinessModel train(List<Example> examples, double l2, int cutoff) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, 300);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        params.put(QNTrainer.L2COST_PARAM, l2);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        List<Event> events = examples.stream()
                .map(e -> new Event(String.valueOf(e.label()), WorthinessFeatures.of(e.text())))
                .toList();
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        return new CheckWorthinessModel(trainer.train(ObjectStreamUtils.createObjectStream(events)), 0.5);
    }

    public static List<Scored> score(CheckWorthinessModel model, List<Example> examples) {
        return examples.stream().map(e -> new Scored(model.probability(e.text()), e.checkWorthy())).toList();
    }

    /** {@code x.bin.gz} → {@code x.properties}. */
    public static Path propertiesPath(Path model) {
        String name = model.getFileName().toString().replaceFirst("\\.bin(\\.gz)?$", "");
        return model.resolveSibling(name + ".properties");
    }

    /** Plain {@code key=value} lines in a fixed order, so that retraining on the same data gives the same file. */
    private static void writeProperties(Path path, double l2, int cutoff, Split split, BinaryScores holdOut,
            DocumentTraining.Result document) throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("data", "ClaimBuster two-class training sentences - Arslan, Hassan, Li, Tremayne, "
                + "A Benchmark Dataset of Check-worthy Factual Claims, ICWSM 2020, doi 10.5281/zenodo.3609356");
        p.put("algorithm", "OpenNLP MAXENT_QN (L2-regularised logistic regression)");
        p.put("l2", String.valueOf(l2));
        p.put("cutoff", String.valueOf(cutoff));
        p.put("split.seed", String.valueOf(ClaimBusterData.SPLIT_SEED));
        p.put("split.holdOutShare", String.valueOf(ClaimBusterData.HOLD_OUT_SHARE));
        p.put("train.size", String.valueOf(split.train().size()));
        p.put("holdOut.size", String.valueOf(split.holdOut().size()));
        p.put("threshold", String.format(Locale.ROOT, "%.2f", holdOut.threshold()));
        p.put("holdOut.precision", String.format(Locale.ROOT, "%.4f", holdOut.precision()));
        p.put("holdOut.recall", String.format(Locale.ROOT, "%.4f", holdOut.recall()));
        p.put("holdOut.f1", String.format(Locale.ROOT, "%.4f", holdOut.f1()));
        p.putAll(document.properties());
        StringBuilder text = new StringBuilder("# check-worthiness model metadata, written by TrainCheckWorthiness\n");
        p.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private static long positives(List<Example> examples) {
        return examples.stream().filter(Example::checkWorthy).count();
    }
}
