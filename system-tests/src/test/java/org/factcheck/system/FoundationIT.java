package org.factcheck.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(StackExtension.class)
class FoundationIT {

    @Test
    void aliceReachesAnAuthenticatedEndpointThroughTheGateway(Stack stack) {
        String token = stack.token("alice");
        assertThat(token).isNotBlank();

        given().auth().oauth2(token)
                .when().get("/api/claims")
                .then().statusCode(200);
    }

    @Test
    void requestWithoutTokenIsRefusedByTheGateway() {
        given().when().get("/api/claims")
                .then().statusCode(401);
    }

    @Test
    void keycloakTokensCarryTheApiAudienceAndRealmRoles(Stack stack) {
        String payload = decodePayload(stack.token("eddie"));
        assertThat(payload).contains("\"aud\":\"factcheck-api\"")
                .contains("\"editor\"").contains("\"reviewer\"")
                .contains("\"iss\":\"" + stack.issuer() + "\"");
    }

    @Test
    void everyServiceAnswersHealthDirectly(Stack stack) {
        for (int port : new int[] { stack.gatewayPort(), stack.claimsPort(), stack.reviewPort(), stack.workbenchPort() }) {
            given().port(port).when().get("/q/health/ready").then().statusCode(200);
        }
    }

    @Test
    void upIsIdempotentAndStatusReportsEveryComponent(Stack stack) {
        Map<String, String> before = pids(stack.factcheck(Duration.ofSeconds(30), "status").output());

        Stack.Result again = stack.factcheck(Duration.ofMinutes(2), "up");

        assertThat(again.exitCode()).isZero();
        assertThat(again.output()).contains("already running");
        Stack.Result status = stack.factcheck(Duration.ofSeconds(30), "status");
        assertThat(status.exitCode()).isZero();
        assertThat(pids(status.output())).isEqualTo(before)
                .containsOnlyKeys("store", "keycloak", "review", "claims", "workbench", "gateway");
    }

    @Test
    void tokenCommandPrintsAUsableToken(Stack stack) {
        Stack.Result token = stack.factcheck(Duration.ofSeconds(30), "token", "ivan");

        assertThat(token.exitCode()).isZero();
        given().auth().oauth2(token.output().trim())
                .when().get("/api/articles")
                .then().statusCode(200);
    }

    private static Map<String, String> pids(String statusOutput) {
        Map<String, String> pids = new java.util.TreeMap<>();
        Matcher m = Pattern.compile("(?m)^(\\w+)\\s+up \\(pid (\\d+)\\)").matcher(statusOutput);
        while (m.find()) {
            pids.put(m.group(1), m.group(2));
        }
        return pids;
    }

    private static String decodePayload(String jwt) {
        return new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
