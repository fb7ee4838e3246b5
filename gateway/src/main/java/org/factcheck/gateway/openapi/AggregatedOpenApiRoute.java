package org.factcheck.gateway.openapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.factcheck.web.ProblemType;
import org.factcheck.web.Problems;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/** Serves the merged OpenAPI document at {@code /q/openapi-all}, next to the gateway's own {@code /q/openapi}. */
@ApplicationScoped
public class AggregatedOpenApiRoute {

    public static final String PATH = "/q/openapi-all";

    private final OpenApiAggregator aggregator;

    public AggregatedOpenApiRoute(OpenApiAggregator aggregator) {
        this.aggregator = aggregator;
    }

    void install(@Observes Router router) {
        // HEAD answers as GET does (Vert.x leaves the body out), not the 404 of an unrouted method
        router.route(PATH).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(rc -> aggregator.document().onComplete(result -> {
            if (result.succeeded()) {
                rc.response().putHeader("Content-Type", "application/json").end(result.result().encode());
            } else {
                Log.error("OpenAPI aggregation failed", result.cause());
                Problems.send(rc, ProblemType.SERVICE_UNAVAILABLE, "The OpenAPI documents could not be merged.");
            }
        }));
    }
}
