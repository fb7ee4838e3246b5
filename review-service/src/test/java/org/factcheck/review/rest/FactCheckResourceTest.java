package org.factcheck.review.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.review.support.ReviewApi.publish;
import static org.factcheck.review.support.ReviewApi.receive;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.review.support.ReviewApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class FactCheckResourceTest {

    @Inject
    MongoClient mongo;

    @BeforeEach
    void emptyStore() {
        ReviewApi.reset(mongo);
    }

    @Test
    void clientAskingForPlainJsonGetsTheSameClaimReviewAsJson() {
        String id = publish("FALSE");
        String ld = given().get("/api/fact-checks/" + id).then().statusCode(200)
                .contentType("application/ld+json").extract().asString();

        String plain = given().accept("application/json").get("/api/fact-checks/" + id).then().statusCode(200)
                .contentType("application/json").extract().asString();
        String list = given().accept("application/json").get("/api/fact-checks").then().statusCode(200)
                .contentType("application/json").extract().asString();

        assertThat(plain).isEqualTo(ld);
        assertThat(list).contains("\"@graph\"").contains(id);
    }

    @Test
    void clientAcceptingNeitherJsonTypeGetsA406Problem() {
        given().accept("application/xml").get("/api/fact-checks").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void publishedClaimIsAClaimReviewFieldByField() {
        Instant before = Instant.now().minusSeconds(1);
        String id = publish("TRUE");
        JsonPath doc = given().get("/api/fact-checks/" + id).then().statusCode(200)
                .contentType("application/ld+json").extract().jsonPath();
        assertThat(doc.getString("'@context'")).isEqualTo("https://schema.org");
        assertThat(doc.getString("'@type'")).isEqualTo("ClaimReview");
        assertThat(doc.getString("url")).isEqualTo("http://localhost:8080/api/fact-checks/" + id);
        assertThat(doc.getString("claimReviewed"))
                .isEqualTo("The new bridge cost 115 million dollars, according to the city.");
        assertThat(Instant.parse(doc.getString("datePublished"))).isAfter(before);
        assertThat(doc.getMap("author")).isEqualTo(Map.of("@type", "Organization", "name", "Factcheck",
                "url", "https://factcheck.example.org"));
        assertThat(doc.getMap("reviewRating")).isEqualTo(Map.of("@type", "Rating", "ratingValue", 5,
                "bestRating", 5, "worstRating", 1, "alternateName", "True"));
        assertThat(doc.getString("reviewBody")).isEqualTo("Checked against the city budget.");
        assertThat(doc.getString("itemReviewed.'@type'")).isEqualTo("Claim");
        assertThat(doc.getMap("itemReviewed.author")).isEqualTo(Map.of("@type", "Organization", "name", "Example News"));
        assertThat(doc.getString("itemReviewed.datePublished")).isEqualTo("2026-11-20T08:00:00Z");
        assertThat(doc.getMap("itemReviewed.appearance")).isEqualTo(Map.of("@type", "CreativeWork",
                "url", "https://news.example.org/bridge", "headline", "Bridge opens"));
    }

    @Test
    void misleadingCarriesOnlyItsName() {
        String id = publish("MISLEADING");
        given().get("/api/fact-checks/" + id).then().statusCode(200)
                .body("reviewRating", equalTo(Map.of("@type", "Rating", "alternateName", "Misleading")));
    }

    @Test
    void unpublishedClaimsAreNotVisible() {
        String id = receive("draft", 0.5);
        given().get("/api/fact-checks/" + id).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/fact-checks/no$such").then().statusCode(400);
    }

    @Test
    void feedListsNewestFirstAndFiltersBySince() {
        String first = publish("FALSE");
        Instant between = Instant.now();
        String second = publish("MOSTLY_FALSE");
        List<String> all = given().get("/api/fact-checks").then().statusCode(200)
                .contentType("application/ld+json").header("X-Total-Count", "2")
                .body("'@context'", equalTo("https://schema.org")).extract().path("'@graph'.url");
        assertThat(all).containsExactly("http://localhost:8080/api/fact-checks/" + second,
                "http://localhost:8080/api/fact-checks/" + first);
        given().queryParam("since", between.toString()).get("/api/fact-checks").then()
                .body("'@graph'.reviewRating.ratingValue", equalTo(List.of(2)));
        given().get("/api/fact-checks?since=yesterday").then().statusCode(400);
    }
}
