package org.factcheck.engine.worthiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

import org.factcheck.engine.bench.Corpus;
import org.factcheck.engine.ml.FeatureHash;
import org.factcheck.engine.support.SharedData;
import org.factcheck.engine.worthiness.train.ClaimBusterData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scorer evaluates hashed features with its own weight table; the model was trained on feature names through
 * OpenNLP. These tests hold the two to the same answers on thousands of sentences.
 */
class HashedScoringParityTest {

    /** The regular expression the model was trained with; the hand-written scanner must cut the same tokens. */
    private static final Pattern REFERENCE_TOKEN = Pattern.compile(
            "[$£€]?\\d+(?:[.,:/]\\d+)*(?:%|s\\b|th\\b|st\\b|nd\\b|rd\\b)?|\\p{L}+(?:['’]\\p{L}+)*|[%$£€?!]");

    private static final List<String> EDGE_CASES = List.of("", " ", "?!", "$", "$$5", "€5m, £2,000 and US $58.24",
            "the 1990s, 1880s, 2100s, 1st, 22nd, 3rd, 4th, 11th-hour, 5sq, 7s_ and 8s.", "1,000,000.5% 3/4 12:30 1.2.",
            "don't, rock’n’roll, o'", "naïve café Zürich Ελλάδα", "I  think we should; in my view, I'd",
            "Emoji 😀 5😀 and 𝒜𝒷𝒸 letters", "x'i think", "42 per cent, percentage points, a dozen eggs",
            "Who said that? Nobody!");

    private static List<String> sentences;
    private static MaxentModel reference;

    @BeforeAll
    static void load() throws IOException {
        sentences = new ArrayList<>(EDGE_CASES);
        for (String article : Corpus.articles(200_000)) {
            sentences.addAll(Arrays.asList(article.split("(?<=[.!?])\\s+")));
        }
        Path claimBuster = SharedData.claimBuster();
        if (claimBuster != null) {
            ClaimBusterData.read(claimBuster).forEach(example -> sentences.add(example.text()));
        }
        try (InputStream in = CheckWorthinessModel.class.getResourceAsStream(CheckWorthinessModel.RESOURCE)) {
            reference = new GenericModelReader(new BinaryFileDataReader(
                    new GZIPInputStream(new BufferedInputStream(in)))).getModel();
        }
    }

    @Test
    void scannerCutsTheTokensTheModelWasTrainedOn() {
        for (String sentence : sentences) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            List<String> expected = new ArrayList<>();
            Matcher matcher = REFERENCE_TOKEN.matcher(lower);
            while (matcher.find()) {
                expected.add(matcher.group());
            }
            assertThat(WorthinessFeatures.tokens(lower)).as(sentence).isEqualTo(expected);
        }
    }

    @Test
    void hashedFeaturesAreTheHashesOfTheFeatureNames() {
        for (String sentence : sentences) {
            long[] expected = Arrays.stream(WorthinessFeatures.of(sentence)).mapToLong(FeatureHash::of).toArray();
            assertThat(WorthinessFeatures.hashes(sentence)).as(sentence).isEqualTo(expected);
        }
    }

    @Test
    void hashedScoringGivesTheTrainedModelsProbabilities() {
        CheckWorthinessModel model = CheckWorthinessModel.shipped();
        int checkWorthy = reference.getIndex(CheckWorthinessModel.CHECK_WORTHY);
        for (String sentence : sentences) {
            if (sentence.isBlank()) {
                continue;
            }
            double expected = reference.eval(WorthinessFeatures.of(sentence))[checkWorthy];
            assertThat(model.probability(sentence)).as(sentence).isCloseTo(expected, within(1e-9));
        }
        assertThat(sentences).hasSizeGreaterThan(1000);
    }
}
