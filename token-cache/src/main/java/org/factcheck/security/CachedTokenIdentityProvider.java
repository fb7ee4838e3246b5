package org.factcheck.security;

import jakarta.inject.Singleton;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Asked before Quarkus OIDC's own provider: answers with the remembered identity of a token that was fully checked
 * before, or with nothing, which lets the OIDC provider check the token as usual.
 */
@Singleton
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Providers are asked highest priority first; Quarkus OIDC's own provider has 1001 (SYSTEM_FIRST + 1). */
    static final int PRIORITY = 2000;

    private final VerifiedTokenCache cache;

    public CachedTokenIdentityProvider(VerifiedTokenCache cache) {
        this.cache = cache;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(cache.find(request.getToken().getToken()));
    }
}
