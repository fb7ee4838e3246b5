package org.factcheck.web;

import jakarta.ws.rs.core.Response;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** Writes problems: as a JAX-RS response, or straight from a Vert.x handler. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return response(Problem.of(type, detail, instance));
    }

    public static Buffer body(Problem problem) {
        return Json.encodeToBuffer(problem);
    }

    public static void send(RoutingContext rc, ProblemType type, String detail) {
        send(rc, Problem.of(type, detail, rc.request().path()));
    }

    public static void send(RoutingContext rc, Problem problem) {
        HttpServerResponse response = rc.response();
        if (response.headWritten()) {
            // too late for a clean answer: drop the connection rather than send half a body
            rc.request().connection().close();
            return;
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body(problem));
    }

    /** Sends the problem and closes the connection, for requests whose body is refused unread. */
    public static void sendAndClose(RoutingContext rc, ProblemType type, String detail) {
        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        rc.response().endHandler(v -> rc.request().connection().close());
        send(rc, type, detail);
    }
}
