package org.factcheck.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.factcheck.gateway.support.FakeBackends;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class RouteTableResourceTest {

    @Test
    void tableIsPublishedWithoutAToken() {
        given().get("/gateway/routes").then().statusCode(200)
                .body("publicRole", equalTo("public"))
                .body("hiddenPrefixes", contains("/internal"))
                .body("impliedRoles.admin", contains("editor"))
                .body("routes.find { it.prefix == '/api/articles' }.service", equalTo("claims"))
                .body("routes.find { it.prefix == '/api/articles' }.methods.POST", containsInAnyOrder("ingest", "editor"))
                .body("routes.find { it.prefix == '/api/fact-checks' }.methods.GET", contains("public"))
                .body("routes.find { it.prefix == '/api/feed' }.service", equalTo("review"))
                .body("routes.find { it.prefix == '/api/feed' }.methods.GET", contains("public"))
                .body("routes.find { it.prefix == '/api/webhooks' }.methods.POST", contains("admin"))
                .body("routes.find { it.prefix == '/api/webhooks' }.methods.DELETE", contains("admin"))
                .body("routes.find { it.prefix == '/api/audit' }.methods.GET", contains("auditor"))
                .body("routes.prefix", hasItem("/api/queue"));
    }

    @Test
    void tableIsReadOnly() {
        given().contentType("application/json").body("{}").post("/gateway/routes")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
