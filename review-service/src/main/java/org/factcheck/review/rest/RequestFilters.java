package org.factcheck.review.rest;

import java.util.Set;

import org.factcheck.web.ProblemType;
import org.factcheck.web.Problems;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/** Auditors' read-only access (request ids, the body limit and the bearer shape are the shared service front's). */
@ApplicationScoped
public class RequestFilters {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final SecurityIdentity identity;

    public RequestFilters(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Auditors are strictly read-only, even if they hold another role as well. */
    @ServerRequestFilter
    public Response auditorsOnlyRead(ContainerRequestContext ctx) {
        if (!READS.contains(ctx.getMethod()) && identity.hasRole(Roles.AUDITOR)) {
            return Problems.response(ProblemType.READ_ONLY,
                    "auditors can read, export and verify, but not change anything", ctx.getUriInfo().getPath());
        }
        return null;
    }
}
