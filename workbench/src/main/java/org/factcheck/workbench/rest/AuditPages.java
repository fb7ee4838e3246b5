package org.factcheck.workbench.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factcheck.workbench.client.Api;
import org.factcheck.workbench.client.GatewayApi;
import org.factcheck.workbench.config.WorkbenchConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The auditor's view: the chain check, the event log with filters and exports, one claim's history. */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.AUDITOR)
public class AuditPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(CurrentUser.Viewer viewer, Api.ChainResult chain, EventFilter filter,
                List<Api.Event> events, long total);

        static native TemplateInstance history(CurrentUser.Viewer viewer, String claimId, Api.Review review,
                List<Api.Event> events);
    }

    private final GatewayApi api;
    private final CurrentUser user;
    private final WorkbenchConfig config;

    public AuditPages(GatewayApi api, CurrentUser user, WorkbenchConfig config) {
        this.api = api;
        this.user = user;
        this.config = config;
    }

    @GET
    public TemplateInstance log(@QueryParam("claimId") String claimId, @QueryParam("actor") String actor,
            @QueryParam("type") String type) {
        EventFilter filter = EventFilter.of(claimId, actor, type);
        Api.ChainResult chain = api.verify(user.bearer());
        Api.Page<Api.Event> page = api.events(user.bearer(), filter.claimId(), filter.actor(), filter.type(), 0,
                config.pageSize());
        return Templates.log(user.viewer(), chain, filter, page.items(), page.total());
    }

    @GET
    @Path("claims/{id}")
    public TemplateInstance history(@PathParam("id") String claimId) {
        Api.Review review = api.review(user.bearer(), claimId);
        return Templates.history(user.viewer(), claimId, review, api.history(user.bearer(), claimId));
    }

    /** The filtered log as a download; {@code format} is csv or ndjson. */
    @GET
    @Path("export")
    @Produces({ "text/csv", "application/x-ndjson" })
    public Response export(@QueryParam("format") String format, @QueryParam("claimId") String claimId,
            @QueryParam("actor") String actor, @QueryParam("type") String type) {
        boolean csv = !"ndjson".equalsIgnoreCase(format);
        EventFilter filter = EventFilter.of(claimId, actor, type);
        String accept = csv ? "text/csv" : "application/x-ndjson";
        Response upstream = api.export(user.bearer(), accept, filter.claimId(), filter.actor(), filter.type());
        byte[] body = upstream.readEntity(byte[].class);
        return Response.ok(body, csv ? "text/csv; charset=UTF-8" : accept)
                .header("Content-Disposition", "attachment; filename=events." + (csv ? "csv" : "ndjson"))
                .build();
    }

    public record EventFilter(String claimId, String actor, String type) {

        static EventFilter of(String claimId, String actor, String type) {
            return new EventFilter(clean(claimId), clean(actor), clean(type));
        }

        private static String clean(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }

        /** The filters as query parameters for the export links. */
        public String query() {
            return new QueryString("&").add("claimId", claimId).add("actor", actor).add("type", type).toString();
        }
    }
}
