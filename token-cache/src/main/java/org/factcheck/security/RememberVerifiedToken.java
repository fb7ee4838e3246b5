package org.factcheck.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/** Runs after a successful authentication and remembers the token's identity in {@link VerifiedTokenCache}. */
@ApplicationScoped
public class RememberVerifiedToken implements SecurityIdentityAugmentor {

    private final VerifiedTokenCache cache;

    public RememberVerifiedToken(VerifiedTokenCache cache) {
        this.cache = cache;
    }

    /** Last, so the remembered identity is the fully augmented one. */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        TokenCredential token = identity.getCredential(TokenCredential.class);
        if (token != null) {
            cache.remember(token.getToken(), identity);
        }
        return Uni.createFrom().item(identity);
    }
}
