package org.factcheck.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.ClaimType;
import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.TimeReference;
import org.junit.jupiter.api.Test;

class FigureAndEntityMatcherTest {

    private final ClaimMatcher matcher = ClaimMatcher.defaultMatcher();

    /** A figure written {@code text} in the sentence. */
    private record Fig(String text, double value, String unit, Qualifier qualifier, String per) {
    }

    private static Fig fig(String text, double value, String unit) {
        return new Fig(text, value, unit, Qualifier.EXACT, null);
    }

    /** A claim at offset 100 of its article, so offsets are checked against the claim's own start. */
    private static Claim claim(String sentence, Fig... figures) {
        int offset = 100;
        List<Quantity> quantities = new ArrayList<>();
        for (Fig f : figures) {
            int at = sentence.indexOf(f.text());
            assertThat(at).as(f.text()).isNotNegative();
            quantities.add(new Quantity(offset + at, offset + at + f.text().length(), f.text(), f.value(), f.unit(),
                    f.qualifier(), null, null, f.per()));
        }
        ClaimType type = quantities.isEmpty() ? ClaimType.FACTUAL : ClaimType.QUANTITY;
        return new Claim(type, 0, offset, offset + sentence.length(), sentence, 0.5, List.of(), quantities,
                List.of(), List.of(), null);
    }

    private static final Claim BORDER = claim("Kazakhstan and Russia share a 7,600-kilometer border, the longest "
            + "continuous land border in the world.", fig("7,600-kilometer", 7600, "km"));

    private Optional<MatchKind> kind(Claim a, Claim b) {
        assertThat(matcher.similarity(a, b)).isEqualTo(matcher.similarity(b, a)).isBetween(0.0, 1.0);
        return matcher.kind(matcher.similarity(a, b));
    }

    @Test
    void paraphraseWithTheSameFigureIsConfirmed() {
        Claim paraphrase = claim("The land border between Russia and Kazakhstan, 7,600 km long, is the longest "
                + "continuous border in the world.", fig("7,600 km", 7600, "km"));

        assertThat(kind(BORDER, paraphrase)).contains(MatchKind.CONFIRMED);
        assertThat(matcher.keys(paraphrase)).containsAnyElementsOf(matcher.keys(BORDER));
    }

    @Test
    void figureInOtherUnitsMatches() {
        Claim inMiles = claim("Kazakhstan and Russia share a 4,700-mile border, the longest continuous land border "
                + "in the world.", fig("4,700-mile", 4700, "mi"));

        assertThat(kind(BORDER, inMiles)).contains(MatchKind.CONFIRMED);
        assertThat(matcher.keys(inMiles)).containsAnyElementsOf(matcher.keys(BORDER));
    }

    @Test
    void roundedAndSpelledOutFiguresAreTheSameFigure() {
        Claim rounded = claim("About 3.5 million Russians live in Kazakhstan.",
                new Fig("3.5 million", 3_500_000, "Russian", Qualifier.APPROXIMATE, null));
        Claim digits = claim("Some 3,500,000 Russians live in Kazakhstan.",
                new Fig("3,500,000", 3_500_000, "Russian", Qualifier.APPROXIMATE, null));
        Claim precise = claim("Kazakhstan is home to 3,480,000 Russians, official data show.",
                fig("3,480,000", 3_480_000, "Russian"));

        assertThat(kind(rounded, digits)).contains(MatchKind.CONFIRMED);
        assertThat(kind(rounded, precise)).contains(MatchKind.SUGGESTED);
        assertThat(matcher.keys(precise)).containsAnyElementsOf(matcher.keys(rounded));
    }

    @Test
    void sameFigureAboutAnotherSubjectIsNotConfirmed() {
        Claim china = claim("Kazakhstan and China share a 7,600-kilometer border.", fig("7,600-kilometer", 7600, "km"));
        Claim students = claim("More than 60,000 Kazakh students studied in Russia in 2020.",
                new Fig("60,000", 60_000, "student", Qualifier.MORE_THAN, null));
        Claim otherStudents = claim("More than 60,000 Chinese students studied in Russia in 2020.",
                new Fig("60,000", 60_000, "student", Qualifier.MORE_THAN, null));

        assertThat(kind(BORDER, china)).isNotEqualTo(Optional.of(MatchKind.CONFIRMED));
        assertThat(kind(students, otherStudents)).isNotEqualTo(Optional.of(MatchKind.CONFIRMED));
    }

    @Test
    void differentFiguresDoNotMatch() {
        Claim longer = claim("Kazakhstan and Russia share a 9,200-kilometer border, the longest continuous land "
                + "border in the world.", fig("9,200-kilometer", 9200, "km"));
        Claim otherUnit = claim("Kazakhstan and Russia share a 7,600-tonne border, the longest continuous land "
                + "border in the world.", fig("7,600-tonne", 7600, "t"));

        assertThat(kind(BORDER, longer)).isEmpty();
        assertThat(matcher.similarity(BORDER, longer)).isZero();
        assertThat(matcher.keys(longer)).doesNotContainAnyElementsOf(matcher.keys(BORDER));
        assertThat(kind(BORDER, otherUnit)).isEmpty();
    }

    @Test
    void contradictoryQualifiersDoNotMatch() {
        Claim more = claim("More than 60,000 students from Kazakhstan studied in Russia in 2020.",
                new Fig("60,000", 60_000, "student", Qualifier.MORE_THAN, null));
        Claim fewer = claim("Fewer than 60,000 students from Kazakhstan studied in Russia in 2020.",
                new Fig("60,000", 60_000, "student", Qualifier.LESS_THAN, null));
        Claim rose = claim("Fuel prices rose 5% in March.", new Fig("5%", 5, "%", Qualifier.INCREASE, null));
        Claim fell = claim("Fuel prices fell 5% in March.", new Fig("5%", 5, "%", Qualifier.DECREASE, null));

        assertThat(kind(more, fewer)).isEmpty();
        assertThat(kind(rose, fell)).isEmpty();
    }

    @Test
    void sameFigureForAnotherYearIsOnlySuggested() {
        Claim in2020 = withTime(claim("More than 60,000 Kazakh students studied in Russia in 2020.",
                new Fig("60,000", 60_000, "student", Qualifier.MORE_THAN, null)), "2020");
        Claim alsoIn2020 = withTime(claim("In 2020, more than 60,000 students from Kazakhstan studied in Russia.",
                new Fig("60,000", 60_000, "student", Qualifier.MORE_THAN, null)), "2020");
        Claim in2019 = withTime(claim("More than 60,000 Kazakh students studied in Russia in 2019.",
                new Fig("60,000", 60_000, "student", Qualifier.MORE_THAN, null)), "2019");
        Claim undated = claim("More than 60,000 Kazakh students studied in Russia.",
                new Fig("60,000", 60_000, "student", Qualifier.MORE_THAN, null));

        assertThat(kind(in2020, alsoIn2020)).isPresent();
        assertThat(kind(in2020, in2019)).contains(MatchKind.SUGGESTED);
        assertThat(kind(in2020, undated)).contains(MatchKind.CONFIRMED);
    }

    private static Claim withTime(Claim claim, String year) {
        int at = claim.text().indexOf(year);
        return new Claim(claim.type(), claim.sentence(), claim.start(), claim.end(), claim.text(),
                claim.checkworthiness(), claim.reasons(), claim.quantities(), claim.rankings(),
                List.of(new TimeReference(claim.start() + at, claim.start() + at + 4, year, year, year)),
                claim.attribution());
    }

    @Test
    void rentPerYearMatchesInOtherWording() {
        Claim rent = claim("Russia pays about 115 million dollars a year to rent the Baikonur cosmodrome.",
                new Fig("about 115 million dollars", 115_000_000, "USD", Qualifier.APPROXIMATE, "year"));
        Claim annual = claim("The annual rent Russia pays for the Baikonur cosmodrome is $115m.",
                new Fig("$115m", 115_000_000, "USD", Qualifier.EXACT, "year"));
        Claim inEuros = claim("Russia pays about 115 million euros a year to rent the Baikonur cosmodrome.",
                new Fig("about 115 million euros", 115_000_000, "EUR", Qualifier.APPROXIMATE, "year"));

        assertThat(kind(rent, annual)).isPresent();
        assertThat(kind(rent, inEuros)).isEmpty();
    }

    @Test
    void figureLessClaimsMatchOnTheirWordsButNotAcrossANegation() {
        Claim promise = claim("The president promised to close the Baikonur base.");
        Claim reworded = claim("Closing the Baikonur base was promised by the president.");
        Claim negated = claim("The president promised not to close the Baikonur base.");
        Claim unrelated = claim("The weather in Astana was cold.");
        Claim contracted = claim("The president didn't promise to close the Baikonur base.");

        assertThat(kind(promise, reworded)).contains(MatchKind.CONFIRMED);
        assertThat(kind(promise, negated)).contains(MatchKind.SUGGESTED);
        assertThat(kind(promise, unrelated)).isEmpty();
        assertThat(kind(promise, contracted)).isNotEqualTo(Optional.of(MatchKind.CONFIRMED));
        assertThat(matcher.keys(promise)).allMatch(key -> key.startsWith("w:")).contains("w:baikonur")
                .containsAnyElementsOf(matcher.keys(reworded));
    }

    @Test
    void claimWithAFigureNeverMatchesOneWithout() {
        Claim withoutFigure = claim("Kazakhstan and Russia share a long border, the longest continuous land border "
                + "in the world.");

        assertThat(kind(BORDER, withoutFigure)).isEmpty();
    }

    @Test
    void thresholdsSplitSuggestionsFromConfirmations() {
        assertThat(matcher.kind(1.0)).contains(MatchKind.CONFIRMED);
        assertThat(matcher.kind(0.9)).contains(MatchKind.CONFIRMED);
        assertThat(matcher.kind(0.89)).contains(MatchKind.SUGGESTED);
        assertThat(matcher.kind(0.6)).contains(MatchKind.SUGGESTED);
        assertThat(matcher.kind(0.59)).isEmpty();
        assertThat(matcher.kind(0.0)).isEmpty();
    }

    @Test
    void keysAreNormalisedValueAndUnit() {
        assertThat(matcher.keys(BORDER)).containsExactly("q:7.6E+3|km");
        assertThat(FigureAndEntityMatcher.buckets(3_480_000)).containsExactly("3.4E+6", "3.5E+6");
        assertThat(FigureAndEntityMatcher.buckets(1.1e6)).containsExactly("1.1E+6");
        assertThat(FigureAndEntityMatcher.halfLastDigit(3_500_000)).isEqualTo(50_000);
        assertThat(FigureAndEntityMatcher.halfLastDigit(1.5)).isCloseTo(0.05, within(1e-12));
    }
}
