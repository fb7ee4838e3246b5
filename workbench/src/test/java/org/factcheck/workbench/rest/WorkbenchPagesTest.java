package org.factcheck.workbench.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Response;

import org.factcheck.workbench.client.Api;
import org.factcheck.workbench.client.GatewayApi;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ExtractableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class WorkbenchPagesTest {

    @InjectMock
    GatewayApi api;

    static Api.Review review(String id, String type, String state, double priority, Api.Lease lease) {
        return new Api.Review(id, "a1", "The budget grew by 8% to 412 million euros.", type, state, 0.8, priority, 0,
                "economy", false, 1, 1, lease, List.of(), null, Instant.now(), null, null);
    }

    static Api.Page<Api.Review> page(Api.Review... rows) {
        return new Api.Page<>(List.of(rows), 0, 50, rows.length);
    }

    @Test
    @TestSecurity(user = "alice", roles = "reviewer")
    void queueListsClaimsWithTakeNextAndTheKeyboardShortcuts() {
        when(api.queue(any(), any(), any(), any(), any())).thenReturn(page(review("c1", "QUANTITY", "QUEUED", 0.7, null)));

        given().get("/queue").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("href=\"/claims/c1\""), containsString("id=\"take-next\""),
                        containsString("<kbd>n</kbd> take next"), containsString("<kbd>r</kbd> release lease"),
                        containsString("sse-connect=\"/queue/stream\""), containsString("sse-swap=\"rows\""), containsString("/webjars/htmx.org/"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "reviewer")
    void queueFiltersByTypeAndMinimumPriorityAndPassesDeskAndStateToTheApi() {
        when(api.queue(any(), any(), any(), any(), any())).thenReturn(page(
                review("keep", "QUANTITY", "QUEUED", 0.9, null),
                review("lowpriority", "QUANTITY", "QUEUED", 0.1, null),
                review("ranking", "RANKING", "QUEUED", 0.9, null)));

        given().get("/queue/rows?type=QUANTITY&priority=0.5&desk=economy&state=RETURNED").then().statusCode(200)
                .body(allOf(containsString("/claims/keep"), not(containsString("/claims/lowpriority")),
                        not(containsString("/claims/ranking"))));
        verify(api).queue(isNull(), eq("RETURNED"), eq("economy"), eq(0), eq(50));
    }

    @Test
    @TestSecurity(user = "alice", roles = "reviewer")
    void reviewerOnEditorPageGetsA403HtmlPageNotAStackTrace() {
        given().get("/editor").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("Not for your role"), not(containsString("Exception")));
    }

    @Test
    @TestSecurity(user = "alice", roles = "reviewer")
    void reviewerOnAuditPageGetsA403HtmlPage() {
        given().get("/audit").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("Not for your role"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "reviewer")
    void aRefusalFromTheGatewayIsShownWithItsDetail() {
        when(api.review(any(), eq("c9"))).thenThrow(new ClientWebApplicationException(Response.status(409)
                .type("application/problem+json").entity("{\"status\":409,\"detail\":\"The claim is PUBLISHED.\"}")
                .build()));

        given().get("/claims/c9").then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString("The claim is PUBLISHED."));
    }

    @Test
    @TestSecurity(user = "alice", roles = "reviewer")
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        given().contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post("/queue/next").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "alice", roles = "reviewer")
    void takeNextWithTheCsrfTokenOpensTheLeasedClaim() {
        when(api.queue(any(), any(), any(), any(), any())).thenReturn(page());
        when(api.next(any())).thenReturn(Response.ok(review("c7", "QUANTITY", "ASSIGNED", 0.7,
                new Api.Lease("alice", Instant.now(), Instant.now().plusSeconds(900)))).build());
        Csrf csrf = Csrf.from(given().get("/queue").then().statusCode(200).extract());

        csrf.form()
                .post("/queue/next").then().statusCode(303)
                .header("Location", containsString("/claims/c7"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "reviewer")
    void claimPageMarksTheSentenceInItsArticleAndOffersTheVerdictFormToTheLeaseHolder() {
        Api.Review leased = review("c1", "QUANTITY", "ASSIGNED", 0.7,
                new Api.Lease("alice", Instant.now(), Instant.now().plusSeconds(900)));
        when(api.review(any(), eq("c1"))).thenReturn(leased);
        when(api.claim(any(), eq("c1"))).thenReturn(new Api.Claim("c1", "a1", 1, 10, 24, "Budget is 412m.", "QUANTITY",
                0.8, List.of("figure"), List.of(new Api.Quantity("412m", 4.12e8, "EUR", "EXACT")), List.of()));
        when(api.article(any(), eq("a1"))).thenReturn(new Api.Article("a1", "Budget day", null, "Daily",
                "Headline. Budget is 412m. Then more."));

        given().get("/claims/c1").then().statusCode(200)
                .body(containsString("Headline. <mark id=\"claim-sentence\">Budget is 412m</mark>. Then more."),
                        containsString("id=\"verdict-form\""), containsString("data-claimed=\"412000000\""), containsString("The claim says 412000000."),
                        containsString("id=\"release\""), containsString("data-until="),
                        containsString("<label for=\"evidence-value\">"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "reviewer")
    void claimPageNamesAPlaceCountedFromTheBottomAsTheTextSaysIt() {
        when(api.review(any(), eq("c1"))).thenReturn(review("c1", "RANKING", "ASSIGNED", 0.7,
                new Api.Lease("alice", Instant.now(), Instant.now().plusSeconds(900))));
        when(api.claim(any(), eq("c1"))).thenReturn(new Api.Claim("c1", "a1", 0, 0, 60,
                "The county ranks second to last and is in the bottom five.", "RANKING", 0.7, List.of(), List.of(),
                List.of(), List.of(new Api.Ranking("ranks second to last", 2, false, true),
                        new Api.Ranking("the bottom five", 5, true, true))));

        given().get("/claims/c1").then().statusCode(200)
                .body(containsString("<td>ranks second to last</td><td>second to last</td>"),
                        containsString("<td>the bottom five</td><td>bottom five</td>"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "reviewer")
    void claimPageNamesTheSizeOfTheListAPlaceIsIn() {
        when(api.review(any(), eq("c1"))).thenReturn(review("c1", "RANKING", "ASSIGNED", 0.7,
                new Api.Lease("alice", Instant.now(), Instant.now().plusSeconds(900))));
        when(api.claim(any(), eq("c1"))).thenReturn(new Api.Claim("c1", "a1", 0, 0, 81,
                "The state ranked 49th out of 50 states and is in the top 5 of 38 OECD members.", "RANKING", 0.7,
                List.of(), List.of(), List.of(), List.of(new Api.Ranking("ranked 49th", 49, false, false, 50),
                        new Api.Ranking("the top 5", 5, true, false, 38))));

        given().get("/claims/c1").then().statusCode(200)
                .body(containsString("<td>ranked 49th</td><td>49th of 50</td>"),
                        containsString("<td>the top 5</td><td>within the top five of 38</td>"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "reviewer")
    void verdictFormCarriesTheToleranceBandsAndTheFiguresQualifierForTheLiveSuggestedRating() {
        when(api.review(any(), eq("c1"))).thenReturn(review("c1", "QUANTITY", "ASSIGNED", 0.7,
                new Api.Lease("alice", Instant.now(), Instant.now().plusSeconds(900))));
        when(api.claim(any(), eq("c1"))).thenReturn(new Api.Claim("c1", "a1", 0, 0, 14, "Over 400 people.", "QUANTITY",
                0.8, List.of(), List.of(new Api.Quantity("over 400", 400.0, null, "MORE_THAN")), List.of()));

        given().get("/claims/c1").then().statusCode(200)
                .body(containsString("data-qualifier=\"MORE_THAN\""),
                        containsString("data-bands=\"1:TRUE,5:MOSTLY_TRUE,15:HALF_TRUE,30:MOSTLY_FALSE\" data-beyond=\"FALSE\""),
                        containsString("<p id=\"suggestion\" aria-live=\"polite\">"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "reviewer")
    void aVerdictFormBecomesTheApisVerdictRequest() {
        when(api.queue(any(), any(), any(), any(), any())).thenReturn(page());
        Csrf csrf = Csrf.from(given().get("/queue").then().statusCode(200).extract());

        csrf.form()
                .formParam("rating", "MOSTLY_TRUE").formParam("summary", "Budget tables confirm it.")
                .formParam("sourceUrl", "https://city.example.org/budget").formParam("sourceTitle", "Budget")
                .formParam("sourceUrl", "").formParam("sourceTitle", "")
                .formParam("evidenceValue", "400,000,000").formParam("evidenceUnit", "EUR")
                .post("/claims/c1/verdict").then().statusCode(303)
                .header("Location", containsString("/claims/c1?notice=submitted"));

        ArgumentCaptor<Api.VerdictRequest> body = ArgumentCaptor.forClass(Api.VerdictRequest.class);
        verify(api).verdict(any(), eq("c1"), body.capture());
        org.assertj.core.api.Assertions.assertThat(body.getValue()).isEqualTo(new Api.VerdictRequest("MOSTLY_TRUE",
                "Budget tables confirm it.", List.of(new Api.Source("https://city.example.org/budget", "Budget", null)),
                new Api.Evidence(4.0e8, "EUR", null)));
    }

    @Test
    @TestSecurity(user = "erin", roles = "editor")
    void editorSeesThePublishedClaimReview() {
        Api.Review published = new Api.Review("c1", "a1", "The budget grew.", "QUANTITY", "PUBLISHED", 0.8, 0.7, 0,
                null, false, 1, 1, null, List.of(), null, Instant.now(), Instant.now(), "MOSTLY_TRUE");
        when(api.review(any(), eq("c1"))).thenReturn(published);
        when(api.factCheck("c1")).thenReturn("{\"@type\":\"ClaimReview\"}");

        given().get("/editor/claims/c1").then().statusCode(200)
                .body(containsString("Published ClaimReview"), containsString("&quot;@type&quot; : &quot;ClaimReview&quot;"),
                        not(containsString("id=\"approve\"")));
    }

    /** The editor's page of a queued claim c1 (desk economy), and the CSRF token of its routing form. */
    Csrf editorOpensQueuedClaimC1() {
        when(api.review(any(), eq("c1"))).thenReturn(review("c1", "QUANTITY", "QUEUED", 0.7, null));
        return Csrf.from(given().get("/editor/claims/c1").then().statusCode(200)
                .body(containsString("id=\"routing-form\""), containsString("<label for=\"desk\">"),
                        containsString("value=\"economy\""))
                .extract());
    }

    @Test
    @TestSecurity(user = "erin", roles = "editor")
    void editorRoutesAClaimToADeskWithPriorityAndHighStakes() {
        Csrf csrf = editorOpensQueuedClaimC1();

        csrf.form()
                .formParam("priorityBoost", "2.5").formParam("desk", " politics ").formParam("highStakes", "on")
                .post("/editor/claims/c1/routing").then().statusCode(303)
                .header("Location", containsString("/editor/claims/c1?notice=routed"));

        verify(api).route(any(), eq("c1"), eq(new Api.Routing(2.5, "politics", true)));
    }

    @Test
    @TestSecurity(user = "erin", roles = "editor")
    void clearingTheDeskAndTheHighStakesBoxUnpinsAndLeavesABlankBoostAlone() {
        Csrf csrf = editorOpensQueuedClaimC1();

        csrf.form()
                .formParam("priorityBoost", "").formParam("desk", "")
                .post("/editor/claims/c1/routing").then().statusCode(303);

        verify(api).route(any(), eq("c1"), eq(new Api.Routing(null, "", false)));
    }

    @Test
    @TestSecurity(user = "erin", roles = "editor")
    void aRoutingTheApiRefusesIsShownAsTheProblemPage() {
        when(api.route(any(), eq("c1"), any())).thenThrow(new ClientWebApplicationException(Response.status(409)
                .type("application/problem+json")
                .entity("{\"status\":409,\"detail\":\"claim already has more verdicts than that needs\"}").build()));
        Csrf csrf = editorOpensQueuedClaimC1();

        csrf.form()
                .formParam("priorityBoost", "1").formParam("desk", "economy")
                .post("/editor/claims/c1/routing").then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString("Not possible now"), containsString("claim already has more verdicts than that needs"));
    }

    @Test
    @TestSecurity(user = "erin", roles = "editor")
    void aPriorityBoostThatIsNotANumberIsRefusedWithoutCallingTheApi() {
        Csrf csrf = editorOpensQueuedClaimC1();

        csrf.form()
                .formParam("priorityBoost", "NaN").formParam("desk", "economy")
                .post("/editor/claims/c1/routing").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("The priority boost must be a number."));
        verify(api, never()).route(any(), any(), any());
    }

    @Test
    @TestSecurity(user = "erin", roles = "editor")
    void aPublishedClaimOffersNoRoutingForm() {
        Api.Review published = new Api.Review("c1", "a1", "The budget grew.", "QUANTITY", "PUBLISHED", 0.8, 0.7, 0,
                null, false, 1, 1, null, List.of(), null, Instant.now(), Instant.now(), "MOSTLY_TRUE");
        when(api.review(any(), eq("c1"))).thenReturn(published);

        given().get("/editor/claims/c1").then().statusCode(200).body(not(containsString("id=\"routing-form\"")));
    }

    @Test
    @TestSecurity(user = "alice", roles = "reviewer")
    void aReviewerCannotPostARouting() {
        when(api.queue(any(), any(), any(), any(), any())).thenReturn(page());
        Csrf csrf = Csrf.from(given().get("/queue").then().statusCode(200).extract());

        csrf.form()
                .formParam("desk", "economy")
                .post("/editor/claims/c1/routing").then().statusCode(403).contentType(containsString("text/html"));
        verify(api, never()).route(any(), any(), any());
    }

    @Test
    @TestSecurity(user = "audrey", roles = "auditor")
    void auditorSeesTheChainResultTheLogAndExportLinks() {
        when(api.verify(any())).thenReturn(new Api.ChainResult(true, 12, null));
        when(api.events(any(), any(), any(), any(), any(), any())).thenReturn(new Api.Page<>(List.of(
                new Api.Event(1, "c1", "claim.received", "claims-service", "2026-01-01T00:00:00Z", null, "0", "abcdef0123456789")),
                0, 50, 1));

        given().get("/audit").then().statusCode(200)
                .body(containsString("Chain valid: 12 events"), containsString("/audit/export?format=csv"),
                        containsString("/audit/export?format=ndjson"), containsString("href=\"/audit/claims/c1\""));
    }

    @Test
    @TestSecurity(user = "audrey", roles = "auditor")
    void exportStreamsTheGatewaysCsvAsADownload() {
        when(api.export(any(), eq("text/csv"), any(), any(), any()))
                .thenReturn(Response.ok("seq,at\n1,x\n".getBytes()).build());

        given().get("/audit/export?format=csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("events.csv"))
                .body(equalTo("seq,at\n1,x\n"));
    }

    @Test
    @TestSecurity(user = "audrey", roles = "auditor")
    void startPageSendsEachUserToTheirRolesPage() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", containsString("/audit"));
    }

    @Test
    void htmxAndItsSseExtensionAreServedFromTheirWebjarsWithoutSignIn() {
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        given().get("/webjars/htmx-ext-sse/sse.js").then().statusCode(200);
        given().get("/static/workbench.js").then().statusCode(200);
    }

    /** The CSRF cookie and hidden field of a rendered form. */
    record Csrf(String cookieName, String cookie, String field, String token) {

        static Csrf from(ExtractableResponse<io.restassured.response.Response> page) {
            Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">").matcher(page.asString());
            if (!m.find()) {
                throw new AssertionError("no CSRF field in the page");
            }
            return new Csrf("wb-csrf", page.cookie("wb-csrf"), m.group(1), m.group(2));
        }

        /** A form post that carries this token, redirects not followed. */
        RequestSpecification form() {
            return given().redirects().follow(false).cookie(cookieName, cookie)
                    .contentType("application/x-www-form-urlencoded").formParam(field, token);
        }
    }

}
