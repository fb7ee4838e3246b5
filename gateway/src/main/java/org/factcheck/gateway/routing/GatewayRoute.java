package org.factcheck.gateway.routing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the route table: a path prefix owned by a service, with the roles allowed per HTTP method.
 * A method whose role set is {@link #PUBLIC} needs no token.
 */
public record GatewayRoute(String name, String prefix, String service, Map<String, Set<String>> methods) {

    public static final String PUBLIC = "public";

    public GatewayRoute {
        if (!prefix.startsWith("/") || prefix.length() < 2 || prefix.endsWith("/")) {
            throw new IllegalArgumentException("route " + name + ": prefix must start with / and not end with /: " + prefix);
        }
        methods = Map.copyOf(methods);
    }

    /** Whole-segment prefix match: {@code /api/claims} matches {@code /api/claims} and {@code /api/claims/7}. */
    public boolean matches(String path) {
        return covers(prefix, path);
    }

    /** Whether the path is the prefix or lies below it by whole segments (not {@code /api/claimsx}). */
    public static boolean covers(String prefix, String path) {
        return path.startsWith(prefix)
                && (path.length() == prefix.length() || prefix.endsWith("/") || path.charAt(prefix.length()) == '/');
    }

    /** Roles allowed for the method (HEAD follows GET); empty when the method is not routed at all. */
    public Optional<Set<String>> rolesFor(String method) {
        String m = method.toUpperCase(Locale.ROOT);
        Set<String> roles = methods.get(m);
        if (roles == null && m.equals("HEAD")) {
            roles = methods.get("GET");
        }
        return Optional.ofNullable(roles);
    }

    public boolean isPublic(String method) {
        return rolesFor(method).map(r -> r.contains(PUBLIC)).orElse(false);
    }
}
