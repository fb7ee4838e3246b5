package org.factcheck.review.rest;

import java.net.URI;

import org.factcheck.review.rest.dto.ClaimHandover;
import org.factcheck.review.service.ReviewService;
import org.factcheck.review.workflow.EventData;
import org.factcheck.review.workflow.ReviewStatus;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Hand-over from the claims-service (its client-credentials token carries the claims-handover role). */
@Path("/internal/claims")
@RolesAllowed(Roles.CLAIMS_HANDOVER)
public class IntakeResource {

    /** What the claims-service gets back: 201 the first time, 200 on a repeat. */
    public record Ack(String claimId, ReviewStatus state, boolean created) {
    }

    private final ReviewService service;
    private final CurrentUser user;

    public IntakeResource(ReviewService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@Valid @NotNull ClaimHandover claim) {
        var intake = service.receive(claim.claimId(), claim.articleId(), claim.text(), claim.type().name(),
                claim.checkworthiness(), EventData.toMap(claim), user.name());
        var ack = new Ack(claim.claimId(), intake.review().state.status, intake.created());
        return Response.status(intake.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(URI.create("/api/reviews/" + claim.claimId())).entity(ack).build();
    }
}
