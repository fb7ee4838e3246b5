package org.factcheck.gateway.support;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

/** Questions to the fake services, asked directly (not through the gateway). */
public final class Backends {

    private Backends() {
    }

    public static String url(String service) {
        return ConfigProvider.getConfig().getValue("factcheck.gateway.services." + service + ".url", String.class);
    }

    /** Whether the service received a request carrying this X-Request-Id. */
    public static boolean saw(String service, String requestId) {
        return given().baseUri(url(service)).get("/__fake/seen/" + requestId).statusCode() == 200;
    }

    /** A fresh, well-formed request id, so each test can tell its own request apart. */
    public static String newRequestId() {
        return "test-" + UUID.randomUUID();
    }
}
