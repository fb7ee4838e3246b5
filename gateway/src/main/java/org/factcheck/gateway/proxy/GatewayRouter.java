package org.factcheck.gateway.proxy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factcheck.gateway.config.GatewayConfig;
import org.factcheck.gateway.ratelimit.RateLimiter;
import org.factcheck.gateway.routing.GatewayRoute;
import org.factcheck.gateway.routing.RouteTable;
import org.factcheck.web.BearerShape;
import org.factcheck.web.BodyLimit;
import org.factcheck.web.Problem;
import org.factcheck.web.ProblemType;
import org.factcheck.web.Problems;
import org.factcheck.web.RequestIds;
import org.jboss.logging.MDC;

import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's request pipeline on Quarkus' own Vert.x router:
 * <ol>
 * <li>front (before CORS and authentication): request id, response headers, per-IP limit, body size;</li>
 * <li>Quarkus OIDC authenticates the bearer token (proactive); a bad token fails the route → 401 problem;</li>
 * <li>gateway: route table lookup, role check, per-user limit, then the reverse proxy of the owning service.</li>
 * </ol>
 * Anything the gateway answers itself is application/problem+json.
 */
@ApplicationScoped
public class GatewayRouter {

    public static final String REQUEST_ID = RequestIds.HEADER;
    static final String REQUEST_ID_KEY = RequestIds.MDC_KEY;

    /** Before Quarkus' CORS (-300), authentication (-200) and upload limit (-2) handlers. */
    static final int FRONT_ORDER = -1000;
    /** After authentication and Quarkus' own authorization (-100). */
    static final int GATEWAY_ORDER = -10;

    // header names and fixed values as pre-encoded ASCII: set on every response without encoding them again
    private static final CharSequence REQUEST_ID_HEADER = HttpHeaders.createOptimized(REQUEST_ID);
    private static final CharSequence CONTENT_TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence FRAME_OPTIONS = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
    private static final CharSequence CONTENT_SECURITY_POLICY = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence STRICT_TRANSPORT_SECURITY = HttpHeaders.createOptimized("Strict-Transport-Security");
    private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");

    /** The context local Quarkus' HTTP metrics read a request's URI template from (Quarkus REST sets it too). */
    private static final String METRICS_TEMPLATE_KEY = "UrlPathTemplate";

    private static final Pattern ENCODED_SEPARATOR = Pattern.compile("(?i)%2f|%5c|%2e|\\\\");

    private final RouteTable table;
    private final GatewayConfig config;
    private final DownstreamProxies proxies;
    private final RateLimiter rateLimiter;
    private final AccessLog accessLog;
    private final Pattern requestIdPattern;
    private final long maxBodySize;
    private final List<String> frontPaths;
    private final CharSequence contentSecurityPolicy;
    /** null when not configured */
    private final CharSequence strictTransportSecurity;

    private final List<String> corsOrigins;
    private final List<Pattern> corsOriginPatterns;

    public GatewayRouter(RouteTable table, GatewayConfig config, DownstreamProxies proxies, RateLimiter rateLimiter,
            AccessLog accessLog, @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> corsOrigins) {
        List<String> origins = corsOrigins.orElse(List.of());
        this.corsOrigins = origins.stream().filter(o -> !isPattern(o)).toList();
        this.corsOriginPatterns = origins.stream().filter(GatewayRouter::isPattern)
                .map(o -> Pattern.compile(o.substring(1, o.length() - 1))).toList();
        this.table = table;
        this.config = config;
        this.proxies = proxies;
        this.rateLimiter = rateLimiter;
        this.accessLog = accessLog;
        this.requestIdPattern = Pattern.compile(config.requestIdPattern());
        this.maxBodySize = config.maxBodySize().asLongValue();
        this.frontPaths = config.front().map(GatewayConfig.Front::paths).orElse(List.of());
        this.contentSecurityPolicy = HttpHeaders.createOptimized(config.headers().contentSecurityPolicy());
        this.strictTransportSecurity = config.headers().strictTransportSecurity().filter(s -> !s.isBlank())
                .map(HttpHeaders::createOptimized).orElse(null);
    }

    void install(@Observes Router router) {
        router.route().order(FRONT_ORDER).handler(this::front);
        router.route().order(FRONT_ORDER).failureHandler(this::failure);
        router.route().order(GATEWAY_ORDER).handler(this::gateway);
        router.errorHandler(404, rc -> {
            prepare(rc);
            Problems.send(rc, ProblemType.NOT_FOUND, "No route for " + rc.request().path());
        });
    }

    /** Runs first for every request. */
    private void front(RoutingContext rc) {
        prepare(rc);
        HttpServerRequest request = rc.request();
        String path = request.path() == null ? "/" : request.path();

        if (!path.startsWith("/q/")) {
            RateLimiter.Verdict verdict = rateLimiter.tryIp(clientIp(request));
            if (!verdict.allowed()) {
                tooMany(rc, verdict, "Too many requests from this address.");
                return;
            }
        }

        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !originAllowed(origin, request)) {
            // Quarkus' CORS filter would refuse it with an empty 403: the same refusal, as a problem
            Problems.send(rc, ProblemType.FORBIDDEN, "Requests from origin " + origin + " are not allowed.");
            return;
        }

        if (BearerShape.refuses(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            // rejected before the OIDC code sees it: some malformed shapes (e.g. "..") make it throw
            unauthorized(rc, "The bearer token is not valid.");
            return;
        }

        long length = BodyLimit.declaredLength(request.getHeader(HttpHeaders.CONTENT_LENGTH));
        if (length == BodyLimit.NOT_A_NUMBER) {
            Problems.sendAndClose(rc, ProblemType.INVALID_REQUEST, "Content-Length is not a number.");
            return;
        }
        if (length > maxBodySize) {
            Problems.sendAndClose(rc, ProblemType.PAYLOAD_TOO_LARGE, BodyLimit.tooLarge(maxBodySize));
            return;
        }
        rc.next();
    }

    /** Runs after authentication: the route table decides, then the owning service's proxy takes over. */
    private void gateway(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = request.path();
        String normalized = rc.normalizedPath();
        if (path == null || normalized == null) {
            rc.next();
            return;
        }
        if (table.isHidden(normalized) || table.isHidden(path)) {
            Problems.send(rc, ProblemType.NOT_FOUND, "No route for " + path);
            return;
        }
        Optional<GatewayRoute> found = table.find(normalized);
        if (found.isEmpty()) {
            String page = frontPrefix(normalized);
            if (normalized.equals("/api") || normalized.startsWith("/api/")) {
                Problems.send(rc, ProblemType.NOT_FOUND, "No route for " + path);
            } else if (page != null) {
                // the front end signs its users in itself (OIDC session cookie) and calls /api with their token
                rc.put("service", DownstreamProxies.FRONT);
                nameInMetrics(page, normalized);
                forward(rc, request);
            } else {
                rc.next(); // health, OpenAPI, the route listing, or the 404 handler
            }
            return;
        }
        if (!path.equals(normalized) || ENCODED_SEPARATOR.matcher(path).find()) {
            Problems.send(rc, ProblemType.INVALID_REQUEST, "The path must be in normal form (no dot segments or encoded separators).");
            return;
        }
        GatewayRoute route = found.get();
        SecurityIdentity identity = identity(rc);
        Set<String> roles = identity == null ? null : identity.getRoles();
        switch (table.decide(route, request.method().name(), roles)) {
            case METHOD_NOT_ALLOWED -> {
                rc.response().putHeader(HttpHeaders.ALLOW, allowed(route));
                Problems.send(rc, ProblemType.METHOD_NOT_ALLOWED,
                        request.method().name() + " is not routed for " + route.prefix() + ".");
            }
            case UNAUTHENTICATED -> unauthorized(rc, "A bearer token is required.");
            case FORBIDDEN -> Problems.send(rc, ProblemType.FORBIDDEN,
                    "None of your roles may " + request.method().name() + " " + route.prefix() + ".");
            case NOT_FOUND -> Problems.send(rc, ProblemType.NOT_FOUND, "No route for " + path);
            case ALLOWED -> forward(rc, route, identity);
        }
    }

    private void forward(RoutingContext rc, GatewayRoute route, SecurityIdentity identity) {
        if (identity != null) {
            RateLimiter.Verdict verdict = rateLimiter.tryUser(identity.getPrincipal().getName());
            if (!verdict.allowed()) {
                tooMany(rc, verdict, "Too many requests for this user.");
                return;
            }
        }
        rc.put("service", route.service());
        nameInMetrics(route.prefix(), rc.normalizedPath());
        forward(rc, rc.request());
    }

    private void forward(RoutingContext rc, HttpServerRequest request) {
        if (request.getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && request.headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true)) {
            // a chunked body would stream past the size limit: ask for its length up front
            Problems.sendAndClose(rc, ProblemType.LENGTH_REQUIRED, "Send the request body with a Content-Length.");
            return;
        }
        proxies.handler(rc.get("service")).handle(rc);
    }

    /**
     * The page prefix (whole segments) that sends the path to the front end, or null: {@code /} and the configured
     * prefixes go there, when there is a front end.
     */
    private String frontPrefix(String path) {
        if (frontPaths.isEmpty() || table.isHidden(path)) {
            return null;
        }
        for (String prefix : frontPaths) {
            if (prefix.equals("/") ? path.equals("/") : GatewayRoute.covers(prefix, path)) {
                return prefix;
            }
        }
        return null;
    }

    /**
     * Names a forwarded request in the HTTP server metrics by the prefix it was routed on ({@code /api/claims/{path}}
     * for {@code /api/claims/6b1…}), as Quarkus REST does with its path templates; otherwise every claim id would
     * be a time series of its own, until Micrometer's cap on URI tags started dropping them.
     */
    private static void nameInMetrics(String prefix, String path) {
        if (path.length() > prefix.length() + 1) {
            ContextLocals.put(METRICS_TEMPLATE_KEY, prefix.endsWith("/") ? prefix + "{path}" : prefix + "/{path}");
        }
    }

    /** Failures raised by Quarkus (authentication) or by a handler. */
    private void failure(RoutingContext rc) {
        prepare(rc);
        Throwable failure = rc.failure();
        if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException) {
            unauthorized(rc, "The bearer token is not valid.");
        } else if (failure instanceof OIDCException) {
            // Keycloak unreachable and its keys not yet cached: not the caller's fault
            Log.warnf("identity provider unavailable: %s", failure.getMessage());
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, "5");
            Problems.send(rc, ProblemType.IDENTITY_PROVIDER_UNAVAILABLE, "The identity provider cannot be reached; try again shortly.");
        } else if (failure instanceof ForbiddenException) {
            Problems.send(rc, ProblemType.FORBIDDEN, "Access denied.");
        } else {
            int status = rc.statusCode() >= 400 ? rc.statusCode() : 500;
            if (status >= 500) {
                Log.errorf(failure, "%s %s failed", rc.request().method(), rc.request().path());
            }
            Problems.send(rc, Problem.ofStatus(status,
                    status >= 500 ? "The gateway could not handle the request." : ProblemType.reasonPhrase(status) + ".",
                    rc.request().path()));
        }
    }

    private void unauthorized(RoutingContext rc, String detail) {
        rc.response().putHeader("WWW-Authenticate", "Bearer");
        Problems.send(rc, ProblemType.UNAUTHORIZED, detail);
    }

    private static void tooMany(RoutingContext rc, RateLimiter.Verdict verdict, String detail) {
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
        Problems.send(rc, ProblemType.TOO_MANY_REQUESTS, detail);
    }

    /** Request id, MDC and response headers; idempotent, as failures may arrive before the front handler ran. */
    private void prepare(RoutingContext rc) {
        if (rc.get(REQUEST_ID_KEY) != null) {
            return;
        }
        HttpServerRequest request = rc.request();
        String offered = request.getHeader(REQUEST_ID);
        String id = RequestIds.acceptOrNew(offered, requestIdPattern);
        rc.put(REQUEST_ID_KEY, id);
        request.headers().set(REQUEST_ID, id); // what the service receives
        MDC.put(REQUEST_ID_KEY, id);
        boolean authenticated = request.headers().contains(HttpHeaders.AUTHORIZATION);
        String path = request.path() == null ? "/" : request.path();
        long start = System.nanoTime();
        rc.addHeadersEndHandler(v -> securityHeaders(rc.response(), id, authenticated, rc.get("service")));
        if (config.accessLog()) {
            rc.addBodyEndHandler(v -> accessLog.record(id, accessLine(request.method().name(), path, rc.get("service"),
                    rc.response().getStatusCode(), System.nanoTime() - start)));
        }
    }

    /**
     * The access log line, e.g. {@code GET /api/claims -> claims 200 3.2ms}: built by hand, as a format string
     * (java.util.Formatter, and {@code %.1f} above all) cost more than the rest of the log record.
     */
    static String accessLine(String method, String path, String service, int status, long nanos) {
        long tenths = (nanos + 50_000) / 100_000;
        return new StringBuilder(method.length() + path.length() + 40)
                .append(method).append(' ').append(path).append(" -> ").append(service == null ? "gateway" : service)
                .append(' ').append(status).append(' ').append(tenths / 10).append('.').append(tenths % 10).append("ms")
                .toString();
    }

    private void securityHeaders(HttpServerResponse response, String requestId, boolean authenticated, String service) {
        var headers = response.headers();
        headers.set(REQUEST_ID_HEADER, requestId);
        headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
        headers.set(FRAME_OPTIONS, DENY);
        // the front end's pages bring their own policies: they load its scripts and styles, and their forms need
        // the Origin header that "no-referrer" would blank out
        boolean front = DownstreamProxies.FRONT.equals(service);
        if (!(front && headers.contains(REFERRER_POLICY))) {
            headers.set(REFERRER_POLICY, NO_REFERRER);
        }
        if (!(front && headers.contains(CONTENT_SECURITY_POLICY))) {
            headers.set(CONTENT_SECURITY_POLICY, contentSecurityPolicy);
        }
        if (strictTransportSecurity != null) {
            headers.set(STRICT_TRANSPORT_SECURITY, strictTransportSecurity);
        }
        if (authenticated || response.getStatusCode() >= 400) {
            headers.set(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }

    /** As Quarkus' CORS filter decides: a listed origin, one matching a /regex/ entry, or the gateway's own. */
    private boolean originAllowed(String origin, HttpServerRequest request) {
        if (corsOrigins.isEmpty() && corsOriginPatterns.isEmpty() || corsOrigins.contains("*")
                || corsOrigins.contains(origin) || corsOriginPatterns.stream().anyMatch(p -> p.matcher(origin).matches())) {
            return true;
        }
        String host = request.getHeader(HttpHeaders.HOST);
        return host != null && origin.equalsIgnoreCase(request.scheme() + "://" + host);
    }

    private static boolean isPattern(String origin) {
        return origin.length() > 1 && origin.startsWith("/") && origin.endsWith("/");
    }

    private static SecurityIdentity identity(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return user.getSecurityIdentity();
        }
        return null;
    }

    private static String clientIp(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    private static String allowed(GatewayRoute route) {
        Set<String> methods = new TreeSet<>(route.methods().keySet());
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return String.join(", ", methods);
    }
}
