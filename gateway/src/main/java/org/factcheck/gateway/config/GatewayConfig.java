package org.factcheck.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything the gateway does is driven from here; the route table is the single source of truth for access. */
@ConfigMapping(prefix = "factcheck.gateway")
public interface GatewayConfig {

    /** Downstream services by name, e.g. {@code claims}, {@code review}. */
    Map<String, Service> services();

    /** The route table, by route name: path prefix → owning service and the roles allowed per HTTP method. */
    Map<String, Route> routes();

    /** Path prefixes the gateway never forwards (answered 404), e.g. {@code /internal}. */
    @WithDefault("/internal")
    List<String> hiddenPrefixes();

    /** Roles that carry other roles' gateway access, e.g. {@code admin=editor}. */
    Map<String, List<String>> impliedRoles();

    /** Accepted shape of a caller's {@code X-Request-Id}; anything else is replaced by a fresh UUID. */
    @WithDefault("^[A-Za-z0-9._-]{8,128}$")
    String requestIdPattern();

    /** Largest request body forwarded (a Content-Length above it is refused with 413). */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** The browser front end (the workbench) that serves the pages outside {@code /api}; none when absent. */
    Optional<Front> front();

    RateLimit rateLimit();

    Downstream downstream();

    Headers headers();

    OpenApi openapi();

    @WithDefault("true")
    boolean accessLog();

    interface Service {
        URI url();
    }

    interface Front {
        URI url();

        /** Paths it serves: {@code /} itself, any other entry as a whole-segment prefix. */
        List<String> paths();
    }

    interface Route {
        /** Path prefix, matched on whole segments: {@code /api/claims} matches {@code /api/claims/42}, not {@code /api/claimsx}. */
        String prefix();

        /** Name of the owning service in {@link #services()}. */
        String service();

        /** HTTP method → roles allowed; the single role {@code public} means no token is needed. HEAD follows GET. */
        Map<String, List<String>> methods();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Per authenticated user (preferred_username, else sub). */
        Bucket perUser();

        /** Per client IP, for every request to a proxied route. */
        Bucket perIp();

        /** Most buckets kept in memory; idle ones expire. */
        @WithDefault("100000")
        long maxTrackedKeys();

        interface Bucket {
            int capacity();

            int refillPerMinute();
        }
    }

    interface Downstream {
        @WithDefault("1S")
        Duration connectTimeout();

        /** Longest silence from a service while waiting for or reading its response. */
        @WithDefault("10S")
        Duration idleTimeout();

        /** Extra attempts for GET/HEAD when the connection itself fails (never for other methods). */
        @WithDefault("1")
        int idempotentRetries();

        /** Connections to one service per event loop (each event loop has its own client). */
        @WithDefault("100")
        int maxPoolSize();

        CircuitBreaker circuitBreaker();

        interface CircuitBreaker {
            /** Size of the rolling window of calls looked at. */
            @WithDefault("20")
            int requestVolumeThreshold();

            @WithDefault("0.5")
            double failureRatio();

            /** How long the circuit stays open before a trial call. */
            @WithDefault("5S")
            Duration delay();

            @WithDefault("2")
            int successThreshold();
        }
    }

    interface Headers {
        /** Strict-Transport-Security value; empty to leave it out (e.g. plain-HTTP development). */
        Optional<String> strictTransportSecurity();

        @WithDefault("default-src 'none'; frame-ancestors 'none'")
        String contentSecurityPolicy();
    }

    interface OpenApi {
        @WithDefault("2S")
        Duration fetchTimeout();

        @WithDefault("60S")
        Duration cacheTtl();
    }
}
