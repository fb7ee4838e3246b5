package org.factcheck.claims.rest;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.web.PageView;
import org.factcheck.claims.config.ClaimsConfig;
import org.factcheck.claims.mapping.ClaimMapper;
import org.factcheck.claims.service.ClaimService;


/** Claims the review-service refused for good, for an editor or operator (admin) to look at and put back in line. */
@Path("/api/handover")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
@Tag(name = "handover")
public class HandoverResource {

    private final ClaimService claims;
    private final ClaimsConfig config;
    private final Clock clock;

    public HandoverResource(ClaimService claims, ClaimsConfig config, Clock clock) {
        this.claims = claims;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @Path("/failed")
    @Operation(summary = "Claims whose hand-over failed for good, with the error")
    public PageView<ClaimView> failed(@QueryParam("page") String page, @QueryParam("size") String size) {
        return claims.failedHandovers(config.paging().of(page, size)).map(ClaimMapper::toView);
    }

    @POST
    @Path("/failed/{id}/retry")
    @Operation(summary = "Put a failed claim back in line for delivery")
    public Response retry(@PathParam("id") String id) {
        claims.requeue(id, clock.instant());
        return Response.noContent().build();
    }
}
