package org.factcheck.engine.worthiness.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The ClaimBuster two-class training sentences (Arslan, Hassan, Li, Tremayne, "A Benchmark Dataset of Check-worthy
 * Factual Claims", ICWSM 2020, doi 10.5281/zenodo.3609356) and the fixed hold-out split used to report on them.
 */
public final class ClaimBusterData {

    /** Seed of the stratified hold-out split; changing it changes the reported figures. */
    public static final long SPLIT_SEED = 20200115L;
    /** Share of each class held out for evaluation. */
    public static final double HOLD_OUT_SHARE = 0.2;

    public record Example(@JsonProperty("sentence_id") long id, @JsonProperty("label") int label,
            @JsonProperty("text") String text) {

        public boolean checkWorthy() {
            return label == 1;
        }
    }

    public record Split(List<Example> train, List<Example> holdOut) {
    }

    private ClaimBusterData() {
    }

    public static List<Example> read(Path json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return mapper.readValue(json.toFile(), new TypeReference<List<Example>>() {
        });
    }

    /**
     * A stratified split: within each class, sentences are ordered by id, shuffled with {@link #SPLIT_SEED} and the
     * first {@link #HOLD_OUT_SHARE} of them held out. Independent of the file's order.
     */
    public static Split split(List<Example> all) {
        List<Example> train = new ArrayList<>();
        List<Example> holdOut = new ArrayList<>();
        for (int label : new int[] {0, 1}) {
            List<Example> ofClass = new ArrayList<>(all.stream().filter(e -> e.label() == label).toList());
            ofClass.sort(Comparator.comparingLong(Example::id));
            Collections.shuffle(ofClass, new Random(SPLIT_SEED + label));
            int held = (int) Math.round(ofClass.size() * HOLD_OUT_SHARE);
            holdOut.addAll(ofClass.subList(0, held));
            train.addAll(ofClass.subList(held, ofClass.size()));
        }
        train.sort(Comparator.comparingLong(Example::id));
        holdOut.sort(Comparator.comparingLong(Example::id));
        return new Split(List.copyOf(train), List.copyOf(holdOut));
    }
}
