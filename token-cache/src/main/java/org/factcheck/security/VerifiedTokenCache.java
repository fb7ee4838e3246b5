package org.factcheck.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Identities of bearer tokens that passed Quarkus OIDC's full check (signature, issuer, audience, expiry), keyed by
 * the token's exact text. Checking a token costs the gateway about as much CPU as proxying the request, and a claims-service
 * extraction about 6 % of its CPU; a client
 * sends the same token on every request for its whole lifetime, so the check is done once per token.
 *
 * <p>An entry lives until the token expires or {@code max-age} passes, whichever comes first, and is never handed
 * out after the token's {@code exp}. Any change to a token (an edited payload, another signature) is another key
 * and goes through the full check. What the cache gives up: a key removed from Keycloak's JWKS stops being honoured
 * up to {@code max-age} later (the services behind the gateway check every token again themselves).
 */
@Singleton
public class VerifiedTokenCache {

    private final boolean enabled;
    private final Duration maxAge;
    private final Cache<String, Entry> entries;

    record Entry(SecurityIdentity identity, Instant expiresAt) {
    }

    public VerifiedTokenCache(TokenCacheConfig settings) {
        this.enabled = settings.enabled();
        this.maxAge = settings.maxAge();
        this.entries = Caffeine.newBuilder()
                .maximumSize(settings.maxSize())
                // upkeep on the calling thread: handing it to the common pool woke a thread every few requests
                .executor(Runnable::run)
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String token, Entry entry, long now) {
                        return Math.max(0, Duration.between(Instant.now(), entry.expiresAt()).toNanos());
                    }

                    @Override
                    public long expireAfterUpdate(String token, Entry entry, long now, long current) {
                        return expireAfterCreate(token, entry, now);
                    }

                    @Override
                    public long expireAfterRead(String token, Entry entry, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    /** The identity of a token checked before and still valid, or null. */
    public SecurityIdentity find(String token) {
        if (!enabled || token == null) {
            return null;
        }
        Entry entry = entries.getIfPresent(token);
        if (entry == null) {
            return null;
        }
        if (!Instant.now().isBefore(entry.expiresAt())) {
            entries.invalidate(token);
            return null;
        }
        return entry.identity();
    }

    /** Remembers a verified identity; a token already remembered keeps its entry, and with it its expiry. */
    public void remember(String token, SecurityIdentity identity) {
        if (enabled && token != null) {
            entries.asMap().computeIfAbsent(token, t -> entryFor(identity));
        }
    }

    /** Only an identity that carries its JWT and an expiry still ahead is remembered; null otherwise. */
    private Entry entryFor(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getExpirationTime() <= 0) {
            return null;
        }
        Instant now = Instant.now();
        Instant expiry = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant until = expiry.isBefore(now.plus(maxAge)) ? expiry : now.plus(maxAge);
        return until.isAfter(now) ? new Entry(identity, until) : null;
    }
}
