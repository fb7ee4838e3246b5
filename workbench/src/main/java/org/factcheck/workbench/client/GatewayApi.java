package org.factcheck.workbench.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The gateway's {@code /api} as the pages use it. Every call carries the signed-in user's access token in
 * {@code authorization} ("Bearer ..."), so the gateway and the services apply that user's roles.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface GatewayApi {

    String AUTH = "Authorization";

    @GET
    @Path("/queue")
    Api.Page<Api.Review> queue(@HeaderParam(AUTH) String authorization, @QueryParam("state") String state,
            @QueryParam("desk") String desk, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** 200 with the leased claim, 204 when nothing is left for the caller. */
    @POST
    @Path("/queue/next")
    Response next(@HeaderParam(AUTH) String authorization);

    @GET
    @Path("/reviews/{id}")
    Api.Review review(@HeaderParam(AUTH) String authorization, @PathParam("id") String claimId);

    @POST
    @Path("/reviews/{id}/lease/renew")
    Api.Review renew(@HeaderParam(AUTH) String authorization, @PathParam("id") String claimId);

    @POST
    @Path("/reviews/{id}/lease/release")
    Api.Review release(@HeaderParam(AUTH) String authorization, @PathParam("id") String claimId);

    @POST
    @Path("/reviews/{id}/verdicts")
    @Consumes(MediaType.APPLICATION_JSON)
    Api.Review verdict(@HeaderParam(AUTH) String authorization, @PathParam("id") String claimId,
            Api.VerdictRequest body);

    @POST
    @Path("/reviews/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    Api.Review approve(@HeaderParam(AUTH) String authorization, @PathParam("id") String claimId, Api.Approve body);

    @POST
    @Path("/reviews/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    Api.Review returnForRework(@HeaderParam(AUTH) String authorization, @PathParam("id") String claimId,
            Api.Return body);

    @PUT
    @Path("/reviews/{id}/routing")
    @Consumes(MediaType.APPLICATION_JSON)
    Api.Review route(@HeaderParam(AUTH) String authorization, @PathParam("id") String claimId, Api.Routing body);

    @GET
    @Path("/reviews/{id}/history")
    List<Api.Event> history(@HeaderParam(AUTH) String authorization, @PathParam("id") String claimId);

    @GET
    @Path("/audit/events")
    Api.Page<Api.Event> events(@HeaderParam(AUTH) String authorization, @QueryParam("claimId") String claimId,
            @QueryParam("actor") String actor, @QueryParam("type") String type, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    /** The whole filtered log as CSV or NDJSON ({@code accept}), streamed through. */
    @GET
    @Path("/audit/events")
    @Produces({ "text/csv", "application/x-ndjson" })
    Response export(@HeaderParam(AUTH) String authorization, @HeaderParam("Accept") String accept,
            @QueryParam("claimId") String claimId, @QueryParam("actor") String actor, @QueryParam("type") String type);

    @GET
    @Path("/audit/verify")
    Api.ChainResult verify(@HeaderParam(AUTH) String authorization);

    /** Public: the published ClaimReview as JSON-LD text. */
    @GET
    @Path("/fact-checks/{id}")
    @Produces("application/ld+json")
    String factCheck(@PathParam("id") String claimId);

    @GET
    @Path("/claims/{id}")
    Api.Claim claim(@HeaderParam(AUTH) String authorization, @PathParam("id") String claimId);

    @GET
    @Path("/articles/{id}")
    Api.Article article(@HeaderParam(AUTH) String authorization, @PathParam("id") String articleId);
}
