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
import org.factcheck.review.support.SchemaOrgVocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class FeedResourceTest {

    private static final SchemaOrgVocabulary SCHEMA_ORG = SchemaOrgVocabulary.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MongoClient mongo;

    @BeforeEach
    void emptyStore() {
        ReviewApi.reset(mongo);
    }

    @Test
    void feedIsADataFeedOfClaimReviewsValidAgainstSchemaOrg() throws Exception {
        String rated = publish("TRUE");
        String labelOnly = publish("MISLEADING");
        receive("draft", 0.5);

        String body = given().get("/api/feed").then().statusCode(200).contentType("application/ld+json")
                .header("X-Total-Count", "2").extract().asString();

        assertThat(SCHEMA_ORG.violations(JSON.readTree(body))).isEmpty();
        JsonPath feed = JsonPath.from(body);
        assertThat(feed.getString("'@type'")).isEqualTo("DataFeed");
        assertThat(feed.getString("url")).isEqualTo("http://localhost:8080/api/feed");
        assertThat(feed.getString("publisher.name")).isEqualTo("Factcheck");
        assertThat(feed.getList("dataFeedElement.'@type'")).containsOnly("DataFeedItem");
        assertThat(feed.getList("dataFeedElement.item.url")).containsExactly(
                "http://localhost:8080/api/fact-checks/" + labelOnly, "http://localhost:8080/api/fact-checks/" + rated);
        assertThat(feed.getString("dateModified")).isEqualTo(feed.getString("dataFeedElement[0].dateModified"));

        Map<String, Object> review = feed.getMap("dataFeedElement[1].item");
        assertThat(review).containsEntry("@type", "ClaimReview")
                .containsEntry("claimReviewed", "The new bridge cost 115 million dollars, according to the city.")
                .containsEntry("author", Map.of("@type", "Organization", "name", "Factcheck",
                        "url", "https://factcheck.example.org"))
                .containsEntry("reviewRating", Map.of("@type", "Rating", "ratingValue", 5, "bestRating", 5,
                        "worstRating", 1, "alternateName", "True"))
                .containsKeys("datePublished", "url").doesNotContainKey("@context");
        assertThat(feed.getMap("dataFeedElement[1].item.itemReviewed")).containsEntry("@type", "Claim")
                .containsEntry("datePublished", "2026-11-20T08:00:00Z")
                .containsEntry("author", Map.of("@type", "Organization", "name", "Example News"))
                .containsEntry("appearance", Map.of("@type", "CreativeWork", "url", "https://news.example.org/bridge",
                        "headline", "Bridge opens"));
    }

    @Test
    void feedAskedForAsPlainJsonIsTheSameDocumentAndVariesByAccept() {
        publish("TRUE");
        String ld = given().get("/api/feed").then().statusCode(200).contentType("application/ld+json")
                .header("Vary", "Accept").extract().asString();

        String plain = given().accept("application/json").get("/api/feed").then().statusCode(200)
                .contentType("application/json").header("Vary", "Accept").extract().asString();

        assertThat(plain).isEqualTo(ld);
    }

    @Test
    void vocabularyCheckRejectsWhatSchemaOrgDoesNotDefine() throws Exception {
        publish("FALSE");
        ObjectNode feed = (ObjectNode) JSON.readTree(given().get("/api/feed").then().extract().asString());
        ObjectNode review = (ObjectNode) feed.get("dataFeedElement").get(0).get("item");
        review.put("verdict", "FALSE");
        ((ObjectNode) review.get("itemReviewed")).put("ratingValue", 1);
        ((ObjectNode) review.get("author")).put("@type", "Rating");
        review.put("datePublished", "last week");

        assertThat(SCHEMA_ORG.violations(feed)).containsExactlyInAnyOrder(
                "$.dataFeedElement[0].item.verdict: not a schema.org property",
                "$.dataFeedElement[0].item.itemReviewed.ratingValue: not a property of Claim",
                "$.dataFeedElement[0].item.author: a Rating is not in the range [Organization, Person]",
                "$.dataFeedElement[0].item.datePublished: \"last week\" fits none of [Date, DateTime]");
    }

    @Test
    void unchangedPageAnswers304ToItsETagAndAChangeGivesANewOne() {
        publish("TRUE");
        Response first = given().get("/api/feed");
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");

        given().header("If-None-Match", etag).get("/api/feed").then().statusCode(304)
                .header("ETag", etag).body(equalTo(""));

        publish("FALSE");
        Response changed = given().header("If-None-Match", etag).get("/api/feed");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(changed.jsonPath().getList("dataFeedElement")).hasSize(2);
    }

    @Test
    void pagesLinkToEachOtherAndCountEverything() {
        for (int i = 0; i < 5; i++) {
            publish("TRUE");
        }
        Response middle = given().get("/api/feed?page=1&size=2");
        assertThat(middle.statusCode()).isEqualTo(200);
        assertThat(middle.header("X-Total-Count")).isEqualTo("5");
        assertThat(middle.jsonPath().getList("dataFeedElement")).hasSize(2);
        List<String> links = middle.headers().getValues("Link");
        assertThat(String.join(",", links)).contains("</api/feed?page=2&size=2>; rel=\"next\"",
                "</api/feed?page=0&size=2>; rel=\"prev\"", "</api/feed?page=0&size=2>; rel=\"first\"",
                "</api/feed?page=2&size=2>; rel=\"last\"");

        Response last = given().get("/api/feed?page=2&size=2");
        assertThat(last.jsonPath().getList("dataFeedElement")).hasSize(1);
        assertThat(String.join(",", last.headers().getValues("Link"))).doesNotContain("rel=\"next\"");
    }

    @Test
    void emptyFeedIsValidAndSinceFilters() throws Exception {
        JsonNode empty = JSON.readTree(given().get("/api/feed").then().statusCode(200).extract().asString());
        assertThat(SCHEMA_ORG.violations(empty)).isEmpty();
        assertThat(empty.has("dateModified")).isFalse();

        publish("TRUE");
        Instant between = Instant.now();
        publish("FALSE");
        given().queryParam("since", between.toString()).get("/api/feed").then().statusCode(200)
                .header("X-Total-Count", "1").body("dataFeedElement.item.reviewRating.ratingValue", equalTo(List.of(1)));
        given().get("/api/feed?since=yesterday").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/feed?page=-1").then().statusCode(400).contentType("application/problem+json");
    }
}
