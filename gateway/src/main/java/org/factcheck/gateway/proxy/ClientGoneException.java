package org.factcheck.gateway.proxy;

/** The caller went away mid-request: not the downstream service's fault, so not a circuit-breaker failure. */
final class ClientGoneException extends RuntimeException {

    ClientGoneException(Throwable cause) {
        super("client closed the connection", cause, false, false);
    }
}
