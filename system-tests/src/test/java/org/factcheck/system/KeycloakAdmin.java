package org.factcheck.system;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Keycloak's admin REST API with the local bootstrap admin, for set-ups a test needs and the demo realm lacks. */
final class KeycloakAdmin {

    private final Stack stack;

    KeycloakAdmin(Stack stack) {
        this.stack = stack;
    }

    private String adminToken() {
        return given().baseUri("http://localhost").port(stack.keycloakPort()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post("/realms/master/protocol/openid-connect/token").jsonPath().getString("access_token");
    }

    /** Creates a public client whose access tokens live {@code seconds} and carry the API audience. */
    String shortLivedClient(int seconds) {
        String clientId = "short-lived-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> audience = Map.of("name", "audience", "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.client.audience", "factcheck-api", "access.token.claim", "true"));
        Map<String, Object> client = Map.of("clientId", clientId, "publicClient", true, "enabled", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                "attributes", Map.of("access.token.lifespan", String.valueOf(seconds)),
                "protocolMappers", List.of(audience));
        given().baseUri("http://localhost").port(stack.keycloakPort()).auth().oauth2(adminToken())
                .contentType("application/json").body(client)
                .post("/admin/realms/factcheck/clients")
                .then().statusCode(201);
        return clientId;
    }
}
