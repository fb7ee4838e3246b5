package org.factcheck.engine.worthiness.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.engine.worthiness.train.ClaimBusterData.Example;
import org.factcheck.engine.worthiness.train.DocumentRanking.Metrics;
import org.junit.jupiter.api.Test;

class DocumentRankingTest {

    private static Example example(long id, boolean checkWorthy) {
        return new Example(id, checkWorthy ? 1 : 0, "Sentence " + id + ".");
    }

    @Test
    void averagePrecisionAndRPrecisionFollowTheRanking() {
        // Ranked: worthy, not, worthy, not, not, worthy -> AP = (1/1 + 2/3 + 3/6) / 3
        List<Example> document = List.of(example(1, true), example(2, false), example(3, true), example(4, false),
                example(5, false), example(6, true));
        double[] scores = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4};

        Metrics m = DocumentRanking.metrics(List.of(document), List.<double[]>of(scores));

        assertThat(m.map()).isCloseTo((1 + 2.0 / 3 + 3.0 / 6) / 3, within(1e-12));
        assertThat(m.rPrecision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.p5()).isCloseTo(2.0 / 5, within(1e-12));
        assertThat(m.p10()).isCloseTo(3.0 / 10, within(1e-12));
    }

    @Test
    void documentsAreRunsOfConsecutiveIdsWhateverTheInputOrder() {
        List<Example> examples = new ArrayList<>();
        for (int id = 250; id > 0; id--) {
            examples.add(example(id, id % 4 == 0));
        }

        List<List<Example>> documents = DocumentRanking.documents(examples);

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0)).hasSize(DocumentRanking.DOCUMENT_SIZE).first()
                .extracting(Example::id).isEqualTo(1L);
        assertThat(documents.get(1)).hasSize(150).last().extracting(Example::id).isEqualTo(250L);
    }

    @Test
    void anExampleTheEngineSplitsIsFoundByItsOffset() {
        int[] starts = {0, 10, 25};

        assertThat(DocumentRanking.exampleOf(starts, 0)).isZero();
        assertThat(DocumentRanking.exampleOf(starts, 17)).isEqualTo(1);
        assertThat(DocumentRanking.exampleOf(starts, 30)).isEqualTo(2);
    }
}
