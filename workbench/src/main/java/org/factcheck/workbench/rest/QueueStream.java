package org.factcheck.workbench.rest;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.factcheck.workbench.client.GatewayApi;
import org.factcheck.workbench.config.WorkbenchConfig;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Live queue rows as server-sent events: every refresh period the queue is read with the user's token; changed
 * rows go out as a {@code rows} event (htmx swaps them in), unchanged ones as a {@code ping} that keeps the
 * connection open through the gateway. The stream ends when the token stops working; the browser reconnects.
 */
@Path("/queue/stream")
@RolesAllowed({ Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN })
public class QueueStream {

    private final GatewayApi api;
    private final CurrentUser user;
    private final WorkbenchConfig config;

    public QueueStream(GatewayApi api, CurrentUser user, WorkbenchConfig config) {
        this.api = api;
        this.user = user;
        this.config = config;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@QueryParam("desk") String desk, @QueryParam("type") String type,
            @QueryParam("priority") String priority, @QueryParam("state") String state, @Context Sse sse) {
        // read now: the request scope is gone when the ticks fire
        String bearer = user.bearer();
        ReviewerPages.QueueFilter filter = ReviewerPages.QueueFilter.of(desk, type, priority, state);
        AtomicReference<String> last = new AtomicReference<>();
        return Multi.createFrom().ticks().every(config.queueRefresh())
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tick -> {
                    String rows = ReviewerPages.Templates.rows(filter.apply(api.queue(bearer, filter.state(),
                            filter.desk(), 0, config.pageSize()).items())).render().replaceAll("\\s*\\n\\s*", " ");
                    boolean changed = !rows.equals(last.getAndSet(rows));
                    return sse.newEventBuilder().name(changed ? "rows" : "ping").mediaType(MediaType.TEXT_PLAIN_TYPE)
                            .data(changed ? rows : "").build();
                })
                .onFailure().invoke(e -> Log.debugf("queue stream ended: %s", e.toString()))
                .onFailure().recoverWithCompletion();
    }
}
