package org.factcheck.gateway.openapi;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.factcheck.gateway.config.GatewayConfig;
import org.factcheck.gateway.routing.GatewayRoute;
import org.factcheck.gateway.routing.RouteTable;

import io.quarkus.logging.Log;
import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * One OpenAPI document for everything reachable through the gateway: each service's {@code /q/openapi}, fetched
 * with a short timeout and cached, reduced to the paths the gateway routes to it, with clashing component names
 * qualified by the service name. A service that does not answer is left out and named in the description.
 */
@ApplicationScoped
public class OpenApiAggregator {

    private record Cached(long expiresAtNanos, JsonObject document) {
    }

    private record Fetched(String service, JsonObject document, String failure) {
    }

    private final GatewayConfig config;
    private final RouteTable table;
    private final HttpClient client;
    private volatile Cached cached;

    public OpenApiAggregator(Vertx vertx, GatewayConfig config, RouteTable table) {
        this.config = config;
        this.table = table;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.openapi().fetchTimeout().toMillis()));
    }

    /** The merged document; served from cache while fresh. */
    public Future<JsonObject> document() {
        Cached current = cached;
        if (current != null && current.expiresAtNanos - System.nanoTime() > 0) {
            return Future.succeededFuture(current.document);
        }
        List<Future<Fetched>> fetches = new ArrayList<>();
        new java.util.TreeMap<>(config.services()).forEach((name, service) -> fetches.add(fetch(name, service.url())));
        return Future.join(fetches).map(all -> {
            List<Fetched> results = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                results.add(((CompositeFuture) all).resultAt(i));
            }
            JsonObject merged = merge(results);
            // a partial document is cached for a shorter time, so a recovered service shows up soon
            boolean complete = results.stream().allMatch(f -> f.failure() == null);
            long ttl = complete ? config.openapi().cacheTtl().toNanos() : config.openapi().cacheTtl().toNanos() / 6;
            cached = new Cached(System.nanoTime() + ttl, merged);
            return merged;
        });
    }

    private Future<Fetched> fetch(String service, URI url) {
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(url.getHost())
                .setPort(url.getPort() > 0 ? url.getPort() : tls ? 443 : 80)
                .setSsl(tls)
                .setURI("/q/openapi?format=json")
                .putHeader("Accept", "application/json")
                .setTimeout(config.openapi().fetchTimeout().toMillis());
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture("HTTP " + response.statusCode()))
                .map(body -> new Fetched(service, body.toJsonObject(), null))
                .otherwise(failure -> {
                    Log.warnf("OpenAPI of %s not available: %s", service, failure.getMessage());
                    return new Fetched(service, null, String.valueOf(failure.getMessage()));
                });
    }

    JsonObject merge(List<Fetched> documents) {
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String version = "3.0.3";
        for (Fetched fetched : documents) {
            if (fetched.document() == null) {
                notes.add(fetched.service() + " is left out: its OpenAPI document could not be fetched ("
                        + fetched.failure() + ").");
                continue;
            }
            JsonObject doc = qualifyClashes(fetched.service(), fetched.document(), components);
            version = doc.getString("openapi", version);
            doc.getJsonObject("paths", new JsonObject()).forEach(entry -> {
                if (routedTo(fetched.service(), entry.getKey())) {
                    paths.put(entry.getKey(), entry.getValue());
                }
            });
            doc.getJsonObject("components", new JsonObject()).forEach(group -> {
                JsonObject target = components.getJsonObject(group.getKey());
                if (target == null) {
                    target = new JsonObject();
                    components.put(group.getKey(), target);
                }
                if (group.getValue() instanceof JsonObject entries) {
                    target.mergeIn(entries);
                }
            });
            for (Object tag : doc.getJsonArray("tags", new JsonArray())) {
                if (tag instanceof JsonObject t) {
                    tags.putIfAbsent(t.getString("name"), t);
                }
            }
        }
        String description = "All Factcheck APIs as reachable through the gateway."
                + (notes.isEmpty() ? "" : " " + String.join(" ", notes));
        return new JsonObject()
                .put("openapi", version)
                .put("info", new JsonObject().put("title", "Factcheck API (through the gateway)").put("version", "1")
                        .put("description", description))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("tags", new JsonArray(new ArrayList<>(tags.values())))
                .put("paths", paths)
                .put("components", components);
    }

    /** Only what the gateway forwards to this service (no /internal, no /q). */
    private boolean routedTo(String service, String path) {
        return table.find(path).map(GatewayRoute::service).filter(service::equals).isPresent();
    }

    /** Renames this document's components whose names clash with different ones already merged. */
    private static JsonObject qualifyClashes(String service, JsonObject document, JsonObject merged) {
        Map<String, String> renames = new LinkedHashMap<>();
        JsonObject own = document.getJsonObject("components", new JsonObject());
        own.forEach(group -> {
            JsonObject existing = merged.getJsonObject(group.getKey());
            if (existing == null || !(group.getValue() instanceof JsonObject entries)) {
                return;
            }
            for (String name : entries.fieldNames()) {
                if (existing.containsKey(name) && !existing.getValue(name).equals(entries.getValue(name))) {
                    String prefix = "#/components/" + group.getKey() + "/";
                    renames.put(prefix + name, prefix + service + "." + name);
                }
            }
        });
        if (renames.isEmpty()) {
            return document;
        }
        JsonObject copy = document.copy();
        JsonObject copyComponents = copy.getJsonObject("components");
        renames.forEach((from, to) -> {
            String[] f = from.split("/");
            String[] t = to.split("/");
            JsonObject group = copyComponents.getJsonObject(f[2]);
            group.put(t[3], group.remove(f[3]));
        });
        rewriteRefs(copy, renames);
        return copy;
    }

    private static void rewriteRefs(Object node, Map<String, String> renames) {
        if (node instanceof JsonObject object) {
            for (String key : new ArrayList<>(object.fieldNames())) {
                Object value = object.getValue(key);
                if (key.equals("$ref") && value instanceof String ref && renames.containsKey(ref)) {
                    object.put(key, renames.get(ref));
                } else {
                    rewriteRefs(value, renames);
                }
            }
        } else if (node instanceof JsonArray array) {
            array.forEach(item -> rewriteRefs(item, renames));
        }
    }

    /** Forgets the cached document (tests). */
    public void invalidate() {
        cached = null;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
