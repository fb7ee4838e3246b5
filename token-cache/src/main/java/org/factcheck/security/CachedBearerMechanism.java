package org.factcheck.security;

import java.util.Set;

import jakarta.inject.Singleton;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Tried before Quarkus OIDC's bearer mechanism: a bearer token whose exact text is in {@link VerifiedTokenCache}
 * gets its remembered identity straight away, without OIDC's per-request work (tenant resolution, decoding the
 * token to see whether it is a JWT, the identity-provider chain and the augmentors, all of which already ran when
 * the token was first checked). Any other request, and any token not remembered, gets no answer here, so OIDC's
 * mechanism handles it exactly as before, including the 401 challenge.
 *
 * <p>Safe for any header spelling: only a string that passed the full check is ever a key in the cache.
 */
@Singleton
public class CachedBearerMechanism implements HttpAuthenticationMechanism {

    /** Mechanisms are tried highest priority first; Quarkus OIDC's has 1001 (DEFAULT_PRIORITY + 1). */
    static final int PRIORITY = 2000;
    private static final String BEARER = "Bearer ";

    private final VerifiedTokenCache cache;

    public CachedBearerMechanism(VerifiedTokenCache cache) {
        this.cache = cache;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        SecurityIdentity identity = identityFor(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        return identity == null ? Uni.createFrom().nullItem() : Uni.createFrom().item(identity);
    }

    /** The remembered identity for an {@code Authorization} header value, or null. */
    public SecurityIdentity identityFor(String header) {
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return cache.find(header.substring(BEARER.length()));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem(); // OIDC's mechanism sends the challenge
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }
}
