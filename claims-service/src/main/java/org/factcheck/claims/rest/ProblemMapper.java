package org.factcheck.claims.rest;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** The one place errors become responses: application/problem+json (RFC 9457), never a stack trace. */
public class ProblemMapper {

    private static final String TYPE_BASE = "https://factcheck.example/problems/";

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message())
                .collect(Collectors.joining("; "));
        return problem(400, "invalid-request", "Invalid request", detail, uri, violations);
    }

    @ServerExceptionMapper({ JsonParseException.class, MismatchedInputException.class, InvalidFormatException.class,
            JsonProcessingException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String detail;
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            detail = "field '" + field + "' has the wrong type or format";
        } else {
            detail = "the body is not well-formed JSON";
        }
        return problem(400, "malformed-json", "Malformed JSON", detail, uri, null);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Response r = problem(401, "unauthorized", "Unauthorized", "a valid bearer token is required", uri, null);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** Keycloak unreachable while checking a token: the caller may try again, it is not our bug. */
    @ServerExceptionMapper
    public Response authServerDown(OIDCException e, UriInfo uri) {
        Log.warnf("Token check failed, identity provider unreachable: %s", e.getMessage());
        Response r = problem(503, "identity-provider-unavailable", "Service Unavailable",
                "the identity provider cannot be reached; try again shortly", uri, null);
        return Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", "your roles do not allow this", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String title = info != null ? info.getReasonPhrase() : "HTTP " + status;
        boolean unavailable = status == 503; // a deliberate "busy, retry": no bug to log, and the client needs the reason
        if (status >= 500 && !unavailable) {
            Log.errorf(e, "Request to %s failed", uri.getPath());
        }
        String detail = status >= 500 && !unavailable ? null : e.getMessage();
        Response r = problem(status, slug(title), title, detail, uri, null);
        Response.ResponseBuilder b = Response.fromResponse(r);
        // keep what the client needs, e.g. Allow on a 405
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> b.header(name, v));
            }
        });
        return b.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Log.errorf(e, "Unexpected error on %s", uri.getPath());
        return problem(500, "internal-error", "Internal Server Error", "see the server log for this request id",
                uri, null);
    }

    static Response problem(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.Violation> violations) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE_BASE + slug, title, status, detail, uri == null ? null : uri.getPath(),
                        violations))
                .build();
    }

    /** {@code submit.request.title} → {@code title}; the parameter itself → {@code body}. */
    private static String field(ConstraintViolation<?> v) {
        List<String> names = new java.util.ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            names.add(node.getName());
        }
        return names.size() <= 2 ? "body" : String.join(".", names.subList(2, names.size()));
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
