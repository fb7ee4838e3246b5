package org.factcheck.store;

import java.nio.file.Path;

import org.jboss.logging.Logger;

/**
 * Runs the embedded MongoDB-compatible store as its own process.
 *
 * <p>Settings come from system properties or environment variables:
 * {@code FACTCHECK_STORE_HOST} (127.0.0.1), {@code FACTCHECK_STORE_PORT} (27017),
 * {@code FACTCHECK_STORE_DATA} (./data/store), {@code FACTCHECK_STORE_COMMIT_MS} (50),
 * {@code FACTCHECK_STORE_MEMORY} (false: keep everything in memory, for throw-away runs).
 */
public final class StoreMain {

    private static final Logger LOG = Logger.getLogger(StoreMain.class);

    private StoreMain() {
    }

    public static void main(String[] args) {
        StoreSettings settings = StoreSettings.from(System.getenv(), System.getProperties());
        EmbeddedStore store = settings.inMemory()
                ? EmbeddedStore.inMemory(settings.host(), settings.port())
                : EmbeddedStore.persistent(Path.of(settings.dataDir()), settings.host(), settings.port(),
                        settings.commitIntervalMillis());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("SIGTERM: committing and closing the store");
            store.close();
        }, "store-shutdown"));
        LOG.infof("store listening on %s (%s)", store.connectionString(),
                settings.inMemory() ? "in memory" : "data in " + Path.of(settings.dataDir()).toAbsolutePath());
    }
}
