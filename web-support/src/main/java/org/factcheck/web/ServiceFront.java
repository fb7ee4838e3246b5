package org.factcheck.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A service's front, before authentication and JAX-RS: the request id (log MDC, request and response header, also on
 * 401s and 413s answered here), the body limit by Content-Length as a 413 problem, and the bearer-shape pre-check.
 * The gateway has its own front (it also limits rates) and turns this one off with
 * {@code factcheck.web.service-front=false}.
 */
@ApplicationScoped
@IfBuildProperty(name = "factcheck.web.service-front", stringValue = "true", enableIfMissing = true)
public class ServiceFront {

    private final long maxBodyBytes;

    public ServiceFront(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::front, 1000);
    }

    /** A path no endpoint serves (outside every JAX-RS resource) is a 404 problem too, not an empty page. */
    void notFound(@Observes Router router) {
        router.errorHandler(404, rc -> Problems.send(rc, ProblemType.NOT_FOUND, "no resource at " + rc.request().path()));
    }

    private void front(RoutingContext rc) {
        String id = RequestIds.acceptOrNew(rc.request().getHeader(RequestIds.HEADER));
        rc.request().headers().set(RequestIds.HEADER, id);
        rc.response().putHeader(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        rc.addEndHandler(done -> MDC.remove(RequestIds.MDC_KEY));

        if (BodyLimit.declaredLength(rc.request().getHeader(HttpHeaders.CONTENT_LENGTH)) > maxBodyBytes) {
            Problems.sendAndClose(rc, ProblemType.PAYLOAD_TOO_LARGE, BodyLimit.tooLarge(maxBodyBytes));
            return;
        }
        if (BearerShape.refuses(rc.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            rc.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problems.send(rc, ProblemType.UNAUTHORIZED, "the bearer token is not a JWT");
            return;
        }
        rc.next();
    }
}
