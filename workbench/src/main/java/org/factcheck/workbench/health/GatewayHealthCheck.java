package org.factcheck.workbench.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.factcheck.workbench.config.WorkbenchConfig;

/**
 * Reports whether the gateway (every page's API) answers. Liveness only: the workbench itself is fine without it,
 * and its pages say so when it is down.
 */
@Liveness
@ApplicationScoped
public class GatewayHealthCheck implements HealthCheck {

    private final WorkbenchConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public GatewayHealthCheck(WorkbenchConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        URI live = config.gatewayUrl().resolve("/q/health/live");
        boolean up;
        try {
            up = http.send(HttpRequest.newBuilder(live).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            up = false;
        }
        // the workbench stays live either way; the data tells an operator whether pages can load
        return HealthCheckResponse.named("gateway").up().withData("url", live.toString()).withData("reachable", up)
                .build();
    }
}
