package org.factcheck.engine.worthiness;

import java.io.BufferedInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The trained check-worthiness classifier: an OpenNLP maximum-entropy (logistic regression) model over
 * {@link WorthinessFeatures}, trained on the ClaimBuster sentences (Arslan et al. 2020, doi 10.5281/zenodo.3609356).
 * Thread-safe: evaluating a {@link MaxentModel} does not mutate it.
 */
public final class CheckWorthinessModel {

    /** The shipped model on the classpath. */
    public static final String RESOURCE = "/models/checkworthiness-claimbuster.bin.gz";
    /** Outcome label of a check-worthy sentence, as in the ClaimBuster data. */
    public static final String CHECK_WORTHY = "1";

    /** The shipped model's metadata (threshold, hold-out figures, data citation), written by the trainer. */
    public static final String PROPERTIES_RESOURCE = "/models/checkworthiness-claimbuster.properties";

    private final MaxentModel model;
    private final HashedWeights weights;
    private final int checkWorthyIndex;
    private final double threshold;
    private final DocumentCalibration calibration;

    /**
     * @param threshold the probability from which a sentence counts as check-worthy (chosen for F1 when training)
     */
    public CheckWorthinessModel(MaxentModel model, double threshold) {
        this(model, threshold, DocumentCalibration.NONE);
    }

    /** @param calibration how a document's sentence probabilities become its check-worthiness scores */
    public CheckWorthinessModel(MaxentModel model, double threshold, DocumentCalibration calibration) {
        this.model = model;
        this.calibration = calibration;
        this.threshold = threshold;
        this.weights = HashedWeights.of((AbstractModel) model);
        this.checkWorthyIndex = model.getIndex(CHECK_WORTHY);
        if (checkWorthyIndex < 0) {
            throw new IllegalArgumentException("model has no outcome " + CHECK_WORTHY);
        }
    }

    /** Loads the model shipped with the engine, with the threshold recorded beside it. */
    public static CheckWorthinessModel shipped() {
        try (InputStream in = open(RESOURCE); InputStream meta = open(PROPERTIES_RESOURCE)) {
            Properties properties = shippedProperties(meta);
            CheckWorthinessModel read = read(in, Double.parseDouble(properties.getProperty("threshold")));
            return read.withCalibration(DocumentCalibration.fromProperties(properties));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the check-worthiness model " + RESOURCE, e);
        }
    }

    /** The metadata the trainer wrote beside the shipped model. */
    public static Properties shippedProperties() {
        try (InputStream meta = open(PROPERTIES_RESOURCE)) {
            return shippedProperties(meta);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PROPERTIES_RESOURCE, e);
        }
    }

    private static Properties shippedProperties(InputStream meta) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(meta, StandardCharsets.UTF_8));
        return properties;
    }

    private static InputStream open(String resource) {
        InputStream in = CheckWorthinessModel.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("check-worthiness model missing from the classpath: " + resource);
        }
        return in;
    }

    /** Reads a gzipped OpenNLP binary model as written by {@link #write(OutputStream)}. */
    public static CheckWorthinessModel read(InputStream in, double threshold) throws IOException {
        GZIPInputStream unzipped = new GZIPInputStream(new BufferedInputStream(in));
        return new CheckWorthinessModel(new GenericModelReader(new BinaryFileDataReader(unzipped)).getModel(),
                threshold);
    }

    /** The same text model with another document calibration. */
    public CheckWorthinessModel withCalibration(DocumentCalibration documentCalibration) {
        return new CheckWorthinessModel(model, threshold, documentCalibration);
    }

    /** How a document's sentence probabilities become its check-worthiness scores. */
    public DocumentCalibration calibration() {
        return calibration;
    }

    /** The probability from which a sentence counts as check-worthy. */
    public double threshold() {
        return threshold;
    }

    /** Writes the model gzipped in OpenNLP's binary format. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream zipped = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(zipped);
        new GenericModelWriter((AbstractModel) model, data).persist();
        data.flush();
        zipped.finish();
    }

    /** The probability, in [0, 1], that the sentence is a check-worthy factual claim. */
    public double probability(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return 0.0;
        }
        double p = weights.eval(WorthinessFeatures.hashes(sentence))[checkWorthyIndex];
        return Math.max(0.0, Math.min(1.0, p));
    }
}
