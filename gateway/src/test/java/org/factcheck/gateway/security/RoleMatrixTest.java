package org.factcheck.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.factcheck.gateway.support.Backends;
import org.factcheck.gateway.support.FakeBackends;
import org.factcheck.testing.Tokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Every route of the published table × every persona: generated from the table, so no route can be forgotten. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class RoleMatrixTest {

    private static final List<String> PERSONAS = List.of("none", "ingest", "reviewer", "editor", "auditor", "admin");

    @TestFactory
    Stream<DynamicTest> everyRouteAndMethodAnswersEachPersonaAsTheTableSays() {
        JsonPath table = given().get("/gateway/routes").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> routes = table.getList("routes");
        Map<String, List<String>> implied = table.getMap("impliedRoles");
        assertThat(routes).hasSizeGreaterThanOrEqualTo(9);

        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> route : routes) {
            String prefix = (String) route.get("prefix");
            String service = (String) route.get("service");
            @SuppressWarnings("unchecked")
            Map<String, List<String>> methods = (Map<String, List<String>>) route.get("methods");
            methods.forEach((method, allowed) -> {
                for (String persona : PERSONAS) {
                    int expected = expectedStatus(persona, allowed, implied);
                    tests.add(DynamicTest.dynamicTest(method + " " + prefix + " as " + persona + " → " + expected,
                            () -> check(method, prefix + "/1", service, persona, expected)));
                }
            });
        }
        return tests.stream();
    }

    private static int expectedStatus(String persona, List<String> allowed, Map<String, List<String>> implied) {
        if (allowed.contains("public")) {
            return 200;
        }
        if (persona.equals("none")) {
            return 401;
        }
        Set<String> held = new HashSet<>(Set.of(persona));
        held.addAll(implied.getOrDefault(persona, List.of()));
        return held.stream().anyMatch(allowed::contains) ? 200 : 403;
    }

    private static void check(String method, String path, String service, String persona, int expected) {
        String id = Backends.newRequestId();
        RequestSpecification request = given().header("X-Request-Id", id);
        if (!persona.equals("none")) {
            request.auth().oauth2(Tokens.forUser("matrix-" + persona, persona));
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            request.contentType("application/json").body("{}");
        }
        int status = request.request(method, path).statusCode();
        assertThat(status).isEqualTo(expected);
        assertThat(Backends.saw(service, id)).as("service reached").isEqualTo(expected == 200);
    }
}
