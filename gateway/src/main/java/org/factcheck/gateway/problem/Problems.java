package org.factcheck.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** Writes problem+json answers from Vert.x handlers. */
public final class Problems {

    private Problems() {
    }

    public static Buffer body(Problem problem) {
        return Json.encodeToBuffer(problem);
    }

    public static void send(RoutingContext rc, ProblemType kind, String detail) {
        send(rc, Problem.of(kind, detail, rc.request().path()));
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

    /** Sends the problem and closes the connection, for requests whose body we refuse to read. */
    public static void sendAndClose(RoutingContext rc, ProblemType kind, String detail) {
        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        rc.response().endHandler(v -> rc.request().connection().close());
        send(rc, kind, detail);
    }
}
