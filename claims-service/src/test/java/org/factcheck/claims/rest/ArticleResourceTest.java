package org.factcheck.claims.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.claims.support.ReviewServiceMock;
import org.factcheck.testing.LargeBodies;
import org.factcheck.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ReviewServiceMock.class)
class ArticleResourceTest {

    static final String PROBLEM = "application/problem+json";
    static final String SPENDING = "The city spent 4.2 million euros on new buses in 2023, officials said. "
            + "The mayor thinks trams are nicer.";

    static String ivan() {
        return Tokens.forUser("ivan", "ingest");
    }

    static Map<String, Object> article(String text) {
        return Map.of("title", "Buses " + UUID.randomUUID(), "text", text,
                "url", "https://news.example/" + UUID.randomUUID(), "outlet", "Example News",
                "publishedAt", "2026-11-01T08:00:00Z", "language", "en");
    }

    static String unique(String text) {
        return text + " Reference " + UUID.randomUUID() + ".";
    }

    @Test
    void ingestSubmitsAnArticleAndGetsItBackWithLocationAndClaims() {
        Map<String, Object> body = article(unique(SPENDING));
        Response created = given().auth().oauth2(ivan()).contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .contentType(ContentType.JSON)
                .body("title", equalTo(body.get("title")))
                .body("url", equalTo(body.get("url")))
                .body("outlet", equalTo("Example News"))
                .body("publishedAt", equalTo("2026-11-01T08:00:00Z"))
                .body("format", equalTo("text"))
                .body("text", equalTo(body.get("text")))
                .body("textSha256", notNullValue())
                .body("claims", notNullValue())
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/articles/" + id);
        List<Map<String, Object>> claims = created.path("claims");
        assertThat(claims).isNotEmpty().hasSize(created.<Integer>path("claimCount"));
        assertThat(created.<List<Integer>>path("claims[0].quantities.value")).contains(4_200_000);
        assertThat(created.<String>path("claims[0].handover.state")).isEqualTo("PENDING");
        for (Map<String, Object> claim : claims) {
            // offsets point into the submitted text
            assertThat(((String) body.get("text")).substring((Integer) claim.get("start"), (Integer) claim.get("end")))
                    .isEqualTo(claim.get("text"));
            assertThat(claim).containsKeys("id", "type", "start", "end", "text", "checkworthiness", "quantities",
                    "handover", "matches");
            assertThat(claim.get("articleId")).isEqualTo(id);
        }

        given().auth().oauth2(Tokens.forUser("audrey", "auditor"))
                .when().get("/api/articles/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("claims.size()", equalTo(claims.size()));
        given().auth().oauth2(Tokens.forUser("bob", "reviewer"))
                .when().get("/api/articles/" + id + "/claims?size=100")
                .then().statusCode(200)
                .body("total", equalTo(claims.size()))
                .body("items.size()", equalTo(claims.size()));
        given().auth().oauth2(Tokens.forUser("bob", "reviewer"))
                .when().get("/api/articles/" + id + "/claims?size=1")
                .then().statusCode(200)
                .body("total", equalTo(claims.size()))
                .body("size", equalTo(1))
                .body("items.size()", equalTo(Math.min(1, claims.size())));
    }

    @Test
    void editorMaySubmitHtml() {
        given().auth().oauth2(Tokens.forUser("erin", "editor")).contentType(ContentType.JSON)
                .body(Map.of("title", "Html", "html", "<p>" + unique(SPENDING) + "</p>"))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("format", equalTo("html"));
    }

    @Test
    void sameUrlAgainReturnsTheStoredArticleWithoutNewClaims() {
        Map<String, Object> body = article(unique(SPENDING));
        String id = given().auth().oauth2(ivan()).contentType(ContentType.JSON).body(body)
                .when().post("/api/articles").then().statusCode(201).extract().path("id");
        Map<String, Object> again = new java.util.HashMap<>(body);
        again.put("text", unique("A different text at the same address."));
        again.put("url", body.get("url") + "/"); // trailing slash, same article
        given().auth().oauth2(ivan()).contentType(ContentType.JSON).body(again)
                .when().post("/api/articles")
                .then().statusCode(200)
                .header("Location", endsWith("/api/articles/" + id))
                .body("id", equalTo(id));
    }

    @Test
    void sameTextAgainWithOtherSpacingAndNoUrlReturnsTheStoredArticle() {
        String text = unique(SPENDING);
        String id = given().auth().oauth2(ivan()).contentType(ContentType.JSON)
                .body(Map.of("title", "First", "text", text))
                .when().post("/api/articles").then().statusCode(201).extract().path("id");
        List<Object> claimIds = given().auth().oauth2(ivan()).when().get("/api/articles/" + id)
                .then().extract().path("claims.id");

        given().auth().oauth2(ivan()).contentType(ContentType.JSON)
                .body(Map.of("title", "Second", "text", "  " + text.replace(" ", "   ") + "\n"))
                .when().post("/api/articles")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("title", equalTo("First"))
                .body("claims.id", equalTo(claimIds));
    }

    @Test
    void identicalConcurrentSubmissionsStoreOneArticle() throws Exception {
        Map<String, Object> body = article(unique(SPENDING));
        String token = ivan();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Response>> posts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                posts.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                        .when().post("/api/articles").then().extract().response());
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(posts)) {
                responses.add(f.get());
            }
            assertThat(responses).extracting(Response::statusCode).containsOnly(200, 201);
            assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
            String id = responses.get(0).path("id");
            assertThat(responses).extracting(r -> r.<String>path("id")).containsOnly(id);
            int claimCount = responses.get(0).path("claimCount");
            given().auth().oauth2(token).when().get("/api/articles/" + id + "/claims?size=100")
                    .then().body("total", equalTo(claimCount));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void listIsPagedWithTotalAndClampedSize() {
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(ivan()).contentType(ContentType.JSON).body(article(unique("Listed article.")))
                    .when().post("/api/articles").then().statusCode(201);
        }
        given().auth().oauth2(ivan())
                .when().get("/api/articles?page=0&size=100000")
                .then().statusCode(200)
                .body("size", equalTo(100))
                .body("page", equalTo(0))
                .body("total", greaterThanOrEqualTo(2))
                .body("items[0].claims", equalTo(null))
                .body("items[0].text", equalTo(null));
        given().auth().oauth2(ivan())
                .when().get("/api/articles?size=1&page=1")
                .then().statusCode(200)
                .body("size", equalTo(1))
                .body("items.size()", equalTo(1));
        given().auth().oauth2(ivan())
                .when().get("/api/articles?size=0")
                .then().statusCode(200)
                .body("size", equalTo(1));
        given().auth().oauth2(ivan())
                .when().get("/api/articles?page=-1")
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(ivan())
                .when().get("/api/articles?size=ten")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void unknownOrMalformedIdIsA404Problem() {
        for (String id : List.of("000000000000000000000000", "not-an-id", "%7B%22$gt%22:%22%22%7D")) {
            given().auth().oauth2(ivan())
                    .when().get("/api/articles/" + id)
                    .then().statusCode(404).contentType(PROBLEM)
                    .body("status", equalTo(404))
                    .body("title", equalTo("Not Found"));
            given().auth().oauth2(ivan())
                    .when().get("/api/articles/" + id + "/claims")
                    .then().statusCode(404).contentType(PROBLEM);
        }
    }

    @Test
    void invalidArticlesAre400Problems() {
        String text = unique(SPENDING);
        List<String> bodies = List.of(
                "{\"title\": \"x\", \"text\": ",                                   // malformed JSON
                "[1, 2]",                                                          // not an object
                "{\"text\": \"" + text + "\"}",                                    // no title
                "{\"title\": \"   \", \"text\": \"" + text + "\"}",                // blank title
                "{\"title\": \"" + "t".repeat(501) + "\", \"text\": \"x\"}",       // title too long
                "{\"title\": \"x\"}",                                              // neither text nor html
                "{\"title\": \"x\", \"text\": \"a\", \"html\": \"<p>a</p>\"}",     // both
                "{\"title\": \"x\", \"text\": \"  \"}",                            // blank text
                "{\"title\": {\"$gt\": \"\"}, \"text\": \"" + text + "\"}",        // operator injection
                "{\"title\": \"x\", \"url\": {\"$gt\": \"\"}, \"text\": \"a\"}",
                "{\"title\": \"x\", \"url\": \"javascript:alert(1)\", \"text\": \"a\"}",
                "{\"title\": 42, \"text\": \"a\"}",                                // wrong type
                "{\"title\": \"x\", \"text\": [\"a\"]}",
                "{\"title\": \"x\", \"text\": \"a\", \"publishedAt\": \"yesterday\"}",
                "{\"title\": \"x\", \"text\": \"a\", \"language\": \"English!\"}",
                "");
        for (String body : bodies) {
            given().auth().oauth2(ivan()).contentType(ContentType.JSON).body(body)
                    .when().post("/api/articles")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("status", equalTo(400))
                    .body("type", notNullValue())
                    .body("title", notNullValue())
                    .body("instance", equalTo("/api/articles"))
                    .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("trace")));
        }
    }

    @Test
    void violationsNameTheField() {
        given().auth().oauth2(ivan()).contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"text\": \"a\", \"html\": \"<p>a</p>\"}")
                .when().post("/api/articles")
                .then().statusCode(400)
                .body("violations.field", hasItem("exactlyOneBody"));
        given().auth().oauth2(ivan()).contentType(ContentType.JSON)
                .body("{\"title\": {\"$gt\": \"\"}, \"text\": \"a\"}")
                .when().post("/api/articles")
                .then().statusCode(400)
                .body("detail", containsString("title"));
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String huge = "{\"title\": \"big\", \"text\": \"" + "a".repeat(1024 * 1024 + 10) + "\"}";
        given().config(LargeBodies.expectContinue()).auth().oauth2(ivan()).contentType(ContentType.JSON).body(huge)
                .when().post("/api/articles")
                .then().statusCode(413).contentType(PROBLEM)
                .body("status", equalTo(413));
    }

    @Test
    void wrongMediaTypeIs415() {
        given().auth().oauth2(ivan()).contentType(ContentType.TEXT).body("title=x")
                .when().post("/api/articles")
                .then().statusCode(415).contentType(PROBLEM)
                .body("status", equalTo(415));
    }

    @Test
    void submittingNeedsIngestOrEditor() {
        Map<String, Object> body = article(unique(SPENDING));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().statusCode(401);
        for (String role : List.of("reviewer", "auditor", "claims-handover")) {
            given().auth().oauth2(Tokens.forUser("someone", role)).contentType(ContentType.JSON).body(body)
                    .when().post("/api/articles")
                    .then().statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void adminMaySubmitLikeAnEditor() {
        given().auth().oauth2(Tokens.forUser("adam", "admin")).contentType(ContentType.JSON)
                .body(article(unique(SPENDING)))
                .when().post("/api/articles")
                .then().statusCode(201);
    }

    @Test
    void readingNeedsAReadRole() {
        given().when().get("/api/articles").then().statusCode(401);
        given().auth().oauth2(Tokens.forUser("nobody"))
                .when().get("/api/articles").then().statusCode(403);
        for (String role : List.of("ingest", "editor", "reviewer", "auditor")) {
            given().auth().oauth2(Tokens.forUser("someone", role))
                    .when().get("/api/articles").then().statusCode(200)
                    .body("items", everyItem(notNullValue()));
        }
    }
}
