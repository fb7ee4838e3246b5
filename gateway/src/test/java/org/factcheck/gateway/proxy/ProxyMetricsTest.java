package org.factcheck.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.factcheck.gateway.support.FakeBackends;
import org.factcheck.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class ProxyMetricsTest {

    @Test
    void forwardedRequestsAreCountedByTheirRouteNotByEveryId() {
        String token = Tokens.forUser("alice", "reviewer");
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        given().auth().oauth2(token).get("/api/reviews").then().statusCode(200);
        given().auth().oauth2(token).get("/api/reviews/" + first).then().statusCode(200);
        given().auth().oauth2(token).get("/api/reviews/" + second + "/history").then().statusCode(200);
        given().get("/claims/" + first).then().statusCode(200);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("uri=\"/api/reviews\"")
                .contains("uri=\"/api/reviews/{path}\"")
                .contains("uri=\"/claims/{path}\"")
                .doesNotContain(first)
                .doesNotContain(second);
    }
}
