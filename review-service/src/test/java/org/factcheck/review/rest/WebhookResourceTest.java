package org.factcheck.review.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.review.support.ReviewApi.ADMIN;
import static org.factcheck.review.support.ReviewApi.AUDREY;
import static org.factcheck.review.support.ReviewApi.ERIN;
import static org.factcheck.review.support.ReviewApi.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

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
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class WebhookResourceTest {

    @Inject
    MongoClient mongo;

    @BeforeEach
    void emptyStore() {
        ReviewApi.reset(mongo);
    }

    private static Response create(Object body) {
        return as(ADMIN).contentType(ContentType.JSON).body(body).post("/api/webhooks");
    }

    private static Map<String, Object> hook(String url, List<String> events) {
        return Map.of("url", url, "events", events, "description", "newsroom CMS");
    }

    @Test
    void secretIsShownOnceAndNeverReadBack() {
        Response created = create(hook("https://cms.example.org/hooks", List.of("claim.published")));
        created.then().statusCode(201).body("active", equalTo(true)).body("events", equalTo(List.of("claim.published")));
        String id = created.path("id");
        String secret = created.path("secret");
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(created.header("Location")).endsWith("/api/webhooks/" + id);

        as(ADMIN).get("/api/webhooks/" + id).then().statusCode(200).body("$", not(hasKey("secret")))
                .body("url", equalTo("https://cms.example.org/hooks"));
        String list = as(ADMIN).get("/api/webhooks").then().statusCode(200).body("total", equalTo(1))
                .extract().asString();
        assertThat(list).doesNotContain(secret).doesNotContain("secret");
        String updated = as(ADMIN).contentType(ContentType.JSON).body(Map.of("events", List.of("claim.dismissed")))
                .put("/api/webhooks/" + id).then().statusCode(200).body("events", equalTo(List.of("claim.dismissed")))
                .extract().asString();
        assertThat(updated).doesNotContain("secret");

        String rotated = as(ADMIN).post("/api/webhooks/" + id + "/secret").then().statusCode(200).extract().path("secret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
    }

    @Test
    void wrongJsonTypesAndFieldsNamedTwiceAnswerMalformedJsonAndSubscribeNothing() {
        for (Object active : List.of(123, "yes", "", 0)) {
            create(Map.of("url", "https://cms.example.org/hooks", "events", List.of("claim.published"), "active", active))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://factcheck.example/problems/malformed-json"))
                    .body("detail", containsString("active"));
        }
        create(Map.of("url", "https://cms.example.org/hooks", "events", List.of("claim.published"), "description", 42))
                .then().statusCode(400).body("detail", containsString("description"));
        as(ADMIN).contentType(ContentType.JSON)
                .body("{\"url\": \"https://cms.example.org/hooks\", \"events\": [\"claim.published\"]} {\"x\": 1}")
                .post("/api/webhooks").then().statusCode(400)
                .body("type", equalTo("https://factcheck.example/problems/malformed-json"));
        as(ADMIN).contentType(ContentType.JSON)
                .body("{\"url\": \"https://cms.example.org/hooks\", \"url\": \"https://attacker.example.org/\","
                        + " \"events\": [\"claim.published\"]}")
                .post("/api/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://factcheck.example/problems/malformed-json"));
        as(ADMIN).get("/api/webhooks").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void invalidSubscriptionsAreProblemsNamingTheField() {
        create(hook("ftp://cms.example.org/hooks", List.of("claim.published"))).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("http or https"));
        create(hook("https://user:pw@cms.example.org/", List.of("claim.published"))).then().statusCode(400)
                .contentType("application/problem+json");
        create(hook("not a url", List.of("claim.published"))).then().statusCode(400)
                .contentType("application/problem+json");
        create(hook("https://cms.example.org/hooks", List.of("claim.exploded"))).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("claim.exploded")).body("detail", containsString("claim.published"));
        create(hook("https://cms.example.org/hooks", List.of())).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("events"));
        create(Map.of("events", List.of("claim.published"))).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("url"));
        create(Map.of("url", "https://cms.example.org/", "events", List.of("claim.published"), "secret", "short"))
                .then().statusCode(400).contentType("application/problem+json");
        as(ADMIN).contentType(ContentType.JSON).body("{\"url\": [").post("/api/webhooks").then().statusCode(400)
                .contentType("application/problem+json");
        as(ADMIN).contentType(ContentType.JSON).post("/api/webhooks").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(as(ADMIN).get("/api/webhooks").then().extract().<Integer>path("total")).isZero();
    }

    @Test
    void unknownSubscriptionsAndBadQueriesAreProblems() {
        as(ADMIN).get("/api/webhooks/0b7e1b7e-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        as(ADMIN).get("/api/webhooks/bad$id").then().statusCode(400).contentType("application/problem+json");
        as(ADMIN).delete("/api/webhooks/0b7e1b7e-0000-4000-8000-000000000000").then().statusCode(404);
        String id = create(hook("https://cms.example.org/hooks", List.of("claim.received"))).path("id");
        as(ADMIN).get("/api/webhooks/" + id + "/deliveries?status=LOST").then().statusCode(400)
                .contentType("application/problem+json");
        as(ADMIN).get("/api/webhooks/" + id + "/deliveries?status=pending").then().statusCode(200)
                .body("total", equalTo(0));
        as(ADMIN).delete("/api/webhooks/" + id).then().statusCode(204);
        as(ADMIN).get("/api/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void onlyAdminsManageWebhooks() {
        given().get("/api/webhooks").then().statusCode(401);
        as(ERIN).get("/api/webhooks").then().statusCode(403).contentType("application/problem+json");
        as(AUDREY).get("/api/webhooks").then().statusCode(403);
        as(ERIN).contentType(ContentType.JSON).body(hook("https://cms.example.org/", List.of("claim.received")))
                .post("/api/webhooks").then().statusCode(403);
        assertThat(as(ADMIN).get("/api/webhooks").then().extract().<Integer>path("total")).isZero();
    }
}
