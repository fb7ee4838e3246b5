package org.factcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

class EmbeddedStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsSurviveACleanRestart() {
        try (EmbeddedStore store = EmbeddedStore.persistent(dataDir, "127.0.0.1", 0, 50);
                MongoClient client = MongoClients.create(store.connectionString())) {
            client.getDatabase("claims").getCollection("articles").insertOne(new Document("_id", "a1").append("title", "Rents"));
        }
        try (EmbeddedStore store = EmbeddedStore.persistent(dataDir, "127.0.0.1", 0, 50);
                MongoClient client = MongoClients.create(store.connectionString())) {
            Document found = client.getDatabase("claims").getCollection("articles").find(Filters.eq("_id", "a1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("title")).isEqualTo("Rents");
        }
    }

    @Test
    void findOneAndUpdateIsAtomicOverTheWire() {
        try (EmbeddedStore store = EmbeddedStore.inMemory("127.0.0.1", 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            var counters = client.getDatabase("t").getCollection("counters");
            counters.insertOne(new Document("_id", "c").append("n", 0));
            Document before = counters.findOneAndUpdate(Filters.eq("_id", "c"), Updates.inc("n", 1));
            assertThat(before.getInteger("n")).isZero();
            assertThat(counters.find().first().getInteger("n")).isEqualTo(1);
        }
    }
}
