package org.factcheck.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

class RetryPolicyTest {

    @Test
    void onlyIdempotentMethodsAreRetried() {
        assertThat(DownstreamProxies.retriesFor(HttpMethod.GET, 1)).isEqualTo(1);
        assertThat(DownstreamProxies.retriesFor(HttpMethod.HEAD, 1)).isEqualTo(1);
        assertThat(DownstreamProxies.retriesFor(HttpMethod.POST, 1)).isZero();
        assertThat(DownstreamProxies.retriesFor(HttpMethod.PUT, 1)).isZero();
        assertThat(DownstreamProxies.retriesFor(HttpMethod.PATCH, 1)).isZero();
        assertThat(DownstreamProxies.retriesFor(HttpMethod.DELETE, 1)).isZero();
    }

    @Test
    void refusedConnectionIsTriedAgainUpToTheLimit() {
        AtomicInteger attempts = new AtomicInteger();
        Future<String> result = DownstreamProxies.retryConnectFailures(() -> {
            attempts.incrementAndGet();
            return Future.failedFuture(new ConnectException("Connection refused"));
        }, 2);
        assertThat(result.failed()).isTrue();
        assertThat(attempts).hasValue(3);
    }

    @Test
    void secondAttemptCanSucceed() {
        AtomicInteger attempts = new AtomicInteger();
        Future<String> result = DownstreamProxies.retryConnectFailures(() -> attempts.incrementAndGet() == 1
                ? Future.failedFuture(new ConnectException("Connection refused"))
                : Future.succeededFuture("connected"), 1);
        assertThat(result.result()).isEqualTo("connected");
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        Future<String> result = DownstreamProxies.retryConnectFailures(() -> {
            attempts.incrementAndGet();
            return Future.failedFuture(new TimeoutException("no answer"));
        }, 3);
        assertThat(result.failed()).isTrue();
        assertThat(attempts).hasValue(1);
    }
}
