package org.factcheck.engine.worthiness.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.support.SharedData;
import org.factcheck.engine.worthiness.CheckWorthinessModel;
import org.factcheck.engine.worthiness.train.ClaimBusterData.Example;
import org.factcheck.engine.worthiness.train.DocumentRanking.Metrics;
import org.factcheck.engine.worthiness.train.DocumentRanking.View;
import org.junit.jupiter.api.Test;

/** Ranks the hold-out's pseudo-documents with the shipped engine, when the shared data is on this machine. */
class DocumentRankingHoldOutTest {

    /** MAP of sentences[].checkworthiness on the hold-out when trained (0.839), less a margin for retraining. */
    private static final double SENTENCES_MAP_FLOOR = 0.82;

    @Test
    void shippedEngineRanksHoldOutDocumentsAsRecorded() throws IOException {
        Path data = SharedData.claimBuster();
        assumeTrue(data != null, "ClaimBuster data not on this machine");
        List<List<Example>> documents = DocumentRanking.documents(
                ClaimBusterData.split(ClaimBusterData.read(data)).holdOut());
        ClaimExtractor engine = ClaimExtractor.create();

        Metrics sentences = DocumentTraining.evaluate(engine, documents, View.SENTENCES);
        Metrics claims = DocumentTraining.evaluate(engine, documents, View.CLAIMS);

        Properties recorded = CheckWorthinessModel.shippedProperties();
        assertThat(sentences.documents()).isEqualTo(15);
        assertThat(sentences.map()).isGreaterThanOrEqualTo(SENTENCES_MAP_FLOOR)
                .isCloseTo(recorded(recorded, "holdOut.sentences.after.map"), within(0.0005));
        assertThat(sentences.p10()).isCloseTo(recorded(recorded, "holdOut.sentences.after.p10"), within(0.0005));
        assertThat(claims.map()).isCloseTo(recorded(recorded, "holdOut.claims.after.map"), within(0.0005))
                .isGreaterThanOrEqualTo(recorded(recorded, "holdOut.claims.before.map"));
    }

    private static double recorded(Properties properties, String key) {
        return Double.parseDouble(properties.getProperty(key));
    }
}
