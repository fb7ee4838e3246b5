package org.factcheck.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Verified bearer tokens remembered by their exact text, so a token is checked once, not on every request. */
@ConfigMapping(prefix = "factcheck.token-cache")
public interface TokenCacheConfig {

    @WithDefault("true")
    boolean enabled();

    /** Most tokens remembered. */
    @WithDefault("10000")
    long maxSize();

    /** Longest a token is trusted without a new check (and never past its own expiry). */
    @WithDefault("60S")
    Duration maxAge();
}
