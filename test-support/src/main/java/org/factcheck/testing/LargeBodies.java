package org.factcheck.testing;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

/**
 * REST Assured for bodies the server refuses unread (413): the client sends {@code Expect: 100-continue} and waits
 * for the go-ahead, so a refusal that arrives early never meets a half-written body (a "Broken pipe" in the test).
 */
public final class LargeBodies {

    private LargeBodies() {
    }

    public static RestAssuredConfig expectContinue() {
        return RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig().setParam("http.protocol.expect-continue", true));
    }
}
