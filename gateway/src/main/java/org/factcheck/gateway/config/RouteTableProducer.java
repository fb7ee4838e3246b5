package org.factcheck.gateway.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.factcheck.gateway.routing.GatewayRoute;
import org.factcheck.gateway.routing.RouteTable;

import io.vertx.core.http.HttpMethod;

/** Builds the route table from configuration and refuses to start on a table that cannot work. */
@ApplicationScoped
public class RouteTableProducer {

    @Produces
    @Singleton
    RouteTable routeTable(GatewayConfig config) {
        List<GatewayRoute> routes = new ArrayList<>();
        config.routes().forEach((name, route) -> {
            if (!config.services().containsKey(route.service())) {
                throw new IllegalStateException("route " + name + " names unknown service " + route.service()
                        + "; known: " + config.services().keySet());
            }
            Map<String, Set<String>> methods = new TreeMap<>();
            route.methods().forEach((method, roles) -> {
                String m = method.toUpperCase(Locale.ROOT);
                HttpMethod.valueOf(m); // fails fast on a typo
                methods.put(m, new LinkedHashSet<>(roles.stream().map(String::trim).toList()));
            });
            routes.add(new GatewayRoute(name, route.prefix(), route.service(), methods));
        });
        Map<String, Set<String>> implied = config.impliedRoles().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        return new RouteTable(routes, config.hiddenPrefixes(), implied);
    }
}
