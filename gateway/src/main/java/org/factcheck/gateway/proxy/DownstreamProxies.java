package org.factcheck.gateway.proxy;

import java.net.ConnectException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

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
 * Reverse proxies (vertx-http-proxy) to the downstream services: per service one circuit breaker, and per service and
 * event loop one HTTP client (connect and idle timeouts) with its own connections. A request and its downstream
 * call then stay on the event loop that read the request: with one shared client, a pooled connection of another
 * event loop carried about half the calls, and each such call woke that loop and then the caller's loop again.
 */
@Singleton
public class DownstreamProxies {

    /** Name of the front end's proxy (pages outside /api). */
    public static final String FRONT = "front";

    private final Vertx vertx;
    private final Map<String, Downstream> downstreams = new HashMap<>();
    private final ThreadLocal<Map<String, ProxyHandler>> perEventLoop = ThreadLocal.withInitial(HashMap::new);
    private final Queue<HttpClient> clients = new ConcurrentLinkedQueue<>();

    /** What one service's proxies share. */
    private record Downstream(String name, HttpClientOptions clientOptions, RequestOptions target, int retries,
            Guard circuitBreaker, long retryAfterSeconds) {
    }

    public DownstreamProxies(Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        GatewayConfig.Downstream downstream = config.downstream();
        Map<String, URI> targets = new HashMap<>();
        config.services().forEach((name, service) -> targets.put(name, service.url()));
        config.front().ifPresent(front -> targets.put(FRONT, front.url()));
        targets.forEach((name, url) -> {
            boolean tls = "https".equalsIgnoreCase(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
            HttpClientOptions clientOptions = new HttpClientOptions()
                    .setSsl(tls)
                    .setConnectTimeout((int) downstream.connectTimeout().toMillis())
                    .setMaxPoolSize(downstream.maxPoolSize())
                    .setKeepAlive(true);
            RequestOptions target = new RequestOptions()
                    .setHost(url.getHost())
                    .setPort(port)
                    .setSsl(tls)
                    .setConnectTimeout(downstream.connectTimeout().toMillis())
                    .setIdleTimeout(downstream.idleTimeout().toMillis());
            downstreams.put(name, new Downstream(name, clientOptions, target, downstream.idempotentRetries(),
                    circuitBreaker(name, downstream.circuitBreaker()), downstream.circuitBreaker().delay().toSeconds()));
        });
    }

    /** The Vert.x Web handler proxying to the named service from the calling event loop. */
    public ProxyHandler handler(String service) {
        Map<String, ProxyHandler> handlers = perEventLoop.get();
        ProxyHandler handler = handlers.get(service);
        if (handler == null) {
            Downstream downstream = downstreams.get(service);
            if (downstream == null) {
                throw new IllegalArgumentException("no downstream service " + service);
            }
            handler = proxy(downstream);
            handlers.put(service, handler);
        }
        return handler;
    }

    private ProxyHandler proxy(Downstream downstream) {
        HttpClient client = vertx.createHttpClient(downstream.clientOptions());
        clients.add(client);
        // no WebSocket tunnelling: it would skip the interceptor (circuit breaker, forwarding headers)
        HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                .origin(origin(client, downstream.target(), downstream.retries()))
                .addInterceptor(new ForwardingInterceptor(downstream.name(), downstream.circuitBreaker(),
                        downstream.retryAfterSeconds()));
        return ProxyHandler.create(proxy);
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
        clients.forEach(HttpClient::close);
    }
}
