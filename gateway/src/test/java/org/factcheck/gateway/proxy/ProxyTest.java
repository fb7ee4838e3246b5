package org.factcheck.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.factcheck.gateway.support.Backends;
import org.factcheck.gateway.support.FakeBackends;
import org.factcheck.testing.Tokens;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class ProxyTest {

    @Test
    void tokenReachesOwningServiceUnchangedAndItsAnswerComesBack() {
        String token = Tokens.forUser("alice", "reviewer");
        Response response = given().auth().oauth2(token)
                .get("/api/reviews/42?page=1");
        response.then().statusCode(200)
                .body("service", equalTo("review"))
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/reviews/42?page=1"))
                .body("authorization", equalTo("Bearer " + token));
    }

    @Test
    void pagesOutsideApiGoToTheFrontEndWithForwardingHeadersAndKeepItsPolicy() {
        Response response = given().get("/queue/rows?desk=economy");
        response.then().statusCode(200)
                .header("Content-Security-Policy", equalTo(FakeBackends.FRONT_POLICY))
                .header("Referrer-Policy", equalTo("same-origin"))
                .body("service", equalTo("front"))
                .body("uri", equalTo("/queue/rows?desk=economy"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", matchesPattern("localhost:\\d+"));
        given().get("/").then().statusCode(200).body("service", equalTo("front"));
    }

    @Test
    void apiAnswersKeepTheGatewaysStrictPolicy() {
        given().auth().oauth2(Tokens.forUser("alice", "reviewer")).get("/api/reviews/42")
                .then().statusCode(200).header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    @Test
    void articlesGoToClaimsService() {
        given().auth().oauth2(Tokens.forUser("ivan", "ingest"))
                .contentType("application/json").body("{\"title\":\"t\"}")
                .post("/api/articles")
                .then().statusCode(200)
                .body("service", equalTo("claims"))
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(13));
    }

    @Test
    void noTokenIsRefusedWith401ProblemAndServiceNeverCalled() {
        String id = Backends.newRequestId();
        given().header("X-Request-Id", id)
                .get("/api/reviews")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/reviews"));
        assertThat(Backends.saw("review", id)).isFalse();
    }

    @Test
    void wrongRoleIsRefusedWith403ProblemAndServiceNeverCalled() {
        String id = Backends.newRequestId();
        given().auth().oauth2(Tokens.forUser("audrey", "auditor")).header("X-Request-Id", id)
                .post("/api/queue/next")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Forbidden"));
        assertThat(Backends.saw("review", id)).isFalse();
    }

    @Test
    void publishedFactChecksNeedNoToken() {
        given().get("/api/fact-checks/7")
                .then().statusCode(200)
                .body("service", equalTo("review"))
                .body("authorization", nullValue());
    }

    @Test
    void feedNeedsNoTokenAndItsConditionalRequestsPassBothWays() {
        given().header("If-None-Match", "\"abc\"").get("/api/feed?page=1&size=5")
                .then().statusCode(200)
                .body("service", equalTo("review"))
                .body("uri", equalTo("/api/feed?page=1&size=5"))
                .body("authorization", nullValue())
                .body("headers.'if-none-match'", equalTo("\"abc\""));
        given().get("/api/feed/status/304").then().statusCode(304);
        given().contentType("application/json").body("{}").post("/api/feed").then().statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void webhookAdministrationIsForAdminsOnly() {
        String admin = Tokens.forUser("root", "admin");
        given().auth().oauth2(admin).contentType("application/json").body("{}").post("/api/webhooks")
                .then().statusCode(200).body("service", equalTo("review")).body("uri", equalTo("/api/webhooks"));
        given().auth().oauth2(admin).delete("/api/webhooks/7").then().statusCode(200).body("method", equalTo("DELETE"));
        String id = Backends.newRequestId();
        given().auth().oauth2(Tokens.forUser("erin", "editor")).header("X-Request-Id", id).get("/api/webhooks")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/webhooks").then().statusCode(401).contentType("application/problem+json");
        assertThat(Backends.saw("review", id)).isFalse();
    }

    @Test
    void internalPathsAre404EvenForAdmins() {
        String id = Backends.newRequestId();
        given().auth().oauth2(Tokens.forUser("root", "admin", "editor", "reviewer", "ingest", "auditor"))
                .header("X-Request-Id", id)
                .post("/internal/claims")
                .then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(Backends.saw("review", id)).isFalse();
        assertThat(Backends.saw("claims", id)).isFalse();
    }

    @Test
    void unknownPathsAre404Problems() {
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        given().get("/somewhere/else").then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/somewhere/else"));
    }

    @Test
    void dotSegmentsLeadingOutOfARouteEndOnTheHiddenPrefix() {
        String id = Backends.newRequestId();
        given().urlEncodingEnabled(false).header("X-Request-Id", id)
                .get("/api/fact-checks/%2e%2e/%2e%2e/internal/claims")
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(Backends.saw("review", id)).isFalse();
    }

    @Test
    void pathsNotInNormalFormAreRefused() {
        String id = Backends.newRequestId();
        given().urlEncodingEnabled(false).header("X-Request-Id", id)
                .get("/api/fact-checks/x/%2e%2e/1")
                .then().statusCode(400).contentType("application/problem+json");
        given().urlEncodingEnabled(false).header("X-Request-Id", id)
                .get("/api/fact-checks/..%2F..%2Finternal%2Fclaims")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(Backends.saw("review", id)).isFalse();
    }

    @Test
    void unroutedMethodIs405WithAllow() {
        given().auth().oauth2(Tokens.forUser("audrey", "auditor"))
                .delete("/api/audit/1")
                .then().statusCode(405)
                .header("Allow", "GET, HEAD")
                .contentType("application/problem+json");
    }

    @Test
    void wellFormedRequestIdIsKeptPassedDownstreamAndReturned() {
        String id = Backends.newRequestId();
        given().header("X-Request-Id", id).get("/api/fact-checks")
                .then().statusCode(200)
                .header("X-Request-Id", id)
                .body("requestId", equalTo(id));
    }

    @Test
    void missingRequestIdIsGenerated() {
        Response response = given().get("/api/fact-checks");
        String returned = response.header("X-Request-Id");
        assertThat(returned).matches("[0-9a-f-]{36}");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(returned);
    }

    @Test
    void malformedRequestIdIsReplaced() {
        given().header("X-Request-Id", "bad id\u0001<script>")
                .get("/api/fact-checks")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "short").get("/api/fact-checks")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void requestIdIsOnGatewayAnswersToo() {
        String id = Backends.newRequestId();
        given().header("X-Request-Id", id).get("/api/claims").then().statusCode(401).header("X-Request-Id", id);
    }

    @Test
    void requestIdIsInTheLoggingContext() throws InterruptedException {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    logged.add(ext.getMdc("requestId"));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(AccessLog.CATEGORY);
        logger.addHandler(capture);
        try {
            String id = Backends.newRequestId();
            given().header("X-Request-Id", id).get("/api/fact-checks").then().statusCode(200);
            // the access line is queued once the response has been sent and written within the next flush
            for (int i = 0; i < 100 && !logged.contains(id); i++) {
                Thread.sleep(20);
            }
            assertThat(logged).contains(id);
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void forwardingHeadersAreSetAndHopByHopHeadersStripped() {
        given().header("X-Forwarded-For", "6.6.6.6").header("Connection", "keep-alive, X-Secret-Hop")
                .header("X-Secret-Hop", "do-not-forward")
                .get("/api/fact-checks")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", matchesPattern("localhost:\\d+"))
                .body("headers.x-secret-hop", nullValue())
                .header("X-Backend-Hop", nullValue());
    }
}
