package org.factcheck.claims.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;

/**
 * Answers an oversized body (by its Content-Length) with a 413 problem before it is read. Chunked bodies are still
 * cut off at the same limit by Quarkus itself ({@code quarkus.http.limits.max-body-size}), with a bare 413.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && tooLong(length)) {
                Problem problem = new Problem("https://factcheck.example/problems/payload-too-large",
                        "Payload Too Large", 413, "the body must not exceed " + maxBytes + " bytes",
                        ctx.request().path(), null);
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(Json.encode(problem));
                return;
            }
            ctx.next();
        });
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
