package org.factcheck.review.rest;

import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * Cross-cutting request handling: the request id (every response, also 401s and 413s produced before
 * JAX-RS), and auditors' read-only access.
 */
@ApplicationScoped
public class RequestFilters {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** Compact JWS: three base64url parts. Other bearer values are refused before the OIDC code sees them. */
    private static final Pattern JWT_SHAPE = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private final SecurityIdentity identity;
    private final long maxBodyBytes;

    public RequestFilters(SecurityIdentity identity,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.identity = identity;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    /** Logs the caller's request id (MDC key requestId) and echoes it; ids that could forge log lines are ignored. */
    void requestId(@Observes Filters filters) {
        filters.register(this::tagRequest, 1000);
    }

    private void tagRequest(RoutingContext rc) {
        String id = rc.request().getHeader(REQUEST_ID);
        if (id != null && SAFE_ID.matcher(id).matches()) {
            MDC.put("requestId", id);
            rc.response().putHeader(REQUEST_ID, id);
            rc.addEndHandler(done -> MDC.remove("requestId"));
        }
        if (declaredLength(rc) > maxBodyBytes) {
            // the same limit Vert.x enforces, answered as problem+json before the body is read
            rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end("{\"type\":\"https://factcheck.example.org/problems/too-large\",\"title\":\"Payload too large\","
                            + "\"status\":413,\"detail\":\"the body may have at most " + maxBodyBytes + " bytes\","
                            + "\"instance\":\"" + rc.normalizedPath().replace("\"", "") + "\"}");
            return;
        }
        String authorization = rc.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !JWT_SHAPE.matcher(authorization.substring(7).trim()).matches()) {
            // some malformed values (e.g. "..") make the OIDC code throw instead of refusing them
            rc.response().setStatusCode(401).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .end("{\"type\":\"https://factcheck.example.org/problems/unauthorized\",\"title\":\"Unauthorized\","
                            + "\"status\":401,\"detail\":\"the bearer token is not a JWT\","
                            + "\"instance\":\"" + rc.normalizedPath().replace("\"", "") + "\"}");
            return;
        }
        rc.next();
    }

    private static long declaredLength(RoutingContext rc) {
        try {
            String length = rc.request().getHeader("Content-Length");
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Auditors are strictly read-only, even if they hold another role as well. */
    @ServerRequestFilter
    public Response auditorsOnlyRead(ContainerRequestContext ctx) {
        if (!READS.contains(ctx.getMethod()) && identity.hasRole(Roles.AUDITOR)) {
            return ProblemMapper.problem(403, "read-only", "Read-only role",
                    "auditors can read, export and verify, but not change anything", null, null);
        }
        return null;
    }
}
