package org.factcheck.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import org.factcheck.gateway.config.GatewayConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/** Token buckets (Bucket4j) per user and per client IP, held in bounded maps that forget idle keys. */
@Singleton
public class RateLimiter {

    /** Whether a request may pass and, if not, how many seconds until a token is back. */
    public record Verdict(boolean allowed, long retryAfterSeconds) {
        static final Verdict ALLOW = new Verdict(true, 0);
    }

    private final boolean enabled;
    private final Limiter perUser;
    private final Limiter perIp;

    public RateLimiter(GatewayConfig config) {
        GatewayConfig.RateLimit limits = config.rateLimit();
        this.enabled = limits.enabled();
        this.perUser = new Limiter(limits.perUser(), limits.maxTrackedKeys());
        this.perIp = new Limiter(limits.perIp(), limits.maxTrackedKeys());
    }

    public Verdict tryUser(String user) {
        return enabled ? perUser.tryConsume(user) : Verdict.ALLOW;
    }

    public Verdict tryIp(String ip) {
        return enabled ? perIp.tryConsume(ip) : Verdict.ALLOW;
    }

    private static final class Limiter {
        private final Bandwidth bandwidth;
        private final Cache<String, Bucket> buckets;

        Limiter(GatewayConfig.RateLimit.Bucket config, long maxKeys) {
            this.bandwidth = Bandwidth.builder()
                    .capacity(config.capacity())
                    .refillGreedy(config.refillPerMinute(), Duration.ofMinutes(1))
                    .build();
            // a bucket idle for longer than a full refill is indistinguishable from a new one
            long fullRefillSeconds = (long) Math.ceil(60.0 * config.capacity() / config.refillPerMinute());
            this.buckets = Caffeine.newBuilder()
                    .maximumSize(maxKeys)
                    .executor(Runnable::run) // upkeep on the event loop, no wake-up of a pool thread
                    .expireAfterAccess(Math.max(60, fullRefillSeconds), TimeUnit.SECONDS)
                    .build();
        }

        Verdict tryConsume(String key) {
            Bucket bucket = buckets.get(key, k -> Bucket.builder().addLimit(bandwidth).build());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                return Verdict.ALLOW;
            }
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            return new Verdict(false, seconds);
        }
    }
}
