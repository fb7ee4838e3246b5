package org.factcheck.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every route of the gateway's own table × {no token, ingest, reviewer, editor, auditor, admin}: generated from
 * {@code GET /gateway/routes}, so a new route cannot be left out. A caller the table allows gets past both the
 * gateway and the service's own check (neither 401 nor 403); one it does not allow gets 403; no token gets 401
 * unless the route is public.
 */
@ExtendWith(StackExtension.class)
class RoleMatrixIT {

    private static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("none", null);
        CALLERS.put("ingest", "ivan");
        CALLERS.put("reviewer", "bob");
        CALLERS.put("editor", "erin");
        CALLERS.put("auditor", "audrey");
        CALLERS.put("admin", "adam");
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEveryRoleAsTheTableSays(Stack stack) {
        JsonPath table = given().get("/gateway/routes").then().statusCode(200).extract().jsonPath();
        String publicRole = table.getString("publicRole");
        Map<String, List<String>> implied = table.getMap("impliedRoles");
        Map<String, String> tokens = new LinkedHashMap<>();
        CALLERS.forEach((role, user) -> tokens.put(role, user == null ? null : stack.token(user)));

        List<DynamicTest> tests = new ArrayList<>();
        List<Map<String, Object>> routes = table.getList("routes");
        assertThat(routes).isNotEmpty();
        for (Map<String, Object> route : routes) {
            String prefix = (String) route.get("prefix");
            @SuppressWarnings("unchecked")
            Map<String, List<String>> methods = (Map<String, List<String>>) route.get("methods");
            methods.forEach((method, allowedRoles) -> CALLERS.keySet().forEach(role -> tests.add(DynamicTest.dynamicTest(
                    method + " " + prefix + " as " + role, () -> {
                        Set<String> effective = new HashSet<>(Set.of(role));
                        effective.addAll(implied.getOrDefault(role, List.of()));
                        boolean isPublic = allowedRoles.contains(publicRole);
                        boolean allowed = isPublic || allowedRoles.stream().anyMatch(effective::contains);
                        int status = call(method, prefix, tokens.get(role)).statusCode();
                        if (role.equals("none") && !isPublic) {
                            assertThat(status).as("no token").isEqualTo(401);
                        } else if (allowed) {
                            assertThat(status).as("allowed caller").isNotIn(401, 403).isLessThan(500);
                        } else {
                            assertThat(status).as("caller the table refuses").isEqualTo(403);
                        }
                    }))));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> hiddenPrefixesAreNotFoundForEveryone(Stack stack) {
        JsonPath table = given().get("/gateway/routes").then().statusCode(200).extract().jsonPath();
        List<String> hidden = table.getList("hiddenPrefixes", String.class);
        assertThat(hidden).contains("/internal");
        String token = stack.clientCredentials("claims-service", "demo-only-claims-service-secret").path("access_token").asText();
        return hidden.stream().map(prefix -> DynamicTest.dynamicTest("POST " + prefix + "/claims is 404", () -> {
            given().auth().oauth2(token).contentType("application/json").body("{}").post(prefix + "/claims")
                    .then().statusCode(404).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        }));
    }

    private static Response call(String method, String path, String token) {
        RequestSpecification request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("DELETE")) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(method, path);
    }
}
