package org.factcheck.review.rest;

import java.util.stream.Collectors;

import org.factcheck.review.service.ContentionException;
import org.factcheck.review.service.NotFoundException;
import org.factcheck.review.workflow.ActionRefusedException;
import org.factcheck.review.workflow.IllegalTransitionException;
import org.factcheck.review.workflow.InvalidCommandException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The one place that turns exceptions into application/problem+json responses. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri) {
        return problem(409, "illegal-transition", "Illegal transition", e.getMessage(), uri, e.current().name());
    }

    @ServerExceptionMapper
    public Response refused(ActionRefusedException e, UriInfo uri) {
        return problem(403, "refused", "Action refused", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", "your roles do not allow this", uri, null);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidCommandException e, UriInfo uri) {
        return problem(400, "invalid-request", "Invalid request", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "Not found", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response contention(ContentionException e, UriInfo uri) {
        return problem(409, "contention", "Concurrent update", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> leaf(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted().collect(Collectors.joining("; "));
        return problem(400, "invalid-request", "Invalid request", detail, uri, null);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        return problem(400, "invalid-request", "Invalid request", e.getMessage(), uri, null);
    }

    /** Wrong JSON types, unknown enum constants, {"$gt": ""} where a string belongs. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return problem(400, "unreadable-body", "Unreadable body", e.getOriginalMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Throwable cause = e.getCause();
        String detail = cause instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return problem(status, "http-" + status, title, detail, uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Log.errorf(e, "unexpected failure on %s", uri.getPath());
        return problem(500, "internal", "Internal error", "unexpected error; see the service log", uri, null);
    }

    static Response problem(int status, String slug, String title, String detail, UriInfo uri, String state) {
        String instance = uri == null ? null : uri.getPath();
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("https://factcheck.example.org/problems/" + slug, title, status, detail,
                        instance, state))
                .build();
    }

    private static String leaf(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
