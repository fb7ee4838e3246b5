package org.factcheck.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Small limits and short timeouts, a "dead" service on a closed port routed at /api/dead, and X-Forwarded-For
 * trusted so each test can act as its own client address (and keep its own per-IP bucket).
 */
public class TightLimitsProfile implements QuarkusTestProfile {

    public static final int USER_CAPACITY = 3;
    public static final int IP_CAPACITY = 6;
    public static final int CIRCUIT_WINDOW = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("factcheck.gateway.rate-limit.per-user.capacity", String.valueOf(USER_CAPACITY));
        config.put("factcheck.gateway.rate-limit.per-user.refill-per-minute", "1");
        config.put("factcheck.gateway.rate-limit.per-ip.capacity", String.valueOf(IP_CAPACITY));
        config.put("factcheck.gateway.rate-limit.per-ip.refill-per-minute", "1");
        config.put("quarkus.http.proxy.proxy-address-forwarding", "true");
        config.put("quarkus.http.proxy.allow-x-forwarded", "true");
        config.put("factcheck.gateway.downstream.idle-timeout", "PT0.5S");
        config.put("factcheck.gateway.downstream.circuit-breaker.request-volume-threshold", String.valueOf(CIRCUIT_WINDOW));
        config.put("factcheck.gateway.downstream.circuit-breaker.failure-ratio", "0.5");
        config.put("factcheck.gateway.downstream.circuit-breaker.delay", "PT30S");
        config.put("factcheck.gateway.services.dead.url", "http://localhost:" + closedPort());
        config.put("factcheck.gateway.routes.dead.prefix", "/api/dead");
        config.put("factcheck.gateway.routes.dead.service", "dead");
        config.put("factcheck.gateway.routes.dead.methods.GET", "public");
        config.put("factcheck.gateway.routes.dead.methods.POST", "public");
        return config;
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }

    /** A random client address for X-Forwarded-For, so a test has its own per-IP bucket. */
    public static String freshClientIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
