package org.factcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * Measures what a hard kill of the store process loses: writes acknowledged since the last periodic commit.
 * The store runs as its own process (the packaged runner jar), as under {@code ./factcheck up}.
 */
class HardKillDurabilityIT {

    private static final long COMMIT_MS = 50;

    @TempDir
    Path dataDir;

    @Test
    void hardKillLosesAtMostTheWritesOfTheLastCommitIntervals() throws Exception {
        int port = freePort();
        List<Instant> acknowledged = new ArrayList<>();
        Process store = start(port);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> docs = client.getDatabase("crash").getCollection("docs");
            Instant until = Instant.now().plusSeconds(3);
            for (int i = 0; Instant.now().isBefore(until); i++) {
                docs.insertOne(new Document("_id", i));
                acknowledged.add(Instant.now());
            }
            store.destroyForcibly().waitFor();
        }
        Instant killedAt = Instant.now();

        Process restarted = start(port);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            Set<Integer> present = new HashSet<>();
            client.getDatabase("crash").getCollection("docs").find()
                    .forEach(d -> present.add(d.getInteger("_id")));
            List<Integer> lost = new ArrayList<>();
            for (int i = 0; i < acknowledged.size(); i++) {
                if (!present.contains(i)) {
                    lost.add(i);
                }
            }
            Duration window = lost.isEmpty() ? Duration.ZERO
                    : Duration.between(acknowledged.get(lost.get(0)), killedAt);
            System.out.printf("store hard kill: %d acknowledged writes, %d lost (%.2f%%), loss window %d ms "
                    + "(commit interval %d ms)%n", acknowledged.size(), lost.size(),
                    100.0 * lost.size() / acknowledged.size(), window.toMillis(), COMMIT_MS);

            assertThat(present).hasSizeLessThanOrEqualTo(acknowledged.size());
            // only a suffix may be lost, and only the last few commit intervals' worth of it
            if (!lost.isEmpty()) {
                assertThat(lost.get(lost.size() - 1) - lost.get(0) + 1).isEqualTo(lost.size());
                assertThat(lost.get(lost.size() - 1)).isEqualTo(acknowledged.size() - 1);
            }
            assertThat(window).isLessThan(Duration.ofMillis(1000));
        } finally {
            restarted.destroy();
            restarted.waitFor();
        }
    }

    private Process start(int port) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = System.getProperty("store.runner.jar");
        assertThat(Files.exists(Path.of(jar))).as("runner jar %s", jar).isTrue();
        ProcessBuilder pb = new ProcessBuilder(java, "-jar", jar).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("store-" + port + "-" + System.nanoTime() + ".log").toFile());
        pb.environment().put("FACTCHECK_STORE_PORT", String.valueOf(port));
        pb.environment().put("FACTCHECK_STORE_DATA", dataDir.resolve("data").toString());
        pb.environment().put("FACTCHECK_STORE_COMMIT_MS", String.valueOf(COMMIT_MS));
        Process process = pb.start();
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("store did not start on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
