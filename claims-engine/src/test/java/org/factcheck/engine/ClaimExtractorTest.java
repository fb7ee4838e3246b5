package org.factcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.ClaimType;
import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Sentence;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    private static final String ARTICLE = """
            Rents climb again

            Average rents rose by 11 percent in 2023, according to the housing department. The city is the \
            third-largest in the state. The mayor said the plan would work. Nobody likes the rain.
            "We need more homes," she said.
            """;

    @Test
    void emptyAndBlankDocumentsGiveEmptyResults() {
        assertThat(Engine.extract("")).isEqualTo(new Extraction(List.of(), List.of()));
        assertThat(Engine.extract("  \n ")).isEqualTo(new Extraction(List.of(), List.of()));
    }

    @Test
    void everySentenceIsListedWithOffsetsIntoTheInput() {
        Extraction e = Engine.extract(ARTICLE);
        assertThat(e.sentences()).extracting(Sentence::text).containsExactly("Rents climb again",
                "Average rents rose by 11 percent in 2023, according to the housing department.",
                "The city is the third-largest in the state.", "The mayor said the plan would work.",
                "Nobody likes the rain.", "\"We need more homes,\" she said.");
        for (Sentence s : e.sentences()) {
            assertThat(ARTICLE.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void claimTypeFollowsPrecedenceQuantityRankingAttributedFactual() {
        List<Claim> claims = Engine.extract(ARTICLE).claims();
        assertThat(claims).extracting(Claim::type, Claim::sentence).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ClaimType.QUANTITY, 1),
                org.assertj.core.groups.Tuple.tuple(ClaimType.RANKING, 2),
                org.assertj.core.groups.Tuple.tuple(ClaimType.ATTRIBUTED, 3),
                org.assertj.core.groups.Tuple.tuple(ClaimType.ATTRIBUTED, 5));
        Claim first = claims.get(0);
        assertThat(first.attribution().source()).isEqualTo("the housing department");
        assertThat(first.time()).singleElement().satisfies(t -> assertThat(t.from()).isEqualTo("2023"));
        assertThat(ARTICLE.substring(first.start(), first.end())).isEqualTo(first.text());
        assertThat(first.checkworthiness()).isEqualTo(0.9);
        assertThat(first.reasons()).contains("fixed test score");
    }

    @Test
    void aSentenceWithoutStructureIsFactualOnlyAboveTheThreshold() {
        List<Claim> claims = Engine.extract("The FACTUAL dam holds back the river. The dam is pretty.").claims();
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ClaimType.FACTUAL);
            assertThat(c.sentence()).isZero();
            assertThat(c.reasons().get(0)).contains(">= 0.60");
        });
    }

    @Test
    void questionsAreNeverFactualClaims() {
        assertThat(Engine.extract("Is the FACTUAL dam safe?").claims()).isEmpty();
    }

    @Test
    void fragmentsAreNeverFactualClaims() {
        assertThat(Engine.extract("FACTUAL-1-general\n\nBy FACTUAL Smith").claims()).isEmpty();
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        Extraction expected = Engine.extract(ARTICLE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> Engine.engine().extract(ARTICLE)));
            }
            for (Future<Extraction> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void usesTheDefaultScorerWhenNoneIsGiven() {
        Extraction e = ClaimExtractor.create().extract("Exports fell 12% in 2023.");
        assertThat(e.sentences()).singleElement()
                .satisfies(s -> assertThat(s.checkworthiness()).isBetween(0.0, 1.0));
        assertThat(e.claims()).singleElement().satisfies(c -> assertThat(c.checkworthiness()).isBetween(0.0, 1.0));
    }
}
