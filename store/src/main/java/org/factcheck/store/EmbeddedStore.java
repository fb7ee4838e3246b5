package org.factcheck.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire-protocol server (mongo-java-server) that clients reach over TCP with the ordinary driver.
 *
 * <p>The persistent variant keeps its data in an H2 MVStore file. MVStore only writes a change to disk when
 * it commits, so a background task commits every {@code commitIntervalMillis}; a hard kill can lose what was
 * acknowledged since the last commit, a clean {@link #close()} loses nothing.
 */
public final class EmbeddedStore implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedStore.class);

    private final MongoServer server;
    private final MongoBackend backend;
    private final ScheduledExecutorService committer;
    private final String connectionString;

    private EmbeddedStore(MongoBackend backend, String host, int port, ScheduledExecutorService committer) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        this.committer = committer;
        this.server.bind(host, port);
        var address = server.getLocalAddress();
        this.connectionString = "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    /** A throw-away store; port 0 picks a free port. */
    public static EmbeddedStore inMemory(String host, int port) {
        return new EmbeddedStore(new MemoryBackend(), host, port, null);
    }

    /** A store kept in {@code dataDir/factcheck.mv}, committed at least every {@code commitIntervalMillis}. */
    public static EmbeddedStore persistent(Path dataDir, String host, int port, long commitIntervalMillis) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store directory " + dataDir, e);
        }
        MVStore mvStore = new MVStore.Builder()
                .fileName(dataDir.resolve("factcheck.mv").toString())
                .autoCommitDisabled()
                .compress()
                .open();
        H2Backend h2 = new H2Backend(mvStore);
        ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-commit");
            t.setDaemon(true);
            return t;
        });
        committer.scheduleWithFixedDelay(() -> commitQuietly(mvStore), commitIntervalMillis, commitIntervalMillis,
                TimeUnit.MILLISECONDS);
        return new EmbeddedStore(h2, host, port, committer);
    }

    private static void commitQuietly(MVStore mvStore) {
        try {
            if (!mvStore.isClosed() && mvStore.hasUnsavedChanges()) {
                mvStore.commit();
            }
        } catch (RuntimeException e) {
            LOG.warn("store commit failed; retrying on the next tick", e);
        }
    }

    public String connectionString() {
        return connectionString;
    }

    public int port() {
        return server.getLocalAddress().getPort();
    }

    /** Stops accepting connections, commits what is pending and closes the file. */
    @Override
    public void close() {
        server.shutdown();
        if (committer != null) {
            committer.shutdownNow();
        }
        backend.close();
    }
}
