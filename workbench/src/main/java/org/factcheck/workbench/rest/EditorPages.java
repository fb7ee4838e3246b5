package org.factcheck.workbench.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factcheck.workbench.client.Api;
import org.factcheck.workbench.client.GatewayApi;
import org.factcheck.workbench.config.WorkbenchConfig;
import org.jboss.resteasy.reactive.RestForm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The editor's desk: claims awaiting approval, approve or return with a note, the published ClaimReview. */
@Path("/editor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
public class EditorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance awaiting(CurrentUser.Viewer viewer, List<Api.Review> rows, long total,
                String notice);

        static native TemplateInstance decide(CurrentUser.Viewer viewer, Api.Review review,
                String claimReview, String notice);
    }

    private final GatewayApi api;
    private final CurrentUser user;
    private final WorkbenchConfig config;
    private final ObjectMapper json;

    public EditorPages(GatewayApi api, CurrentUser user, WorkbenchConfig config, ObjectMapper json) {
        this.api = api;
        this.user = user;
        this.config = config;
        this.json = json;
    }

    @GET
    public TemplateInstance awaiting(@QueryParam("notice") String notice) {
        Api.Page<Api.Review> page = api.queue(user.bearer(), "AWAITING_APPROVAL,ESCALATED", null, 0, config.pageSize());
        return Templates.awaiting(user.viewer(), page.items(), page.total(), notice);
    }

    @GET
    @Path("claims/{id}")
    public TemplateInstance decide(@PathParam("id") String claimId, @QueryParam("notice") String notice) {
        Api.Review review = api.review(user.bearer(), claimId);
        Optional<String> claimReview = review.published()
                ? ReviewerPages.optional(() -> indented(api.factCheck(claimId)))
                : Optional.empty();
        return Templates.decide(user.viewer(), review, claimReview.orElse(null), notice);
    }

    /** The JSON-LD as published, indented for reading. */
    private String indented(String jsonLd) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(jsonLd));
        } catch (JsonProcessingException e) {
            return jsonLd;
        }
    }

    @POST
    @Path("claims/{id}/approve")
    public Response approve(@PathParam("id") String claimId, @RestForm String note) {
        api.approve(user.bearer(), claimId, new Api.Approve(null, note == null || note.isBlank() ? null : note.trim()));
        return Response.seeOther(URI.create("/editor/claims/" + claimId + "?notice=published")).build();
    }

    /** Priority boost, desk pin (empty unpins) and high-stakes, as the editor's token allows. */
    @POST
    @Path("claims/{id}/routing")
    public Response route(@PathParam("id") String claimId, @RestForm String priorityBoost, @RestForm String desk,
            @RestForm String highStakes) {
        // the form sends every field: an empty desk unpins, an unticked box clears high-stakes
        api.route(user.bearer(), claimId, new Api.Routing(boost(priorityBoost), desk == null ? "" : desk.trim(),
                highStakes != null));
        return Response.seeOther(URI.create("/editor/claims/" + claimId + "?notice=routed")).build();
    }

    /** Blank leaves the boost alone; anything else must be a number (the API checks the range). */
    private static Double boost(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double boost = Double.parseDouble(value.trim());
            if (Double.isFinite(boost)) {
                return boost;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new WebApplicationException(Response.status(400).entity("The priority boost must be a number.").build());
    }

    @POST
    @Path("claims/{id}/return")
    public Response returnForRework(@PathParam("id") String claimId, @RestForm String reason) {
        api.returnForRework(user.bearer(), claimId, new Api.Return(reason));
        return Response.seeOther(URI.create("/editor?notice=returned")).build();
    }
}
