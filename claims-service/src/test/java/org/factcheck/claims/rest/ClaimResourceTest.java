package org.factcheck.claims.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.factcheck.claims.Article;
import org.factcheck.claims.Claim;
import org.factcheck.claims.repository.ArticleRepository;
import org.factcheck.claims.service.ClaimService;
import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.claims.support.ReviewServiceMock;
import org.factcheck.claims.support.TestClaims;
import org.factcheck.testing.Tokens;
import org.factcheck.engine.model.ClaimType;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ReviewServiceMock.class)
class ClaimResourceTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    ArticleRepository articles;

    @Inject
    ClaimService claimService;

    static String reviewer() {
        return Tokens.forUser("bob", "reviewer");
    }

    @Test
    void searchFiltersByTypeScoreAndLiteralTextMostCheckWorthyFirst() {
        String marker = "Marker" + UUID.randomUUID().toString().replace("-", "");
        List<Claim> stored = store(
                TestClaims.claim(ClaimType.QUANTITY, marker + " exports rose to 42 percent.", 0.9),
                TestClaims.claim(ClaimType.QUANTITY, marker + " imports fell to 3 percent.", 0.4),
                TestClaims.claim(ClaimType.RANKING, marker + " is the third largest port.", 0.7),
                TestClaims.claim(ClaimType.FACTUAL, marker + " is a city.", 0.6));

        given().auth().oauth2(reviewer()).queryParam("q", marker.toLowerCase())
                .when().get("/api/claims")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.checkworthiness", contains(0.9f, 0.7f, 0.6f, 0.4f));
        given().auth().oauth2(reviewer()).queryParam("q", marker).queryParam("type", "quantity")
                .queryParam("minScore", "0.5")
                .when().get("/api/claims")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(stored.get(0).id.toHexString()))
                .body("items[0].type", equalTo("QUANTITY"));
        given().auth().oauth2(reviewer()).queryParam("q", marker).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/claims")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("page", equalTo(1))
                .body("items.checkworthiness", contains(0.6f, 0.4f));
    }

    @Test
    void textSearchIsLiteralNeverAPattern() {
        String marker = "Lit" + UUID.randomUUID().toString().replace("-", "");
        store(TestClaims.opinion(marker + " said a+b (c) twice.", 0.5),
                TestClaims.opinion(marker + " said aab c twice.", 0.5));

        given().auth().oauth2(reviewer()).queryParam("q", marker + " said a+b (c)")
                .when().get("/api/claims")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].text", containsString("a+b (c)"));
        // as patterns these would match (or break); as text they are found nowhere
        for (String q : List.of(".*", " said a.b", "(", "[a-", "\\", "\\E.*\\Q", "{\"$gt\":\"\"}", "|")) {
            given().auth().oauth2(reviewer()).queryParam("q", marker + q)
                    .when().get("/api/claims")
                    .then().statusCode(200)
                    .body("total", equalTo(0));
        }
    }

    @Test
    void claimShowsItsMatchesToEarlierClaims() {
        Claim earlier = store(TestClaims.spending(4.2)).get(0);
        Claim later = store(TestClaims.spending(4.2)).get(0);

        given().auth().oauth2(Tokens.forUser("audrey", "auditor"))
                .when().get("/api/claims/" + later.id.toHexString())
                .then().statusCode(200)
                .body("id", equalTo(later.id.toHexString()))
                .body("quantities[0].value", equalTo(4200000))
                .body("quantities[0].unit", equalTo("EUR"))
                .body("handover.state", equalTo("PENDING"))
                .body("matches.claimId", hasItem(earlier.id.toHexString()))
                .body("matches.find { it.claimId == '" + earlier.id.toHexString() + "' }.kind",
                        equalTo("CONFIRMED"));
        // links point back in time only
        given().auth().oauth2(reviewer())
                .when().get("/api/claims/" + earlier.id.toHexString())
                .then().statusCode(200)
                .body("matches.claimId", not(hasItem(later.id.toHexString())));
    }

    @Test
    void badQueriesAre400Problems() {
        for (String query : List.of("type=BOGUS", "type=%7B%22$gt%22:%22%22%7D", "minScore=abc", "minScore=2",
                "minScore=-0.1", "page=-1", "page=x", "size=1.5", "q=" + "x".repeat(201))) {
            given().auth().oauth2(reviewer())
                    .when().get("/api/claims?" + query)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("status", equalTo(400))
                    .body("instance", equalTo("/api/claims"));
        }
    }

    @Test
    void nulCharacterInTextSearchAnswersProblemNotServerError() {
        for (String q : List.of("\u0000", "a\u0000b", "\u0000.*")) {
            given().auth().oauth2(reviewer()).queryParam("q", q)
                    .when().get("/api/claims")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("https://factcheck.example/problems/invalid-request"))
                    .body("detail", containsString("NUL"));
        }
    }

    @Test
    void pageSizeIsClamped() {
        given().auth().oauth2(reviewer()).when().get("/api/claims?size=5000")
                .then().statusCode(200).body("size", equalTo(100));
        given().auth().oauth2(reviewer()).when().get("/api/claims")
                .then().statusCode(200).body("size", equalTo(20)).body("page", equalTo(0));
    }

    @Test
    void unknownOrMalformedClaimIdIsA404Problem() {
        for (String id : List.of("000000000000000000000000", "nope", "%24where")) {
            given().auth().oauth2(reviewer())
                    .when().get("/api/claims/" + id)
                    .then().statusCode(404).contentType(PROBLEM)
                    .body("status", equalTo(404));
        }
    }

    @Test
    void readingClaimsNeedsAReadRole() {
        given().when().get("/api/claims").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(Tokens.forUser("someone", "claims-handover")).when().get("/api/claims").then().statusCode(403);
        for (String role : List.of("ingest", "editor", "reviewer", "auditor", "admin")) {
            given().auth().oauth2(Tokens.forUser("someone", role)).when().get("/api/claims").then().statusCode(200);
        }
    }

    @Test
    void malformedBearerValuesAreUnauthorizedNotServerErrors() {
        for (String token : List.of("..", "a.b", "....", "x.y.z", "e30.e30.", "%00")) {
            given().header("Authorization", "Bearer " + token).when().get("/api/claims")
                    .then().statusCode(401);
        }
    }

    private List<Claim> store(org.factcheck.engine.model.Claim... found) {
        Article article = TestClaims.article();
        article.claimCount = found.length;
        articles.persist(article);
        return claimService.store(article, List.of(found), "req-claims-test", Instant.now());
    }
}
