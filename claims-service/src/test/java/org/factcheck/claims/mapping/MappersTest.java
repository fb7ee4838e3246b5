package org.factcheck.claims.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.bson.types.ObjectId;
import org.factcheck.claims.Article;
import org.factcheck.claims.Claim;
import org.factcheck.claims.client.ClaimHandover;
import org.factcheck.claims.support.TestClaims;
import org.junit.jupiter.api.Test;

class MappersTest {

    @Test
    void engineClaimSurvivesTheRoundTripThroughTheDocument() {
        org.factcheck.engine.model.Claim found = TestClaims.spending(4.2);
        assertThat(ClaimMapper.toEngine(ClaimMapper.toEntity(found))).isEqualTo(found);
    }

    @Test
    void ordinalsSurviveTheRoundTripAndShowInTheView() {
        var spending = TestClaims.spending(4.2);
        var found = new org.factcheck.engine.model.Claim(spending.type(), spending.sentence(), spending.start(),
                spending.end(), spending.text(), spending.checkworthiness(), spending.reasons(), spending.quantities(),
                spending.rankings(), spending.time(), spending.attribution(),
                java.util.List.of(org.factcheck.engine.model.Quantity.ordinal(0, 5, "third", 3)));
        Claim stored = ClaimMapper.toEntity(found);
        assertThat(ClaimMapper.toEngine(stored)).isEqualTo(found);
        stored.id = new ObjectId();
        assertThat(ClaimMapper.toView(stored).ordinals()).singleElement()
                .satisfies(q -> assertThat(q.value()).isEqualTo(3.0))
                .satisfies(q -> assertThat(q.kind()).isEqualTo(org.factcheck.engine.model.QuantityKind.ORDINAL));
    }

    @Test
    void aTopGroupRankingKeepsItsOneOfThroughTheDocument() {
        var spending = TestClaims.spending(4.2);
        var found = new org.factcheck.engine.model.Claim(spending.type(), spending.sentence(), spending.start(),
                spending.end(), spending.text(), spending.checkworthiness(), spending.reasons(), spending.quantities(),
                java.util.List.of(new org.factcheck.engine.model.Ranking(0, 31, "one of the longest land borders", 1,
                        "land borders", null, true)),
                spending.time(), spending.attribution(), spending.ordinals());
        Claim stored = ClaimMapper.toEntity(found);
        assertThat(ClaimMapper.toEngine(stored)).isEqualTo(found);
        stored.id = new ObjectId();
        assertThat(ClaimMapper.toView(stored).rankings()).singleElement()
                .satisfies(r -> assertThat(r.oneOf()).isTrue());
    }

    @Test
    void aPlaceCountedFromTheEndKeepsFromEndThroughTheDocumentAndTheView() {
        var spending = TestClaims.spending(4.2);
        var found = new org.factcheck.engine.model.Claim(spending.type(), spending.sentence(), spending.start(),
                spending.end(), spending.text(), spending.checkworthiness(), spending.reasons(), spending.quantities(),
                java.util.List.of(new org.factcheck.engine.model.Ranking(0, 15, "the bottom five", 5, null, null, true,
                        true), new org.factcheck.engine.model.Ranking(20, 30, "ranks last", 1, null, null)),
                spending.time(), spending.attribution(), spending.ordinals());
        Claim stored = ClaimMapper.toEntity(found);
        assertThat(stored.rankings).extracting(r -> r.fromEnd).containsExactly(true, false);
        assertThat(ClaimMapper.toEngine(stored)).isEqualTo(found);
        stored.id = new ObjectId();
        assertThat(ClaimMapper.toView(stored).rankings()).extracting(r -> r.fromEnd(), r -> r.oneOf())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, true),
                        org.assertj.core.groups.Tuple.tuple(false, false));
        stored.articleId = new ObjectId();
        assertThat(HandoverMapper.toHandover(stored, TestClaims.article()).rankings()).containsExactly(
                new ClaimHandover.Ranking("the bottom five", 5, null, true, true, null),
                new ClaimHandover.Ranking("ranks last", 1, null, false, false, null));
    }

    @Test
    void aFieldSizeKeepsItsOutOfThroughTheDocumentTheViewAndTheHandover() {
        var spending = TestClaims.spending(4.2);
        var found = new org.factcheck.engine.model.Claim(spending.type(), spending.sentence(), spending.start(),
                spending.end(), spending.text(), spending.checkworthiness(), spending.reasons(), spending.quantities(),
                java.util.List.of(new org.factcheck.engine.model.Ranking(0, 11, "ranked 49th", 49, null, null, false,
                        false, 50), new org.factcheck.engine.model.Ranking(20, 30, "the largest", 1, null, null)),
                spending.time(), spending.attribution(), spending.ordinals());
        Claim stored = ClaimMapper.toEntity(found);
        assertThat(stored.rankings).extracting(r -> r.outOf).containsExactly(50, null);
        assertThat(ClaimMapper.toEngine(stored)).isEqualTo(found);
        stored.id = new ObjectId();
        assertThat(ClaimMapper.toView(stored).rankings()).extracting(r -> r.outOf()).containsExactly(50, null);
        stored.articleId = new ObjectId();
        ClaimHandover sent = HandoverMapper.toHandover(stored, TestClaims.article());
        assertThat(sent.rankings()).containsExactly(
                new ClaimHandover.Ranking("ranked 49th", 49, null, false, false, 50),
                new ClaimHandover.Ranking("the largest", 1, null, false, false, null));
        assertThat(sent.adjustments()).isNull();
    }

    @Test
    void aStoredFieldSizeOutsideTheContractIsLeftOutOfTheHandoverWithItsReason() {
        Claim stored = ClaimMapper.toEntity(TestClaims.spending(4.2));
        stored.id = new ObjectId();
        stored.articleId = new ObjectId();
        Claim.RankingValue zero = new Claim.RankingValue();
        zero.text = "ranked 3rd";
        zero.position = 3;
        zero.outOf = 0;
        stored.rankings = java.util.List.of(zero);

        ClaimHandover sent = HandoverMapper.toHandover(stored, TestClaims.article());

        assertThat(sent.rankings()).singleElement().satisfies(r -> assertThat(r.outOf()).isNull());
        assertThat(sent.adjustments()).containsExactly("ranking outOf 0 left out (not within 1 to 10000000)");
    }

    @Test
    void aDocumentStoredBeforeTheFieldSizeWasKeptReadsAsNoFieldSize() {
        Claim stored = ClaimMapper.toEntity(TestClaims.spending(4.2));
        Claim.RankingValue old = new Claim.RankingValue();
        old.text = "ranked 3rd";
        old.position = 3;
        stored.rankings = java.util.List.of(old);

        assertThat(ClaimMapper.toEngine(stored).rankings()).singleElement()
                .satisfies(r -> assertThat(r.outOf()).isNull());
    }

    @Test
    void handoverCarriesTheContractFields() {
        Claim claim = ClaimMapper.toEntity(TestClaims.spending(4.2));
        claim.id = new ObjectId();
        claim.articleId = new ObjectId();
        claim.extractedAt = Instant.parse("2026-11-27T10:00:00Z");
        Article article = TestClaims.article();

        ClaimHandover h = HandoverMapper.toHandover(claim, article);

        assertThat(h.claimId()).isEqualTo(claim.id.toHexString());
        assertThat(h.articleId()).isEqualTo(claim.articleId.toHexString());
        assertThat(h.type()).isEqualTo("QUANTITY");
        assertThat(h.checkworthiness()).isEqualTo(0.8);
        assertThat(h.quantities()).containsExactly(
                new ClaimHandover.Quantity("4.2 million euros", 4_200_000.0, "EUR", "EXACT", null, null, null));
        assertThat(h.time()).containsExactly(new ClaimHandover.Time("in 2023", "2023", "2023"));
        assertThat(h.rankings()).isEmpty();
        assertThat(h.attribution()).isEqualTo(new ClaimHandover.Attribution("officials said", "officials"));
        assertThat(h.article()).isEqualTo(
                new ClaimHandover.Article(article.url, article.title, article.outlet, article.publishedAt));
        assertThat(h.extractedAt()).isEqualTo(claim.extractedAt);
        assertThat(h.adjustments()).isNull();
    }

    @Test
    void viewShowsIdsAsHexAndTheHandoverState() {
        Claim claim = ClaimMapper.toEntity(TestClaims.opinion("Trams are nicer.", 0.3));
        claim.id = new ObjectId();
        var view = ClaimMapper.toView(claim);
        assertThat(view.id()).isEqualTo(claim.id.toHexString());
        assertThat(view.matches()).isEmpty();
        assertThat(view.handover()).isNull();
        assertThat(view.attribution()).isNull();
    }
}
