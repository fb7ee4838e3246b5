package org.factcheck.gateway.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.factcheck.gateway.problem.Problem;
import org.factcheck.gateway.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;

/** problem+json for the gateway's own REST endpoints (the proxied routes answer through the router's handlers). */
public class ProblemExceptionMapper {

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        ProblemType kind = ProblemType.forStatus(status);
        return problem(new Problem("/problems/" + kind.slug, kind.title, status, kind.title + ".", uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Log.error("unexpected failure", e);
        return problem(Problem.of(ProblemType.INTERNAL, "The gateway could not handle the request.", uri.getPath()));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
