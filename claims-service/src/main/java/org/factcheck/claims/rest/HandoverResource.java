package org.factcheck.claims.rest;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bson.types.ObjectId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.web.PageRequest;
import org.factcheck.web.PageView;
import org.factcheck.claims.Claim;
import org.factcheck.claims.HandoverState;
import org.factcheck.claims.config.ClaimsConfig;
import org.factcheck.claims.mapping.ClaimMapper;
import org.factcheck.claims.repository.ClaimRepository;

import io.quarkus.mongodb.panache.PanacheQuery;

/** Claims the review-service refused for good, for an editor or operator (admin) to look at and put back in line. */
@Path("/api/handover")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
@Tag(name = "handover")
public class HandoverResource {

    private final ClaimRepository claims;
    private final ClaimsConfig config;

    public HandoverResource(ClaimRepository claims, ClaimsConfig config) {
        this.claims = claims;
        this.config = config;
    }

    @GET
    @Path("/failed")
    @Operation(summary = "Claims whose hand-over failed for good, with the error")
    public PageView<ClaimView> failed(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest p = PageRequest.of(page, size, config.paging().defaultSize(), config.paging().maxSize());
        PanacheQuery<Claim> query = claims.byHandoverState(HandoverState.FAILED).page(p.page(), p.size());
        return new PageView<>(query.list().stream().map(ClaimMapper::toView).toList(), p.page(), p.size(),
                query.count());
    }

    @POST
    @Path("/failed/{id}/retry")
    @Operation(summary = "Put a failed claim back in line for delivery")
    public Response retry(@PathParam("id") String id) {
        if (!ObjectId.isValid(id) || !claims.requeue(new ObjectId(id), Instant.now())) {
            throw new NotFoundException("No failed claim with id " + id);
        }
        return Response.noContent().build();
    }
}
