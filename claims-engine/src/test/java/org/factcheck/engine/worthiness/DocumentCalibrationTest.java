package org.factcheck.engine.worthiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DocumentCalibrationTest {

    private static SentenceSignals text(double p) {
        return new SentenceSignals(p, false, false, false, false, false, false);
    }

    @Test
    void withoutCalibrationTheTextScoresAreKeptAndNotesScoreZero() {
        List<SentenceSignals> document = List.of(text(0.2), text(0.9),
                new SentenceSignals(0.3, false, false, false, false, false, true));

        assertThat(DocumentCalibration.NONE.scores(document)).containsExactly(0.2, 0.9, 0.0);
        assertThat(DocumentCalibration.NONE.structureScale()).isEqualTo(1.0);
    }

    @Test
    void plattCalibrationIsTheLogisticOfTheScaledLogOdds() {
        DocumentCalibration platt = DocumentCalibration.of(Map.of("bias", -0.5, "logit", 2.0));
        double p = 0.7;

        double expected = 1 / (1 + Math.exp(-(-0.5 + 2.0 * Math.log(p / (1 - p)))));
        assertThat(platt.scores(List.of(text(p)))[0]).isCloseTo(expected, within(1e-12));
    }

    @Test
    void neighboursSkipTranscriptNotes() {
        List<SentenceSignals> document = List.of(text(0.8),
                new SentenceSignals(0.5, false, false, false, false, false, true), text(0.1));

        double[] features = DocumentCalibration.features(document, 2);
        assertThat(features[DocumentCalibration.FEATURES.indexOf("previous")]).isEqualTo(0.8);
        assertThat(features[DocumentCalibration.FEATURES.indexOf("next")])
                .isEqualTo(DocumentCalibration.MISSING_NEIGHBOUR);
    }

    @Test
    void weightsRoundTripThroughProperties() throws Exception {
        DocumentCalibration calibration = DocumentCalibration.of(Map.of("bias", -0.25, "logit", 0.85, "next", 0.3))
                .withStructureScale(0.5);
        Properties properties = new Properties();
        properties.load(new java.io.StringReader(String.join("\n", calibration.propertyLines())));

        DocumentCalibration read = DocumentCalibration.fromProperties(properties);
        assertThat(read.weight("logit")).isEqualTo(0.85);
        assertThat(read.weight("next")).isEqualTo(0.3);
        assertThat(read.structureScale()).isEqualTo(0.5);
        assertThat(DocumentCalibration.fromProperties(new Properties())).isSameAs(DocumentCalibration.NONE);
        assertThatThrownBy(() -> calibration.withStructureScale(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shippedCalibrationKeepsTheTextModelsOrderAndStaysInTheUnitInterval() {
        DocumentCalibration shipped = CheckWorthinessModel.shipped().calibration();
        double[] scores = shipped.scores(List.of(text(0.0), text(0.1), text(0.36), text(0.9), text(1.0)));

        assertThat(scores).isSorted();
        assertThat(scores[0]).isGreaterThanOrEqualTo(0.0);
        assertThat(scores[4]).isLessThanOrEqualTo(1.0);
    }
}
