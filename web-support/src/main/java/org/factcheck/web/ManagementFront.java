package org.factcheck.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The operator endpoints under {@code /q/} (health, metrics, OpenAPI) are read-only and answer as the API does:
 * another method is a 405 problem with {@code Allow}, and a metrics request whose {@code Accept} excludes every
 * format the scrape can be written in is a 406 problem (the Micrometer handler would answer an empty 406).
 * Runs in the gateway and in every service.
 */
@ApplicationScoped
public class ManagementFront {

    static final String PREFIX = "/q/";
    static final String METRICS = "/q/metrics";

    void register(@Observes Filters filters) {
        filters.register(this::front, 900);
    }

    private void front(RoutingContext rc) {
        String path = rc.request().path();
        if (path == null || !path.startsWith(PREFIX)) {
            rc.next();
            return;
        }
        HttpMethod method = rc.request().method();
        if (HttpMethod.OPTIONS.equals(method)) {
            if (rc.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) == null) {
                // a plain OPTIONS asks what the resource allows; a CORS preflight goes on to the CORS handler
                rc.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS").end();
            } else {
                rc.next();
            }
            return;
        }
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            rc.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
            Problems.send(rc, ProblemType.METHOD_NOT_ALLOWED, path + " is read-only: use GET");
            return;
        }
        if ((path.equals(METRICS) || path.startsWith(METRICS + "/"))
                && !acceptsScrape(rc.request().getHeader(HttpHeaders.ACCEPT))) {
            Problems.send(rc, ProblemType.NOT_ACCEPTABLE,
                    "metrics are served as text/plain or application/openmetrics-text");
            return;
        }
        rc.next();
    }

    /** Whether an Accept header admits the Prometheus text or OpenMetrics format (no header admits anything). */
    static boolean acceptsScrape(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            if (refused(parts)) {
                continue;
            }
            if (type.equals("*/*") || type.equals("text/*") || type.equals("text/plain")
                    || type.equals("application/*") || type.equals("application/openmetrics-text")) {
                return true;
            }
        }
        return false;
    }

    /** A media range with {@code q=0} is "not acceptable" (RFC 9110, 12.4.2). */
    private static boolean refused(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                try {
                    return Double.parseDouble(p.substring(2).trim()) <= 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
