package org.factcheck.claims.rest;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses bearer values that cannot be a JWT with 401 before authentication runs: some malformed values
 * (e.g. {@code ..}) make the OIDC code throw instead of refusing them.
 */
@ApplicationScoped
public class BearerShapeFilter {

    /** Compact JWS: three base64url parts (opaque tokens are not accepted here). */
    private static final Pattern JWT_SHAPE = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    void register(@Observes Filters filters) {
        filters.register(this::check, 1000);
    }

    private void check(RoutingContext rc) {
        String authorization = rc.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !JWT_SHAPE.matcher(authorization.substring(7).trim()).matches()) {
            rc.response().setStatusCode(401).putHeader("Content-Type", "application/problem+json")
                    .putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .end("{\"type\":\"https://factcheck.example.org/problems/unauthorized\",\"title\":\"Unauthorized\","
                            + "\"status\":401,\"detail\":\"the bearer token is not a JWT\","
                            + "\"instance\":\"" + rc.normalizedPath().replace("\"", "") + "\"}");
            return;
        }
        rc.next();
    }
}
