package org.factcheck.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Deviation, tolerance bands, rating scale, priority and agreement. */
class RulesTest {

    private static ClaimedQuantity q(double value, String qualifier) {
        return new ClaimedQuantity("t", value, "USD", qualifier, null, null);
    }

    @Test
    void deviationIsRelativeToTheEvidence() {
        assertThat(Deviation.percent(q(115_000_000, "EXACT"), 115_000_000)).isEqualTo(0.0);
        assertThat(Deviation.percent(q(110, "APPROXIMATE"), 100)).isCloseTo(10.0, within(1e-9));
        assertThat(Deviation.percent(q(90, "EXACT"), 100)).isCloseTo(-10.0, within(1e-9));
    }

    @Test
    void boundsTheEvidenceSatisfiesCountAsExact() {
        assertThat(Deviation.percent(q(100, "MORE_THAN"), 120)).isEqualTo(0.0);
        assertThat(Deviation.percent(q(100, "MORE_THAN"), 80)).isCloseTo(25.0, within(1e-9));
        assertThat(Deviation.percent(q(100, "AT_MOST"), 90)).isEqualTo(0.0);
        var range = new ClaimedQuantity("t", null, "km", "RANGE", 10.0, 20.0);
        assertThat(Deviation.percent(range, 15)).isEqualTo(0.0);
        assertThat(Deviation.percent(range, 25)).isCloseTo(-20.0, within(1e-9));
    }

    @Test
    void deviationPicksTheQuantityWithTheEvidenceUnit() {
        var km = new ClaimedQuantity("7,600 km", 7600.0, "km", "EXACT", null, null);
        var pct = new ClaimedQuantity("19%", 19.0, "%", "EXACT", null, null);
        assertThat(Deviation.percent(List.of(km, pct), new Evidence(20.0, "%", "x"))).isCloseTo(-5.0, within(1e-9));
        assertThat(Deviation.percent(List.of(km, pct), new Evidence(20.0, "kg", "x"))).isNull();
        assertThat(Deviation.percent(List.of(km), new Evidence(0.0, "km", "x"))).isNull();
    }

    @Test
    void toleranceBandsSuggestFromTightestToWidest() {
        ToleranceBands bands = ToleranceBands.defaults();
        assertThat(bands.suggest(0)).isEqualTo("TRUE");
        assertThat(bands.suggest(-1)).isEqualTo("TRUE");
        assertThat(bands.suggest(4.9)).isEqualTo("MOSTLY_TRUE");
        assertThat(bands.suggest(15)).isEqualTo("HALF_TRUE");
        assertThat(bands.suggest(-29)).isEqualTo("MOSTLY_FALSE");
        assertThat(bands.suggest(31)).isEqualTo("FALSE");
        assertThatThrownBy(() -> ToleranceBands.parse(List.of("TRUE"), "FALSE"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratingsMapToClaimReviewRatings() {
        RatingScale scale = RatingScale.defaults();
        assertThat(scale.reviewRating("TRUE")).containsEntry("ratingValue", 5).containsEntry("bestRating", 5)
                .containsEntry("worstRating", 1).containsEntry("alternateName", "True");
        assertThat(scale.reviewRating("MOSTLY_TRUE")).containsEntry("ratingValue", 4);
        assertThat(scale.reviewRating("HALF_TRUE")).containsEntry("ratingValue", 3);
        assertThat(scale.reviewRating("MOSTLY_FALSE")).containsEntry("ratingValue", 2);
        assertThat(scale.reviewRating("FALSE")).containsEntry("ratingValue", 1);
        assertThat(scale.reviewRating("MISLEADING")).containsOnlyKeys("@type", "alternateName")
                .containsEntry("alternateName", "Misleading");
        assertThat(scale.reviewRating("UNVERIFIABLE")).containsOnlyKeys("@type", "alternateName");
        assertThatThrownBy(() -> new RatingScale.Rating("X", 6, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void olderClaimsRiseButCheckworthinessStillCounts() {
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        double fresh = Priority.rank(0.5, 0, now, 0.01);
        double dayOld = Priority.rank(0.5, 0, now.minusSeconds(86_400), 0.01);
        double freshWorthy = Priority.rank(0.8, 0, now, 0.01);
        assertThat(dayOld).isGreaterThan(fresh);
        assertThat(freshWorthy).isGreaterThan(dayOld);
        assertThat(dayOld - fresh).isCloseTo(0.24, within(1e-6));
        assertThat(Priority.at(0.5, 0.1, now.minusSeconds(3600), 0.01, now)).isCloseTo(0.61, within(1e-9));
    }

    @Test
    void cohensKappaMatchesAWorkedExample() {
        // 50 claims: both TRUE 20, both FALSE 15, TRUE/FALSE 5, FALSE/TRUE 10 → p_o 0.7, p_e 0.5, kappa 0.4
        var pairs = new java.util.ArrayList<Agreement.Pair>();
        add(pairs, "TRUE", "TRUE", 20);
        add(pairs, "FALSE", "FALSE", 15);
        add(pairs, "TRUE", "FALSE", 5);
        add(pairs, "FALSE", "TRUE", 10);
        assertThat(Agreement.cohensKappa(pairs)).isCloseTo(0.4, within(1e-9));
        assertThat(Agreement.cohensKappa(List.of())).isNull();
        assertThat(Agreement.cohensKappa(List.of(new Agreement.Pair("TRUE", "TRUE")))).isEqualTo(1.0);
    }

    private static void add(List<Agreement.Pair> pairs, String a, String b, int n) {
        for (int i = 0; i < n; i++) {
            pairs.add(new Agreement.Pair(a, b));
        }
    }

    @Test
    void claimReviewCarriesOrganisationArticleAndRating() {
        var doc = ClaimReviewDocument.of(new ClaimReviewDocument.Published("c1", "The bridge cost $115m.",
                "https://news.example.org/a", "Bridge", "Example News", "2026-11-20T08:00:00Z",
                Instant.parse("2026-11-27T10:00:00Z"), "MISLEADING", "Half the story."),
                new ClaimReviewDocument.Publisher("Factcheck", "https://fc.example.org", "https://fc.example.org/api/fact-checks/",
                        "https://fc.example.org/api/feed"),
                RatingScale.defaults());
        assertThat(doc).containsEntry("@type", "ClaimReview")
                .containsEntry("url", "https://fc.example.org/api/fact-checks/c1")
                .containsEntry("datePublished", "2026-11-27T10:00:00.000Z")
                .containsEntry("reviewRating", Map.of("@type", "Rating", "alternateName", "Misleading"));
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) doc.get("itemReviewed");
        assertThat(item).containsEntry("author", Map.of("@type", "Organization", "name", "Example News"))
                .containsEntry("datePublished", "2026-11-20T08:00:00Z");
    }
}
