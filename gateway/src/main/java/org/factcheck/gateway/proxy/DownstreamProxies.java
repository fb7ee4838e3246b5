package org.factcheck.gateway.proxy;

import java.net.ConnectException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.factcheck.gateway.config.GatewayConfig;

import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyOptions;

/**
 * One reverse proxy (vertx-http-proxy) per downstream service, each with its own HTTP client
 * (connect and idle timeouts) and its own circuit breaker.
 */
@ApplicationScoped
public class DownstreamProxies {

    /** Name of the front end's proxy (pages outside /api). */
    public static final String FRONT = "front";

    private final Map<String, ProxyHandler> handlers = new HashMap<>();
    private final Map<String, HttpClient> clients = new HashMap<>();

    public DownstreamProxies(Vertx vertx, GatewayConfig config) {
        GatewayConfig.Downstream downstream = config.downstream();
        Map<String, URI> targets = new HashMap<>();
        config.services().forEach((name, service) -> targets.put(name, service.url()));
        config.front().ifPresent(front -> targets.put(FRONT, front.url()));
        targets.forEach((name, url) -> {
            boolean tls = "https".equalsIgnoreCase(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setSsl(tls)
                    .setConnectTimeout((int) downstream.connectTimeout().toMillis())
                    .setMaxPoolSize(downstream.maxPoolSize())
                    .setKeepAlive(true));
            RequestOptions target = new RequestOptions()
                    .setHost(url.getHost())
                    .setPort(port)
                    .setSsl(tls)
                    .setConnectTimeout(downstream.connectTimeout().toMillis())
                    .setIdleTimeout(downstream.idleTimeout().toMillis());
            // no WebSocket tunnelling: it would skip the interceptor (circuit breaker, forwarding headers)
            HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                    .origin(origin(client, target, downstream.idempotentRetries()))
                    .addInterceptor(new ForwardingInterceptor(name, circuitBreaker(name, downstream.circuitBreaker()),
                            downstream.circuitBreaker().delay().toSeconds()));
            clients.put(name, client);
            handlers.put(name, ProxyHandler.create(proxy));
        });
    }

    /** The Vert.x Web handler proxying to the named service. */
    public ProxyHandler handler(String service) {
        ProxyHandler handler = handlers.get(service);
        if (handler == null) {
            throw new IllegalArgumentException("no downstream service " + service);
        }
        return handler;
    }

    /** Name of a service's circuit breaker, for {@code CircuitBreakerMaintenance}. */
    public static String circuitBreakerName(String service) {
        return "downstream-" + service;
    }

    private static Guard circuitBreaker(String service, GatewayConfig.Downstream.CircuitBreaker config) {
        return Guard.create()
                .withDescription("proxy to " + service)
                .withCircuitBreaker()
                .name(circuitBreakerName(service))
                .requestVolumeThreshold(config.requestVolumeThreshold())
                .failureRatio(config.failureRatio())
                .delay(config.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(config.successThreshold())
                .skipOn(ClientGoneException.class)
                .done()
                // the proxy is asynchronous and runs on the event loop: never hop to a worker thread
                .withThreadOffload(false)
                .build();
    }

    /**
     * Opens the connection to the service. Only the connection is retried, and only for GET and HEAD:
     * no byte of the request has left the gateway when the connection fails.
     */
    private static OriginRequestProvider origin(HttpClient client, RequestOptions target, int retries) {
        return context -> retryConnectFailures(() -> client.request(new RequestOptions(target)),
                retriesFor(context.request().getMethod(), retries));
    }

    static int retriesFor(HttpMethod method, int retries) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD ? retries : 0;
    }

    static <T> Future<T> retryConnectFailures(Supplier<Future<T>> attempt, int retriesLeft) {
        return attempt.get().recover(failure -> retriesLeft > 0 && isConnectFailure(failure)
                ? retryConnectFailures(attempt, retriesLeft - 1)
                : Future.failedFuture(failure));
    }

    static boolean isConnectFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::close);
    }
}
