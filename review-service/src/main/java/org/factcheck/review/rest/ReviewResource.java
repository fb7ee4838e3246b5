package org.factcheck.review.rest;

import java.util.List;

import org.factcheck.review.Review;
import org.factcheck.review.mapping.ReviewMapper;
import org.factcheck.review.rest.dto.ClaimHandover;
import org.factcheck.review.rest.dto.DecisionRequests;
import org.factcheck.review.rest.dto.ReviewView;
import org.factcheck.review.rest.dto.VerdictRequest;
import org.factcheck.review.service.AuditService;
import org.factcheck.review.service.ReviewService;
import org.factcheck.review.workflow.ChainedEvent;
import org.factcheck.review.workflow.Evidence;
import org.factcheck.review.workflow.Source;
import org.factcheck.review.workflow.Workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** One claim's review: leases, verdicts, the editor's decisions and the claim's history. */
@Path("/api/reviews/{claimId}")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewService service;
    private final AuditService audit;
    private final ReviewMapper mapper;
    private final CurrentUser user;

    public ReviewResource(ReviewService service, AuditService audit, ReviewMapper mapper, CurrentUser user) {
        this.service = service;
        this.audit = audit;
        this.mapper = mapper;
        this.user = user;
    }

    @GET
    @RolesAllowed({ Roles.REVIEWER, Roles.EDITOR, Roles.AUDITOR, Roles.ADMIN })
    public ReviewView get(@PathParam("claimId") @Pattern(regexp = ClaimHandover.ID) String claimId) {
        return view(service.get(claimId));
    }

    @POST
    @Path("/lease/renew")
    @RolesAllowed(Roles.REVIEWER)
    public ReviewView renew(@PathParam("claimId") @Pattern(regexp = ClaimHandover.ID) String claimId) {
        return view(service.renew(claimId, user.name()));
    }

    @POST
    @Path("/lease/release")
    @RolesAllowed(Roles.REVIEWER)
    public ReviewView release(@PathParam("claimId") @Pattern(regexp = ClaimHandover.ID) String claimId) {
        return view(service.release(claimId, user.name()));
    }

    /** By the lease holder only; 201 with the claim, whose last verdict carries deviation and suggestion. */
    @POST
    @Path("/verdicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    public Response submitVerdict(@PathParam("claimId") @Pattern(regexp = ClaimHandover.ID) String claimId,
            @Valid @NotNull VerdictRequest body) {
        List<Source> sources = body.sources().stream().map(s -> new Source(s.url(), s.title(), s.accessedAt()))
                .toList();
        Evidence evidence = body.evidence() == null ? null
                : new Evidence(body.evidence().value(), body.evidence().unit(), body.evidence().source());
        Review r = service.submitVerdict(claimId, user.name(),
                new Workflow.VerdictInput(body.rating(), body.summary(), sources, evidence));
        return Response.status(Response.Status.CREATED).entity(view(r)).build();
    }

    /** Four-eyes: refused with 403 to anyone who wrote a verdict on the claim. Publishes the fact-check. */
    @POST
    @Path("/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    public ReviewView approve(@PathParam("claimId") @Pattern(regexp = ClaimHandover.ID) String claimId,
            @Valid DecisionRequests.Approve body) {
        var b = body == null ? new DecisionRequests.Approve(null, null) : body;
        return view(service.approve(claimId, user.name(), b.rating(), b.note()));
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    public ReviewView returnForRework(@PathParam("claimId") @Pattern(regexp = ClaimHandover.ID) String claimId,
            @Valid @NotNull DecisionRequests.Return body) {
        return view(service.returnForRework(claimId, user.name(), body.reason()));
    }

    @POST
    @Path("/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    public ReviewView dismiss(@PathParam("claimId") @Pattern(regexp = ClaimHandover.ID) String claimId,
            @Valid DecisionRequests.Dismiss body) {
        return view(service.dismiss(claimId, user.name(), body == null ? null : body.reason()));
    }

    /** Priority boost, desk pin and high-stakes flag. */
    @PUT
    @Path("/routing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    public ReviewView route(@PathParam("claimId") @Pattern(regexp = ClaimHandover.ID) String claimId,
            @Valid @NotNull DecisionRequests.Routing body) {
        return view(service.route(claimId, user.name(),
                new Workflow.Routing(body.priorityBoost(), body.desk(), body.highStakes())));
    }

    /** Every event of the claim, in order, with actors and hashes. */
    @GET
    @Path("/history")
    @RolesAllowed({ Roles.AUDITOR, Roles.EDITOR, Roles.ADMIN })
    public List<ChainedEvent> history(@PathParam("claimId") @Pattern(regexp = ClaimHandover.ID) String claimId) {
        return audit.history(claimId);
    }

    private ReviewView view(Review r) {
        return mapper.toView(r, user.name(), user.seesAllVerdicts(), true);
    }
}
