package org.factcheck.engine.worthiness.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.factcheck.engine.worthiness.train.BinaryScores.Scored;
import org.factcheck.engine.worthiness.train.ClaimBusterData.Example;
import org.factcheck.engine.worthiness.train.ClaimBusterData.Split;
import org.junit.jupiter.api.Test;

class ClaimBusterDataTest {

    private static List<Example> examples() {
        return IntStream.range(0, 1000).mapToObj(i -> new Example(i, i % 4 == 0 ? 1 : 0, "sentence " + i)).toList();
    }

    @Test
    void holdsOutAFifthOfEachClassWithoutOverlap() {
        Split split = ClaimBusterData.split(examples());

        assertThat(split.holdOut()).hasSize(200);
        assertThat(split.holdOut().stream().filter(Example::checkWorthy)).hasSize(50);
        assertThat(split.train()).hasSize(800).doesNotContainAnyElementsOf(split.holdOut());
    }

    @Test
    void splitDoesNotDependOnTheFileOrder() {
        List<Example> shuffled = new ArrayList<>(examples());
        Collections.shuffle(shuffled, new Random(7));

        assertThat(ClaimBusterData.split(shuffled)).isEqualTo(ClaimBusterData.split(examples()));
    }

    @Test
    void scoresPrecisionRecallAndF1OfTheCheckWorthyClass() {
        List<Scored> scored = List.of(new Scored(0.9, true), new Scored(0.8, false), new Scored(0.4, true),
                new Scored(0.1, false));

        BinaryScores atHalf = BinaryScores.at(0.5, scored);
        assertThat(atHalf.precision()).isEqualTo(0.5);
        assertThat(atHalf.recall()).isEqualTo(0.5);
        assertThat(atHalf.f1()).isEqualTo(0.5);
        assertThat(BinaryScores.best(scored).f1()).isEqualTo(0.8);
    }
}
