package org.factcheck.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The gateway's access rules, free of framework types: which service owns a path and who may call it. */
public final class RouteTable {

    /** Outcome of checking a request against the table. */
    public enum Decision {
        /** hidden prefix or no route: 404 */
        NOT_FOUND,
        /** route exists, method not routed: 405 */
        METHOD_NOT_ALLOWED,
        /** protected and no identity: 401 */
        UNAUTHENTICATED,
        /** identity lacks every allowed role: 403 */
        FORBIDDEN,
        ALLOWED
    }

    private final List<GatewayRoute> routes;
    private final List<String> hiddenPrefixes;
    private final Map<String, Set<String>> impliedRoles;

    public RouteTable(List<GatewayRoute> routes, List<String> hiddenPrefixes, Map<String, Set<String>> impliedRoles) {
        // longest prefix first, so /api/reviews/x never lands on a shorter /api route
        this.routes = routes.stream().sorted(Comparator.comparingInt((GatewayRoute r) -> r.prefix().length()).reversed()
                .thenComparing(GatewayRoute::name)).toList();
        this.hiddenPrefixes = List.copyOf(hiddenPrefixes);
        this.impliedRoles = Map.copyOf(impliedRoles);
    }

    public List<GatewayRoute> routes() {
        return routes;
    }

    public List<String> hiddenPrefixes() {
        return hiddenPrefixes;
    }

    public Map<String, Set<String>> impliedRoles() {
        return impliedRoles;
    }

    public boolean isHidden(String path) {
        for (String prefix : hiddenPrefixes) {
            if (GatewayRoute.covers(prefix, path)) {
                return true;
            }
        }
        return false;
    }

    /** The route owning the path, or empty when the gateway does not route it (or hides it). */
    public Optional<GatewayRoute> find(String path) {
        if (isHidden(path)) {
            return Optional.empty();
        }
        for (GatewayRoute route : routes) {
            if (route.matches(path)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /**
     * Checks a request.
     *
     * @param roles the caller's roles, or {@code null} when the caller is anonymous
     */
    public Decision decide(String path, String method, Set<String> roles) {
        Optional<GatewayRoute> route = find(path);
        if (route.isEmpty()) {
            return Decision.NOT_FOUND;
        }
        return decide(route.get(), method, roles);
    }

    public Decision decide(GatewayRoute route, String method, Set<String> roles) {
        Optional<Set<String>> allowed = route.rolesFor(method);
        if (allowed.isEmpty()) {
            return Decision.METHOD_NOT_ALLOWED;
        }
        if (allowed.get().contains(GatewayRoute.PUBLIC)) {
            return Decision.ALLOWED;
        }
        if (roles == null) {
            return Decision.UNAUTHENTICATED;
        }
        return holdsAny(roles, allowed.get()) ? Decision.ALLOWED : Decision.FORBIDDEN;
    }

    /** Whether the roles held, or those they imply, include one of the allowed roles. */
    private boolean holdsAny(Set<String> held, Set<String> allowed) {
        for (String role : held) {
            if (allowed.contains(role)) {
                return true;
            }
            for (String implied : impliedRoles.getOrDefault(role, Set.of())) {
                if (allowed.contains(implied)) {
                    return true;
                }
            }
        }
        return false;
    }
}
