package org.factcheck.workbench.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * Failures as HTML pages, never a stack trace: a role the page needs (403), and whatever the gateway answered
 * (its problem detail is shown). Ranked before the shared problem+json mappers, which answer JSON clients.
 */
public class ErrorPages {

    private static final int FIRST = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(CurrentUser.Viewer viewer, int status, String title, String detail);
    }

    private final CurrentUser user;
    private final ObjectMapper json;

    public ErrorPages(CurrentUser user, ObjectMapper json) {
        this.user = user;
        this.json = json;
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e) {
        return page(403, "Not for your role", "This page is for another role. Your roles do not allow it.");
    }

    /** What the gateway answered to the page's API call. */
    @ServerExceptionMapper(priority = FIRST)
    public Response api(ClientWebApplicationException e) {
        int status = e.getResponse() == null ? 502 : e.getResponse().getStatus();
        String detail = detail(e.getResponse());
        Log.debugf("gateway answered %d: %s", status, detail);
        return switch (status) {
            case 401 -> page(401, "Signed out", "Your session has ended. Sign in again.");
            case 403 -> page(403, "Not for your role", detail == null ? "Your roles do not allow this." : detail);
            case 404 -> page(404, "Not found", detail == null ? "There is no such claim." : detail);
            case 409 -> page(409, "Not possible now", detail == null ? "The claim has moved on." : detail);
            default -> status >= 500
                    ? page(502, "Service unavailable", "A service did not answer. Try again shortly.")
                    : page(status, "Refused", detail == null ? "The request was refused." : detail);
        };
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Object entity = e.getResponse() == null ? null : e.getResponse().getEntity();
        return page(status, status == 404 ? "Not found" : "Refused",
                entity instanceof String s ? s : status == 404 ? "There is no such page." : "The request was refused.");
    }

    private Response page(int status, String title, String detail) {
        CurrentUser.Viewer viewer;
        try {
            viewer = user.viewer();
        } catch (RuntimeException e) {
            viewer = new CurrentUser.Viewer("", false, false, false);
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(viewer, status, title, detail).render()).build();
    }

    private String detail(Response response) {
        if (response == null || !response.hasEntity()) {
            return null;
        }
        try {
            String body = response.readEntity(String.class);
            JsonNode node = json.readTree(body);
            String detail = node.path("detail").asText(null);
            return detail == null || detail.isBlank() ? null : detail;
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }
}
