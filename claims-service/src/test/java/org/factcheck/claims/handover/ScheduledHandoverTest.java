package org.factcheck.claims.handover;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.factcheck.testing.InMemoryMongoResource;
import org.factcheck.claims.support.InjectReviewService;
import org.factcheck.claims.support.ReviewServiceMock;
import org.factcheck.claims.support.SenderOnProfile;
import org.factcheck.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * The scheduler itself, switched on (black box, through the API): a submitted article's claims reach the
 * review-service on their own, through an outage, once each; health shows the backlog meanwhile.
 */
@QuarkusTest
@TestProfile(SenderOnProfile.class)
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ReviewServiceMock.class)
class ScheduledHandoverTest {

    @InjectReviewService
    WireMockServer review;

    @Test
    void submittedClaimsReachTheReviewServiceOnTheirOwnOnceEach() {
        ReviewServiceMock.answer(review, 503);
        String token = Tokens.forUser("ivan", "ingest");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).header("X-Request-Id", "req-sched")
                .body(Map.of("title", "Buses", "text", "The city spent 4.2 million euros on new buses in 2023, "
                        + "officials said. Ticket sales rose 12 percent, according to the operator. Ref "
                        + UUID.randomUUID() + "."))
                .when().post("/api/articles")
                .then().statusCode(201)
                .extract().path("id");

        await().atMost(Duration.ofSeconds(30)).until(() -> claims(token, id).stream()
                .anyMatch(c -> ((Map<?, ?>) c.get("handover")).get("attempts") instanceof Integer n && n >= 2));
        given().when().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'handover backlog' }.data.pending", greaterThanOrEqualTo(1));

        ReviewServiceMock.acceptAll(review);
        await().atMost(Duration.ofSeconds(30)).until(() -> claims(token, id).stream()
                .allMatch(c -> "DELIVERED".equals(((Map<?, ?>) c.get("handover")).get("state"))));
        List<Map<String, Object>> delivered = claims(token, id);
        assertThat(delivered).isNotEmpty();
        for (Map<String, Object> claim : delivered) {
            assertThat(ReviewServiceMock.requestsFor(review, (String) claim.get("id")))
                    .hasSize(1)
                    .allSatisfy(r -> assertThat(r.getHeader("X-Request-Id")).isEqualTo("req-sched"));
        }
    }

    private static List<Map<String, Object>> claims(String token, String articleId) {
        return given().auth().oauth2(token).when().get("/api/articles/" + articleId + "/claims?size=100")
                .then().statusCode(200).extract().path("items");
    }
}
