package org.factcheck.claims.rest;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every request carries a request id: the caller's {@code X-Request-Id} when well-formed, else a new one. It is in
 * the log lines (MDC {@code requestId}), on the response, and stored with the claims for the hand-over call.
 */
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @ServerRequestFilter(preMatching = true)
    public void readRequestId(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String requestId = given != null && WELL_FORMED.matcher(given).matches() ? given
                : UUID.randomUUID().toString();
        request.setProperty(MDC_KEY, requestId);
        MDC.put(MDC_KEY, requestId);
    }

    @ServerResponseFilter
    public void echoRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(MDC_KEY);
        if (requestId != null) {
            response.getHeaders().putSingle(HEADER, requestId);
        }
        MDC.remove(MDC_KEY);
    }
}
