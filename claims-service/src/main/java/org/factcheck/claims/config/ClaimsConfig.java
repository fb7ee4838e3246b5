package org.factcheck.claims.config;

import org.factcheck.web.PageRequest;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the claims-service ({@code factcheck.claims.*}). */
@ConfigMapping(prefix = "factcheck.claims")
public interface ClaimsConfig {

    Handover handover();

    Paging paging();

    Matching matching();

    Engine engine();

    interface Engine {
        /** Documents extracted at the same time; 0 means one per available processor. */
        @WithDefault("0")
        int concurrency();

        /** How long a request may wait for the engine before it is answered 503. */
        @WithDefault("10s")
        Duration maxWait();
    }

    interface Handover {
        /** Whether this instance runs the scheduled sender. */
        @WithDefault("true")
        boolean enabled();

        /** How often the sender looks for due claims (read by the scheduler as well). */
        @WithDefault("1s")
        Duration every();

        /** How long a claim being sent is reserved for one instance; after it, another may take it. */
        @WithDefault("30s")
        Duration lease();

        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("5m")
        Duration maxBackoff();

        /** Most claims one tick sends. */
        @WithDefault("100")
        int batchSize();

        /** A pending claim older than this makes the hand-over health check report DOWN. */
        @WithDefault("15m")
        Duration backlogAlarm();
    }

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        @WithDefault("100")
        int maxSize();

        /** The page asked for by the {@code page} and {@code size} query parameters, within these bounds. */
        default PageRequest of(String page, String size) {
            return PageRequest.of(page, size, defaultSize(), maxSize());
        }
    }

    interface Matching {
        /** Most earlier claims scored against one new claim. */
        @WithDefault("200")
        int maxCandidates();
    }
}
