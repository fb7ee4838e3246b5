package org.factcheck.claims.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.claims.support.ReviewServiceMock;
import org.factcheck.testing.LargeBodies;
import org.factcheck.testing.Tokens;
import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.cli.Json;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ReviewServiceMock.class)
class ExtractResourceTest {

    @Inject
    ClaimExtractor engine;

    static final String PROBLEM = "application/problem+json";
    static final String SPENDING = "The city spent 4.2 million euros on new buses in 2023, officials said.";

    @Test
    void extractsSentencesAndClaimsAsTheCliDoes() {
        String document = SPENDING + " The mayor thinks trams are nicer.";
        Response r = extracted("ivan", "ingest", document)
                .body("sentences", notNullValue())
                .body("claims", notNullValue())
                .extract().response();

        List<Map<String, Object>> sentences = r.path("sentences");
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0)).containsEntry("start", 0).containsKeys("end", "text", "checkworthiness");
        List<Map<String, Object>> claims = r.path("claims");
        assertThat(claims).isNotEmpty();
        Map<String, Object> first = claims.get(0);
        assertThat(first).containsEntry("type", "QUANTITY").containsEntry("sentence", 0).containsEntry("start", 0)
                .containsKeys("end", "text", "checkworthiness", "reasons", "quantities", "rankings", "time",
                        "attribution");
        List<Map<String, Object>> quantities = r.path("claims[0].quantities");
        assertThat(quantities).anySatisfy(q -> {
            assertThat(q.get("value")).isEqualTo(4200000);
            assertThat(q.get("unit")).isEqualTo("EUR");
        });
        // whole numbers without ".0", like the CLI
        assertThat(r.asString()).contains("\"value\":4200000,").doesNotContain("4200000.0");
    }

    @Test
    void answersExactlyTheJsonTheCliPrints() {
        String document = SPENDING + " Rents rose by between 5 and 7 percent, \"a record\", the agency said.";
        String body = extracted("erin", "editor", document).extract().asString();

        assertThat(body).isEqualTo(Json.toString(engine.extract(document)));
    }

    /** A successful {@code POST /api/extract} of {@code document} as {@code user} with {@code role}. */
    private static ValidatableResponse extracted(String user, String role, String document) {
        return given().auth().oauth2(Tokens.forUser(user, role)).contentType(ContentType.JSON)
                .body(Map.of("text", document))
                .when().post("/api/extract")
                .then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void acceptsHtmlWithOffsetsIntoTheHtml() {
        String html = "<article><h1>Buses</h1><p>" + SPENDING + "</p></article>";
        Response r = given().auth().oauth2(Tokens.forUser("erin", "editor")).contentType(ContentType.JSON)
                .body(Map.of("html", html))
                .when().post("/api/extract")
                .then().statusCode(200)
                .extract().response();
        List<Map<String, Object>> claims = r.path("claims");
        assertThat(claims).isNotEmpty();
        int start = (Integer) claims.get(claims.size() - 1).get("start");
        int end = (Integer) claims.get(claims.size() - 1).get("end");
        assertThat(html.substring(start, end)).contains("4.2 million euros");
    }

    @Test
    void emptyishDocumentGivesEmptyLists() {
        given().auth().oauth2(Tokens.forUser("bob", "reviewer")).contentType(ContentType.JSON)
                .body(Map.of("text", "Hello."))
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("claims.size()", equalTo(0));
    }

    @Test
    void badBodiesAre400And413And415() {
        for (String body : List.of("{", "{}", "{\"text\": \"a\", \"html\": \"<p>a</p>\"}", "{\"text\": 5}",
                "{\"text\": {\"$gt\": \"\"}}", "null", "")) {
            given().auth().oauth2(Tokens.forUser("ivan", "ingest")).contentType(ContentType.JSON).body(body)
                    .when().post("/api/extract")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("status", equalTo(400));
        }
        given().config(LargeBodies.expectContinue()).auth().oauth2(Tokens.forUser("ivan", "ingest"))
                .contentType(ContentType.JSON)
                .body("{\"text\": \"" + "a ".repeat(600_000) + "\"}")
                .when().post("/api/extract")
                .then().statusCode(413).contentType(PROBLEM);
        given().auth().oauth2(Tokens.forUser("ivan", "ingest")).contentType(ContentType.XML).body("<text/>")
                .when().post("/api/extract")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void extractNeedsIngestEditorOrReviewer() {
        given().contentType(ContentType.JSON).body(Map.of("text", SPENDING))
                .when().post("/api/extract").then().statusCode(401);
        given().auth().oauth2(Tokens.forUser("audrey", "auditor")).contentType(ContentType.JSON)
                .body(Map.of("text", SPENDING))
                .when().post("/api/extract").then().statusCode(403).contentType(PROBLEM);
    }
}
