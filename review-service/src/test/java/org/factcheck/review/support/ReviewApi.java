package org.factcheck.review.support;

import org.factcheck.testing.Tokens;
import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.factcheck.review.repository.EventRepository;

import com.mongodb.client.MongoClient;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Calls and data the REST tests share: the demo users' tokens, claim hand-overs, store reset. */
public final class ReviewApi {

    public static final String HANDOVER = Tokens.forUser("service-account-claims-service", "claims-handover");
    public static final String ALICE = Tokens.forUser("alice", "reviewer");
    public static final String BOB = Tokens.forUser("bob", "reviewer");
    public static final String CAROL = Tokens.forUser("carol", "reviewer");
    public static final String ERIN = Tokens.forUser("erin", "editor");
    public static final String EDDIE = Tokens.forUser("eddie", "editor", "reviewer");
    public static final String AUDREY = Tokens.forUser("audrey", "auditor");
    public static final String IVAN = Tokens.forUser("ivan", "ingest");
    public static final String ADMIN = Tokens.forUser("root", "admin");

    private ReviewApi() {
    }

    /** Empties every collection (indexes stay), so a test sees only its own claims and a fresh chain. */
    public static void reset(MongoClient client) {
        var db = client.getDatabase("review");
        for (String c : List.of("reviews", "queue", "events", "chain", "webhooks", "webhook_deliveries")) {
            db.getCollection(c).deleteMany(new Document());
        }
        Arc.container().instance(EventRepository.class).get().forgetTail();
    }

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** A quantity claim: 'the bridge cost 115 million dollars' (article on example.org). */
    public static Map<String, Object> quantityClaim(String claimId, double checkworthiness) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("claimId", claimId);
        claim.put("articleId", "art-1");
        claim.put("text", "The new bridge cost 115 million dollars, according to the city.");
        claim.put("type", "QUANTITY");
        claim.put("checkworthiness", checkworthiness);
        claim.put("quantities", List.of(Map.of("text", "115 million dollars", "value", 115000000, "unit", "USD",
                "qualifier", "EXACT")));
        claim.put("rankings", List.of());
        claim.put("time", List.of(Map.of("text", "in 2024", "from", "2024")));
        claim.put("attribution", Map.of("text", "according to the city", "source", "the city"));
        claim.put("article", Map.of("url", "https://news.example.org/bridge", "title", "Bridge opens",
                "outlet", "Example News", "publishedAt", "2026-11-20T08:00:00Z"));
        claim.put("extractedAt", "2026-11-20T09:00:00Z");
        return claim;
    }

    public static Response handOver(Map<String, Object> claim) {
        return as(HANDOVER).contentType(ContentType.JSON).body(claim).post("/internal/claims");
    }

    public static String receive(String prefix, double checkworthiness) {
        String id = newId(prefix);
        handOver(quantityClaim(id, checkworthiness)).then().statusCode(201);
        return id;
    }

    public static Response next(String token) {
        return as(token).post("/api/queue/next");
    }

    public static Map<String, Object> verdict(String rating) {
        return Map.of("rating", rating, "summary", "Checked against the city budget.",
                "sources", List.of(Map.of("url", "https://city.example.org/budget", "title", "City budget")),
                "evidence", Map.of("value", 115000000, "unit", "USD", "source", "city budget"));
    }

    public static Response submit(String token, String claimId, Map<String, Object> verdict) {
        return as(token).contentType(ContentType.JSON).body(verdict).post("/api/reviews/" + claimId + "/verdicts");
    }

    /** Receives a claim, has alice rate it and erin approve it; returns its id. */
    public static String publish(String rating) {
        String id = receive("pub", 0.5);
        next(ALICE).then().statusCode(200);
        submit(ALICE, id, verdict(rating)).then().statusCode(201);
        approve(ERIN, id).then().statusCode(200);
        return id;
    }

    public static Response approve(String token, String claimId) {
        return as(token).contentType(ContentType.JSON).body("{}").post("/api/reviews/" + claimId + "/approve");
    }
}
