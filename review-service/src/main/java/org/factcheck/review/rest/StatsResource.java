package org.factcheck.review.rest;

import org.factcheck.review.service.StatsService;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Per-reviewer counts, median time from lease to verdict, and Cohen's kappa on double-reviewed claims. */
@Path("/api/stats")
@RolesAllowed({ Roles.EDITOR, Roles.AUDITOR, Roles.ADMIN })
public class StatsResource {

    private final StatsService stats;

    public StatsResource(StatsService stats) {
        this.stats = stats;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StatsService.Stats get() {
        return stats.compute();
    }
}
