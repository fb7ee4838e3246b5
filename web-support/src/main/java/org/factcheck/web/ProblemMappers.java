package org.factcheck.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.MDC;
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

/**
 * The base exception mappers of every service: errors become application/problem+json (RFC 9457) with a type from
 * {@link ProblemType}, never a stack trace. A service maps its own domain exceptions in one class of its own.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem problem = Problem.of(e.type(), e.getMessage(), path(uri));
        return Problems.response(e.state() == null ? problem : problem.withState(e.state()));
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return Problems.response(Problem.of(ProblemType.INVALID_REQUEST, detail, path(uri)).withViolations(violations));
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        return Problems.response(ProblemType.INVALID_REQUEST, e.getMessage(), path(uri));
    }

    /** Broken JSON, wrong types, unknown enum constants, {"$gt": ""} where a string belongs. */
    @ServerExceptionMapper({ JsonParseException.class, MismatchedInputException.class, InvalidFormatException.class,
            JsonProcessingException.class })
    public Response json(JsonProcessingException e, UriInfo uri) {
        return Problems.response(ProblemType.MALFORMED_JSON, jsonDetail(e), path(uri));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problems.response(ProblemType.UNAUTHORIZED, "a valid bearer token is required",
                path(uri))).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** The identity provider unreachable while checking a token: the caller may try again, it is not our bug. */
    @ServerExceptionMapper
    public Response identityProviderDown(OIDCException e, UriInfo uri) {
        Log.warnf("Token check failed, identity provider unreachable: %s", e.getMessage());
        return Response.fromResponse(Problems.response(ProblemType.IDENTITY_PROVIDER_UNAVAILABLE,
                "the identity provider cannot be reached; try again shortly", path(uri)))
                .header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(ProblemType.FORBIDDEN, "your roles do not allow this", path(uri));
    }

    /** Not found, method not allowed, unsupported media type … by status; unlisted statuses keep their reason phrase. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        boolean bug = status >= 500 && status != 503; // a 503 is a deliberate "busy, retry"
        if (bug) {
            Log.errorf(e, "Request to %s failed", path(uri));
        }
        String detail = bug ? internalDetail() : e.getMessage();
        Response.ResponseBuilder b = Response.fromResponse(Problems.response(Problem.ofStatus(status, detail, path(uri))));
        // keep what the client needs, e.g. Allow on a 405 or Retry-After on a 503
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> b.header(name, v));
            }
        });
        return b.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Log.errorf(e, "Unexpected error on %s", path(uri));
        return Problems.response(ProblemType.INTERNAL_ERROR, internalDetail(), path(uri));
    }

    private static String internalDetail() {
        Object id = MDC.get(RequestIds.MDC_KEY);
        return "unexpected error; see the service log" + (id == null ? "" : " for request id " + id);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String jsonDetail(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "field '" + field + "' has the wrong type or format";
        }
        return e instanceof JsonParseException ? "the body is not well-formed JSON" : "the body does not fit the expected JSON";
    }

    /** {@code submit.request.items[2].title} → {@code items[2].title}; a violated parameter itself → its name. */
    private static String field(ConstraintViolation<?> v) {
        List<Path.Node> nodes = new ArrayList<>();
        v.getPropertyPath().forEach(nodes::add);
        String path = v.getPropertyPath().toString();
        if (nodes.isEmpty() || path.isEmpty()) {
            return "body";
        }
        if (nodes.get(0).getKind() != ElementKind.METHOD) {
            return path;
        }
        if (nodes.size() <= 2) {
            return nodes.size() == 2 ? nodes.get(1).getName() : "body";
        }
        int afterMethod = path.indexOf('.');
        int afterParameter = path.indexOf('.', afterMethod + 1);
        return afterParameter < 0 ? path : path.substring(afterParameter + 1);
    }
}
