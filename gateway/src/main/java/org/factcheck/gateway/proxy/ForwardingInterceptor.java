package org.factcheck.gateway.proxy;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.util.TypeLiteral;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.factcheck.web.Problem;
import org.factcheck.web.ProblemType;
import org.factcheck.web.Problems;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.StreamResetException;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Adds the forwarding headers on the way in, runs the call through the service's circuit breaker, turns a
 * failed call into a 503 problem, and strips hop-by-hop headers both ways.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    private static final TypeLiteral<CompletionStage<ProxyResponse>> RESPONSE_STAGE = new TypeLiteral<>() {
    };

    private final String service;
    private final Guard circuitBreaker;
    private final long retryAfterSeconds;

    ForwardingInterceptor(String service, Guard circuitBreaker, long retryAfterSeconds) {
        this.service = service;
        this.circuitBreaker = circuitBreaker;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        MultiMap headers = request.headers();
        removeConnectionListedHeaders(headers);
        headers.remove("Forwarded");
        // the caller's own X-Forwarded-* are not trusted; the remote address already honours trusted proxies
        headers.set("X-Forwarded-For", incoming.remoteAddress() == null ? "unknown" : incoming.remoteAddress().hostAddress());
        headers.set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme());
        if (incoming.authority() != null) {
            headers.set("X-Forwarded-Host", incoming.authority().toString());
        } else {
            headers.remove("X-Forwarded-Host");
        }

        var vertxContext = Vertx.currentContext();
        HttpServerResponse toClient = incoming.response();
        CompletionStage<ProxyResponse> guarded = circuitBreaker.get(() -> context.sendRequest()
                .recover(failure -> Future.failedFuture(toClient.closed() || failure instanceof StreamResetException
                        ? new ClientGoneException(failure)
                        : failure))
                .toCompletionStage(), RESPONSE_STAGE);
        return Future.fromCompletionStage(guarded, vertxContext).recover(failure -> {
            if (failure instanceof ClientGoneException) {
                Log.debugf("%s %s: caller left before %s answered", request.getMethod(), incoming.path(), service);
                return Future.failedFuture(failure);
            }
            return Future.succeededFuture(unavailable(request, failure));
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        removeConnectionListedHeaders(context.response().headers());
        return context.sendResponse();
    }

    private ProxyResponse unavailable(ProxyRequest request, Throwable failure) {
        ProblemType kind = failure instanceof CircuitBreakerOpenException ? ProblemType.CIRCUIT_OPEN
                : ProblemType.SERVICE_UNAVAILABLE;
        String detail = switch (kind) {
            case CIRCUIT_OPEN -> "The " + service + " service is failing; calls are paused for a moment.";
            default -> isTimeout(failure) ? "The " + service + " service did not answer in time."
                    : DownstreamProxies.isConnectFailure(failure) ? "The " + service + " service cannot be reached."
                            : "The call to the " + service + " service failed.";
        };
        Log.warnf("%s %s -> %s unavailable: %s", request.getMethod(), request.proxiedRequest().path(), service,
                failure.toString());
        Problem problem = Problem.of(kind, detail, request.proxiedRequest().path());
        return request.release().response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .setBody(Body.body(Problems.body(problem)));
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    /** Headers named in {@code Connection:} are hop-by-hop too (RFC 9110 §7.6.1); the proxy only drops the standard ones. */
    private static void removeConnectionListedHeaders(MultiMap headers) {
        for (String value : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String name : value.split(",")) {
                String trimmed = name.trim();
                if (!trimmed.isEmpty()) {
                    headers.remove(trimmed);
                }
            }
        }
        headers.remove(HttpHeaders.CONNECTION);
        headers.remove(HttpHeaders.KEEP_ALIVE);
    }
}
