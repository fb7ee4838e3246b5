package org.factcheck.claims.handover;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.factcheck.claims.Claim;
import org.factcheck.claims.HandoverState;
import org.factcheck.claims.client.ClaimHandover;
import org.factcheck.claims.mapping.HandoverMapper;
import org.factcheck.claims.support.ReviewServiceMock;
import org.factcheck.claims.support.TestClaims;
import org.factcheck.engine.model.ClaimType;
import org.factcheck.testing.HandoverContract;
import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Provider side of the hand-over contract: whatever the claims-service sends fits the schema the review-service is tested against. */
@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ReviewServiceMock.class)
class HandoverContractProviderTest extends OutboxTest {

    @Inject
    ObjectMapper json;

    @Test
    void ordinaryClaimsFitTheContractUnchanged() {
        for (org.factcheck.engine.model.Claim found : List.of(TestClaims.spending(4.2),
                TestClaims.claim(ClaimType.RANKING, "Rotterdam is the third largest port.", 0.7),
                TestClaims.opinion("The mayor is a fine person.", 0.1))) {
            ClaimHandover sent = mapped(found);
            assertThat(violations(sent)).isEmpty();
            assertThat(sent.adjustments()).isNull();
            assertThat(sent.text()).isEqualTo(found.text());
        }
    }

    @Test
    void rankingsWithAndWithoutAFieldSizeFitTheContract() {
        String text = "Mississippi ranked 49th out of 50 states and is the poorest state.";
        var found = new org.factcheck.engine.model.Claim(ClaimType.RANKING, 0, 0, text.length(), text, 0.8,
                List.of("ranking"), List.of(), List.of(
                        new org.factcheck.engine.model.Ranking(12, 23, "ranked 49th", 49, null, null, false, false, 50),
                        new org.factcheck.engine.model.Ranking(47, 64, "the poorest state", 1, "state", null)),
                List.of(), null);

        ClaimHandover sent = mapped(found);

        assertThat(violations(sent)).isEmpty();
        JsonNode rankings = json.valueToTree(sent).path("rankings");
        assertThat(rankings.path(0).path("outOf").asInt()).isEqualTo(50);
        assertThat(rankings.path(1).path("outOf").isNull()).isTrue();
    }

    @Test
    void engineClaimWithAThousandQuantitiesAndATenThousandCharacterSentenceIsTrimmedNotRefused() {
        org.factcheck.engine.model.Claim huge = TestClaims.oversized(1000, 10_000);
        assertThat(huge.quantities()).hasSize(1000);
        assertThat(huge.text()).hasSize(10_000);

        ClaimHandover sent = mapped(huge);

        assertThat(violations(sent)).isEmpty();
        assertThat(sent.quantities()).hasSize(ClaimHandover.MAX_ITEMS);
        assertThat(sent.text().length()).isLessThanOrEqualTo(ClaimHandover.MAX_TEXT).isGreaterThan(3000);
        assertThat(sent.text()).endsWith("…");
        assertThat(sent.adjustments()).anyMatch(a -> a.startsWith("text trimmed from 10000"))
                .anyMatch(a -> a.startsWith("quantities cut from 1000"));
    }

    @Test
    void trimmedClaimIsDeliveredWithItsReasonRecordedAndShown() {
        Claim stored = store(TestClaims.oversized(1000, 10_000));
        String id = stored.id.toHexString();

        handover.deliverDue(Instant.now());

        List<JsonNode> bodies = ReviewServiceMock.receivedFor(review, id);
        assertThat(bodies).singleElement().satisfies(body -> {
            assertThat(HandoverContract.violations(body)).isEmpty();
            assertThat(body.path("quantities").size()).isEqualTo(50);
        });
        Claim delivered = claims.findById(id).orElseThrow();
        assertThat(delivered.handover.state).isEqualTo(HandoverState.DELIVERED);
        assertThat(delivered.handover.adjustments).hasSize(2);
        given().auth().oauth2(Tokens.forUser("erin", "editor")).get("/api/claims/" + id)
                .then().statusCode(200).body("handover.adjustments", hasItem(containsString("quantities cut")));
        given().get("/q/metrics").then().statusCode(200).body(containsString("factcheck_handover_adjusted_total"));
    }

    @Test
    void claimRefusedAnywayIsShownToOperatorsAndCounted() {
        Claim stored = store(TestClaims.spending(13));
        String id = stored.id.toHexString();
        ReviewServiceMock.answer(review, 400);

        handover.deliverDue(Instant.now());

        assertThat(claims.findById(id).orElseThrow().handover.state).isEqualTo(HandoverState.FAILED);
        given().auth().oauth2(Tokens.forUser("root", "admin")).get("/api/handover/failed?size=100")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("factcheck_handover_attempts_total{outcome=\"failed\"}"));
    }

    private ClaimHandover mapped(org.factcheck.engine.model.Claim found) {
        Claim stored = store(found);
        return HandoverMapper.toHandover(stored, articles.findById(stored.articleId));
    }

    private List<String> violations(ClaimHandover sent) {
        return HandoverContract.violations(json.valueToTree(sent));
    }

    private Claim store(org.factcheck.engine.model.Claim found) {
        return claims.listByArticle(storeArticle("req-contract", found).id).get(0);
    }
}
