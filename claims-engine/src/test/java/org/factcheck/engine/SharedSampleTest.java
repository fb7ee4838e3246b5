package org.factcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Sentence;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The "done means" items of the claims issue, on the shared sample article (skipped when it is absent). */
class SharedSampleTest {

    /** ../shared from the repository root; tests run in the module directory, one level below. */
    private static final List<Path> CANDIDATES = List.of(Path.of("../shared/samples/kazakhstan-russia.txt"),
            Path.of("../../shared/samples/kazakhstan-russia.txt"));
    private static String text;
    private static List<Claim> claims;
    private static List<Sentence> sentences;

    @BeforeAll
    static void extract() throws IOException {
        Path sample = CANDIDATES.stream().filter(Files::exists).findFirst().orElse(null);
        assumeTrue(sample != null, "shared sample not available");
        text = Files.readString(sample);
        var extraction = Engine.extract(text);
        claims = extraction.claims();
        sentences = extraction.sentences();
    }

    private static Claim claimWith(Predicate<Quantity> figure) {
        return claims.stream().filter(c -> c.quantities().stream().anyMatch(figure)).findFirst().orElseThrow();
    }

    private static Quantity figure(Claim c, Predicate<Quantity> figure) {
        return c.quantities().stream().filter(figure).findFirst().orElseThrow();
    }

    private static void assertSentenceOffsets(Claim c, String startsWith) {
        assertThat(text.substring(c.start(), c.end())).startsWith(startsWith).isEqualTo(c.text());
        Sentence s = sentences.get(c.sentence());
        assertThat(s.start()).isEqualTo(c.start());
        assertThat(s.end()).isEqualTo(c.end());
    }

    @Test
    void borderLengthIs7600Km() {
        Claim c = claimWith(q -> q.value() == 7600);
        Quantity q = figure(c, f -> f.value() == 7600);
        assertThat(q.unit()).isEqualTo("km");
        assertThat(q.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(text.substring(q.start(), q.end())).isEqualTo("7,600-kilometer");
        assertSentenceOffsets(c, "Even its 7,600-kilometer border");
    }

    @Test
    void studentCountIsMoreThan60000In2020() {
        Claim c = claimWith(q -> q.value() == 60000);
        Quantity q = figure(c, f -> f.value() == 60000);
        assertThat(q.unit()).isEqualTo("student");
        assertThat(q.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(c.time()).anySatisfy(t -> assertThat(t.from()).isEqualTo("2020"));
        assertThat(c.attribution().source()).isEqualTo("official data");
        assertSentenceOffsets(c, "According to official data");
    }

    @Test
    void oneThirdOfRussians() {
        Claim c = claimWith(q -> Math.abs(q.value() - 1.0 / 3) < 1e-9);
        assertThat(text.substring(figure(c, q -> q.value() < 1).start())).startsWith("one-third of Russians");
        assertSentenceOffsets(c, "In surveys conducted by");
    }

    @Test
    void thirdPlaceSince2014() {
        Claim c = claims.stream().filter(cl -> cl.rankings().stream().anyMatch(r -> r.position() == 3))
                .findFirst().orElseThrow();
        var r = c.rankings().stream().filter(x -> x.position() == 3).findFirst().orElseThrow();
        assertThat(r.after()).isEqualTo("China");
        assertThat(c.time()).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("since 2014");
            assertThat(t.from()).isEqualTo("2014");
            assertThat(t.to()).isNull();
        });
        assertSentenceOffsets(c, "In these surveys asking friendly countries");
    }

    @Test
    void rentIsAbout115MillionDollarsAYear() {
        Claim c = claimWith(q -> q.value() == 115_000_000);
        Quantity q = figure(c, f -> f.value() == 115_000_000);
        assertThat(q.unit()).isEqualTo("USD");
        assertThat(q.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
        assertThat(q.per()).isEqualTo("year");
        assertSentenceOffsets(c, "Russia pays Kazakhstan about 115 million dollars");
    }

    @Test
    void populationIsAbout19MillionAndRussiansNumber3500000() {
        Claim c = claimWith(q -> q.value() == 19_000_000);
        assertThat(figure(c, q -> q.value() == 19_000_000).qualifier()).isEqualTo(Qualifier.APPROXIMATE);
        Quantity russians = figure(c, q -> q.value() == 3_500_000);
        assertThat(russians.unit()).isEqualTo("Russian");
        assertThat(russians.qualifier()).isEqualTo(Qualifier.LESS_THAN);
        assertSentenceOffsets(c, "On the other hand, the number of Russians");
    }

    @Test
    void noYearIsACount() {
        assertThat(claims.stream().flatMap(c -> c.quantities().stream()))
                .noneMatch(q -> q.value() >= 1900 && q.value() <= 2100 && q.value() == Math.rint(q.value()));
        assertThat(claims.stream().flatMap(c -> c.quantities().stream()).map(Quantity::value).toList())
                .allSatisfy(v -> assertThat(v).isNotCloseTo(2014, within(0.5)));
    }
}
