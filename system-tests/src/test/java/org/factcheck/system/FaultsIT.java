package org.factcheck.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Components failing under the running system. Each test brings what it stopped back with {@code ./factcheck up},
 * which starts only what is not running.
 */
@ExtendWith(StackExtension.class)
class FaultsIT {

    @Test
    void claimsIngestedWhileReviewIsDownArriveOnceAfterItReturns(Stack stack) {
        String ivan = stack.token("ivan");
        List<String> claimIds = new ArrayList<>();
        stack.factcheck(Duration.ofMinutes(1), "stop", "review");
        try {
            for (int i = 0; i < 3; i++) {
                String text = "The port handled " + (2 + i) + ".4 million containers in 2024, up " + (3 + i)
                        + "% on the year before, the port authority said. Ref " + UUID.randomUUID() + ".";
                claimIds.addAll(given().auth().oauth2(ivan).contentType("application/json")
                        .body(Map.of("title", "Port traffic " + i, "text", text)).post("/api/articles")
                        .then().statusCode(201).extract().jsonPath().getList("claims.id", String.class));
            }
            assertThat(claimIds).hasSizeGreaterThanOrEqualTo(3);
            // while it is down the gateway answers fast and clearly
            given().auth().oauth2(stack.token("erin")).get("/api/queue").then().statusCode(503)
                    .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        } finally {
            assertThat(stack.factcheck(Duration.ofMinutes(5), "up").exitCode()).isZero();
        }
        String erin = stack.token("erin");
        FullFlowIT.awaitInQueue(erin, claimIds);
        List<String> queued = given().auth().oauth2(erin).queryParam("size", 100).get("/api/queue")
                .then().statusCode(200).extract().jsonPath().getList("items.claimId", String.class);
        assertThat(queued.stream().filter(claimIds::contains).toList()).doesNotHaveDuplicates()
                .hasSameSizeAs(new HashSet<>(claimIds));
        for (String id : claimIds) {
            List<String> types = given().auth().oauth2(erin).get("/api/reviews/{id}/history", id)
                    .then().statusCode(200).extract().jsonPath().getList("type", String.class);
            assertThat(types.stream().filter(t -> t.equals(types.get(0))).count()).as("intake events of %s", id).isEqualTo(1);
        }
    }

    @Test
    void servicesRecoverWhenTheStoreRestartsWithoutBeingRestartedThemselves(Stack stack) {
        String ivan = stack.token("ivan");
        stack.factcheck(Duration.ofMinutes(1), "stop", "store");
        assertThat(stack.factcheck(Duration.ofMinutes(2), "up").exitCode()).isZero();

        Instant deadline = Instant.now().plusSeconds(60);
        int status;
        do {
            status = given().auth().oauth2(ivan).contentType("application/json")
                    .body(Map.of("title", "After the store restart", "text",
                            "Unemployment fell to 5.1% in March, the statistics office said. Ref " + UUID.randomUUID()))
                    .post("/api/articles").statusCode();
            if (status != 201) {
                FullFlowIT.sleep(1000);
            }
        } while (status != 201 && Instant.now().isBefore(deadline));
        assertThat(status).isEqualTo(201);
        given().auth().oauth2(stack.token("audrey")).get("/api/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void unexpiredTokensStillPassWhileKeycloakIsDownButNewLoginsFailClearly(Stack stack) {
        String alice = stack.token("alice");
        given().auth().oauth2(alice).get("/api/claims").then().statusCode(200);
        stack.factcheck(Duration.ofMinutes(1), "stop", "keycloak");
        try {
            given().auth().oauth2(alice).get("/api/claims").then().statusCode(200);
            given().auth().oauth2(alice).get("/api/queue").then().statusCode(200);

            Stack.Result login = stack.factcheck(Duration.ofSeconds(30), "token", "bob");
            assertThat(login.exitCode()).isNotZero();
            assertThat(login.output()).contains("Keycloak is not reachable");
        } finally {
            assertThat(stack.factcheck(Duration.ofMinutes(5), "up").exitCode()).isZero();
        }
        given().auth().oauth2(stack.token("bob")).get("/api/claims").then().statusCode(200);
    }
}
