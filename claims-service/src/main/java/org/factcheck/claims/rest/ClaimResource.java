package org.factcheck.claims.rest;

import java.util.Arrays;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.web.PageRequest;
import org.factcheck.web.PageView;
import org.factcheck.claims.config.ClaimsConfig;
import org.factcheck.claims.mapping.ClaimMapper;
import org.factcheck.claims.service.ClaimService;
import org.factcheck.engine.model.ClaimType;


@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.INGEST, Roles.EDITOR, Roles.REVIEWER, Roles.AUDITOR })
@Tag(name = "claims")
public class ClaimResource {

    static final int MAX_QUERY_LENGTH = 200;

    private final ClaimService claims;
    private final ClaimsConfig config;

    public ClaimResource(ClaimService claims, ClaimsConfig config) {
        this.claims = claims;
        this.config = config;
    }

    @GET
    @Operation(summary = "Claims, most check-worthy first; filter by type, lowest score and literal text")
    public PageView<ClaimView> search(@QueryParam("type") String type, @QueryParam("minScore") String minScore,
            @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest p = config.paging().of(page, size);
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException("q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        if (q != null && q.indexOf('\0') >= 0) {
            // a BSON pattern is a C string: the driver cannot even send one with a NUL in it
            throw new BadRequestException("q must not contain a NUL character");
        }
        return claims.search(type(type), score(minScore), q, p).map(ClaimMapper::toView);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One claim with its matches to earlier claims")
    public ClaimView get(@PathParam("id") String id) {
        return ClaimMapper.toView(claims.get(id));
    }

    private static ClaimType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return ClaimType.valueOf(type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("type must be one of " + Arrays.toString(ClaimType.values()));
        }
    }

    private static Double score(String minScore) {
        if (minScore == null || minScore.isBlank()) {
            return null;
        }
        try {
            double score = Double.parseDouble(minScore.trim());
            if (score >= 0 && score <= 1) {
                return score;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException("minScore must be a number in [0, 1]");
    }
}
