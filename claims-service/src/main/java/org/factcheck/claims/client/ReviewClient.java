package org.factcheck.claims.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** The review-service's intake, called with the claims-service's own client-credentials token. */
@RegisterRestClient(configKey = "review")
@OidcClientFilter
@Path("/internal/claims")
public interface ReviewClient {

    /** 201 new, 200 already known; anything else arrives as a {@code WebApplicationException}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response deliver(@HeaderParam("X-Request-Id") String requestId, ClaimHandover claim);
}
