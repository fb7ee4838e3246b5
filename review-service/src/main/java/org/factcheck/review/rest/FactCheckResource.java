package org.factcheck.review.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.factcheck.web.PageRequest;
import org.factcheck.review.config.ReviewConfig;
import org.factcheck.review.rest.dto.ClaimHandover;
import org.factcheck.review.service.FactCheckService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Published fact-checks, public, as schema.org ClaimReview JSON-LD; the same document as {@code application/json}
 * to a client that asks for that.
 */
@Path("/api/fact-checks")
@PermitAll
@Produces({ FactCheckResource.LD_JSON, MediaType.APPLICATION_JSON })
public class FactCheckResource {

    public static final String LD_JSON = "application/ld+json";

    private final FactCheckService service;
    private final ReviewConfig config;
    private final ObjectMapper json;

    public FactCheckResource(FactCheckService service, ReviewConfig config, ObjectMapper json) {
        this.service = service;
        this.config = config;
        this.json = json;
    }

    /** Newest first; {@code since} (ISO-8601 instant) makes it a feed of what was published since then. */
    @GET
    public Response feed(@QueryParam("since") String since, @QueryParam("page") String page,
            @QueryParam("size") String size) throws JsonProcessingException {
        PageRequest paging = PageRequest.of(page, size, 20, config.maxPageSize());
        var feed = service.feed(since(since), paging.page(), paging.size());
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("@context", "https://schema.org");
        graph.put("@graph", feed.items());
        return Response.ok(json.writeValueAsString(graph)).header("X-Total-Count", feed.total()).build();
    }

    @GET
    @Path("/{claimId}")
    public Response one(@PathParam("claimId") @Pattern(regexp = ClaimHandover.ID) String claimId)
            throws JsonProcessingException {
        return Response.ok(json.writeValueAsString(service.one(claimId))).build();
    }

    /** The {@code since} query parameter: null when absent, 400 when not an ISO-8601 instant. */
    static Instant since(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("since must be an ISO-8601 instant like 2026-01-31T00:00:00Z");
        }
    }
}
