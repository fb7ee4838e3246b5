package org.factcheck.gateway.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factcheck.gateway.routing.GatewayRoute;
import org.factcheck.gateway.routing.RouteTable;

/** The route table, read-only, so clients and the system tests can enumerate every route and its roles. */
@Path("/gateway/routes")
@Produces(MediaType.APPLICATION_JSON)
public class RouteTableResource {

    /** One route: prefix, owning service and method → roles ({@code ["public"]} = no token). */
    public record RouteView(String name, String prefix, String service, Map<String, Set<String>> methods) {
    }

    /** The whole table. */
    public record TableView(List<RouteView> routes, List<String> hiddenPrefixes, Map<String, Set<String>> impliedRoles,
            String publicRole) {
    }

    private final RouteTable table;

    public RouteTableResource(RouteTable table) {
        this.table = table;
    }

    @GET
    @Operation(summary = "The gateway's route table: who may call what")
    public TableView routes() {
        List<RouteView> routes = table.routes().stream()
                .sorted((a, b) -> a.prefix().compareTo(b.prefix()))
                .map(r -> new RouteView(r.name(), r.prefix(), r.service(), new TreeMap<>(r.methods())))
                .toList();
        return new TableView(routes, table.hiddenPrefixes(), new TreeMap<>(table.impliedRoles()), GatewayRoute.PUBLIC);
    }
}
