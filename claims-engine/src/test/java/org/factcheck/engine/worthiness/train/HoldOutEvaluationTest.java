package org.factcheck.engine.worthiness.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

import org.factcheck.engine.support.SharedData;
import org.factcheck.engine.worthiness.CheckWorthinessModel;
import org.factcheck.engine.worthiness.train.ClaimBusterData.Example;
import org.factcheck.engine.worthiness.train.ClaimBusterData.Split;
import org.junit.jupiter.api.Test;

/** Scores the shipped model on the ClaimBuster hold-out, when the shared data is on this machine. */
class HoldOutEvaluationTest {

    /** The hold-out F1 reached when the model was trained (0.753), less a margin for later retraining. */
    private static final double F1_FLOOR = 0.73;

    @Test
    void shippedModelReachesTheF1FloorOnTheHoldOut() throws IOException {
        Path data = SharedData.claimBuster();
        assumeTrue(data != null, "ClaimBuster data not on this machine");
        Split split = ClaimBusterData.split(ClaimBusterData.read(data));
        assertThat(split.holdOut()).hasSize(1595);
        assertThat(split.holdOut().stream().filter(Example::checkWorthy)).hasSize(399);

        CheckWorthinessModel model = CheckWorthinessModel.shipped();
        BinaryScores scores = BinaryScores.at(model.threshold(), TrainCheckWorthiness.score(model, split.holdOut()));

        assertThat(scores.f1()).isGreaterThanOrEqualTo(F1_FLOOR);
        Properties recorded = CheckWorthinessModel.shippedProperties();
        assertThat(scores.f1()).as("shipped model matches the figures recorded beside it")
                .isCloseTo(Double.parseDouble(recorded.getProperty("holdOut.f1")), within(0.0005));
    }
}
