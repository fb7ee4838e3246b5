package org.factcheck.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

/** Endpoints that fail in every way the shared mappers know. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public record Body(@NotBlank String title, int count) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Body echo(@NotNull(message = "a JSON body is required") @Valid Body body) {
        return body;
    }

    @GET
    @Path("/page")
    public PageView<String> page(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 20, 100);
        return PageView.of(java.util.List.of(), request, 0);
    }

    @GET
    @Path("/status/{status}")
    public String status(@PathParam("status") int status) {
        throw new WebApplicationException("status " + status, status);
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internals");
    }

    @GET
    @Path("/conflict")
    public String conflict() {
        throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "already approved", "APPROVED");
    }

    @GET
    @Path("/secured")
    @RolesAllowed("editor")
    public String secured() {
        return "ok";
    }

    @GET
    @Path("/request-id")
    public String requestId(@HeaderParam(RequestIds.HEADER) String id) {
        return id;
    }
}
