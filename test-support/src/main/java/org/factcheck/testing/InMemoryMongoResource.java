package org.factcheck.testing;

import java.util.Map;

import org.factcheck.store.EmbeddedStore;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts an in-memory MongoDB wire-protocol server on a random port for a {@code @QuarkusTest}. */
public class InMemoryMongoResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedStore store;

    @Override
    public Map<String, String> start() {
        store = EmbeddedStore.inMemory("127.0.0.1", 0);
        return Map.of("quarkus.mongodb.connection-string", store.connectionString());
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
        }
    }
}
