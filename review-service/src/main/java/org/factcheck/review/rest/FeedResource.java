package org.factcheck.review.rest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.factcheck.web.PageRequest;
import org.factcheck.review.config.ReviewConfig;
import org.factcheck.review.service.FactCheckService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * Published fact-checks as a schema.org DataFeed of ClaimReview items, public, newest first. A strong ETag over
 * the page lets readers poll with If-None-Match (304 when nothing changed); Link next/prev/first/last and
 * X-Total-Count describe the paging.
 */
@Path("/api/feed")
@PermitAll
public class FeedResource {

    private final FactCheckService service;
    private final ReviewConfig config;
    private final ObjectMapper json;

    public FeedResource(FactCheckService service, ReviewConfig config, ObjectMapper json) {
        this.service = service;
        this.config = config;
        this.json = json;
    }

    @GET
    @Produces({ FactCheckResource.LD_JSON, MediaType.APPLICATION_JSON })
    public Response feed(@QueryParam("since") String since, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context Request request, @Context UriInfo uri)
            throws JsonProcessingException {
        PageRequest paging = PageRequest.of(page, size, 20, config.maxPageSize());
        var feed = service.dataFeed(FactCheckResource.since(since), paging.page(), paging.size());
        byte[] body = json.writeValueAsBytes(feed.document());
        EntityTag etag = new EntityTag(sha256(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(body);
        long last = Math.max(0, (feed.total() - 1) / paging.size());
        // one document, served as application/ld+json or application/json as asked
        response.tag(etag).cacheControl(cache).header("Vary", "Accept").header("X-Total-Count", feed.total())
                .links(link(uri, since, 0, paging.size(), "first"), link(uri, since, last, paging.size(), "last"));
        if (paging.page() < last) {
            response.links(link(uri, since, paging.page() + 1, paging.size(), "next"));
        }
        if (paging.page() > 0) {
            response.links(link(uri, since, Math.min(paging.page() - 1, last), paging.size(), "prev"));
        }
        return response.build();
    }

    /** A path-absolute link, so it resolves the same through the gateway. */
    private static Link link(UriInfo uri, String since, long page, int size, String rel) {
        UriBuilder b = UriBuilder.fromPath(uri.getPath()).queryParam("page", page).queryParam("size", size);
        if (since != null && !since.isBlank()) {
            b.queryParam("since", since.trim());
        }
        return Link.fromUriBuilder(b).rel(rel).build();
    }

    private static String sha256(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
