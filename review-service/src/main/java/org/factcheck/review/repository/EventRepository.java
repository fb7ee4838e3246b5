package org.factcheck.review.repository;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factcheck.review.PendingEvent;
import org.factcheck.review.workflow.ChainedEvent;
import org.factcheck.review.workflow.EventHash;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The append-only history: collection {@code events} ({@code _id} = seq) plus a hint document
 * {@code chain/head = {seq, hash}}. Nothing here updates or deletes an event.
 *
 * <p>How concurrent appends stay one linear chain: within a process, one writer at a time inserts every event
 * queued so far (group commit, {@link GroupCommit}), starting from the last event this process appended (or the
 * head hint), each with {@code _id = previous seq + 1} and {@code prevHash = hash of the previous event}. Across
 * processes the unique {@code _id} lets exactly one insert win each seq; a loser reads the winner's event and goes
 * on after it. So the insert itself allocates the seq and the chain can neither fork nor have a hole.
 * A separate {@code $inc} counter was rejected: a process dying between the increment and the insert would leave
 * a gap that verification reports as tampering. The head is advanced afterwards with a conditional update
 * ({@code seq < new}); if that is lost in a crash, the next appender steps over the events past it.
 *
 * <p>Each event also carries a unique {@code key} (claim, version, index): appending the same pending event twice
 * (a retry after a crash, or two threads completing the same change) is refused by the index, atomically.
 */
@ApplicationScoped
public class EventRepository {

    private static final String HEAD = "head";
    private static final String KEY_INDEX = "event_key";

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> chain;
    /**
     * The last event this process appended: where the next append starts, saving a read of the head. Only ever a
     * hint — another instance may have appended since — so an append still lets the unique {@code _id} decide.
     */
    private final AtomicReference<Link> tail = new AtomicReference<>();

    private record Link(long seq, String hash) {
    }

    /** One event to append; {@code seq} is its place in the chain once appended, -1 if it was there already. */
    public static final class Append {
        final String claimId;
        final PendingEvent event;
        final Document data;
        long seq;

        public Append(String claimId, PendingEvent event) {
            this.claimId = claimId;
            this.event = event;
            this.data = Document.parse(event.dataJson);
        }
    }

    public EventRepository(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        var db = client.getDatabase(database);
        this.events = db.getCollection("events");
        this.chain = db.getCollection("chain");
    }

    public record Filter(String from, String to, String actor, String claimId, String type) {
        Bson toBson() {
            List<Bson> f = new ArrayList<>();
            if (from != null) {
                f.add(gte("at", from));
            }
            if (to != null) {
                f.add(lt("at", to));
            }
            if (actor != null) {
                f.add(eq("actor", actor));
            }
            if (claimId != null) {
                f.add(eq("claimId", claimId));
            }
            if (type != null) {
                f.add(eq("type", type));
            }
            return f.isEmpty() ? Filters.empty() : and(f);
        }
    }

    public void createIndexes() {
        events.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true).name(KEY_INDEX));
        events.createIndex(Indexes.compoundIndex(Indexes.ascending("claimId"), Indexes.ascending("_id")),
                new IndexOptions().name("claim_seq"));
        events.createIndex(Indexes.ascending("at"), new IndexOptions().name("at"));
    }

    /** Appends the event unless one with its key is in the chain already. Returns its seq, or -1 if it was. */
    public long append(String claimId, PendingEvent p) {
        return appendAll(claimId, List.of(p))[0];
    }

    /** Appends the events in order, each unless its key is in the chain already; returns their seqs (-1 where it was). */
    public long[] appendAll(String claimId, List<PendingEvent> pending) {
        List<Append> appends = new ArrayList<>(pending.size());
        for (PendingEvent p : pending) {
            appends.add(new Append(claimId, p));
        }
        insertBatch(appends);
        long[] seqs = new long[appends.size()];
        for (int i = 0; i < seqs.length; i++) {
            seqs[i] = appends.get(i).seq;
        }
        return seqs;
    }

    /**
     * Links the batch onto the chain and inserts it with one ordered {@code insertMany} and one head advance,
     * setting each append's seq. Safe from any thread, but meant to be called one batch at a time per process
     * ({@link GroupCommit}): concurrent batches of one process would compete for the same seqs.
     */
    public void insertBatch(List<Append> batch) {
        Link last = tail.get();
        if (last == null) {
            Document head = chain.find(eq("_id", HEAD)).first();
            last = head == null ? new Link(0, EventHash.GENESIS) : new Link(head.getLong("seq"), head.getString("hash"));
        }
        Link start = last;
        List<Append> rest = batch;
        while (!rest.isEmpty()) {
            List<Document> docs = new ArrayList<>(rest.size());
            List<Link> links = new ArrayList<>(rest.size());
            Link prev = last;
            for (Append a : rest) {
                long seq = prev.seq + 1;
                PendingEvent p = a.event;
                String hash = EventHash.hash(seq, a.claimId, p.type, p.actor, p.at, a.data, prev.hash);
                docs.add(new Document("_id", seq).append("seq", seq).append("key", p.key)
                        .append("claimId", a.claimId).append("type", p.type).append("actor", p.actor)
                        .append("at", p.at).append("data", a.data).append("prevHash", prev.hash).append("hash", hash));
                prev = new Link(seq, hash);
                links.add(prev);
            }
            int inserted;
            BulkWriteError error = null;
            try {
                events.insertMany(docs, new InsertManyOptions().ordered(true));
                inserted = rest.size();
            } catch (MongoBulkWriteException e) {
                error = e.getWriteErrors().get(0);
                if (error.getCode() != 11000) {
                    throw e;
                }
                inserted = error.getIndex(); // ordered: everything before the refused one is in
            }
            for (int i = 0; i < inserted; i++) {
                rest.get(i).seq = links.get(i).seq;
            }
            if (inserted > 0) {
                last = links.get(inserted - 1);
            }
            if (error == null) {
                break;
            }
            Append refused = rest.get(inserted);
            if (refusedByKey(error.getMessage(), refused.event.key)) {
                Log.debugf("event %s is in the history already", refused.event.key);
                refused.seq = -1;
                rest = rest.subList(inserted + 1, rest.size());
            } else {
                // another appender took this seq: step onto its event and go on after it
                long taken = links.get(inserted).seq;
                last = new Link(taken, byId(taken).getString("hash"));
                rest = rest.subList(inserted, rest.size());
            }
        }
        if (last.seq > start.seq) {
            tail.accumulateAndGet(last, (a, b) -> a == null || b.seq > a.seq ? b : a);
            advanceHead(last.seq, last.hash);
        }
    }

    /** Drops the tail hint: for tests that empty the collections, which nothing in the service ever does. */
    public void forgetTail() {
        tail.set(null);
    }

    /** Which unique index refused the insert: the event key (already appended) or _id (seq taken). */
    private boolean refusedByKey(String message, String key) {
        String text = String.valueOf(message);
        if (text.contains(KEY_INDEX)) {
            return true;
        }
        if (text.contains("index: _id_ ")) {
            return false;
        }
        return events.find(eq("key", key)).first() != null;
    }

    private void advanceHead(long seq, String hash) {
        try {
            chain.updateOne(and(eq("_id", HEAD), lt("seq", seq)),
                    Updates.combine(Updates.set("seq", seq), Updates.set("hash", hash)),
                    new com.mongodb.client.model.UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != 11000) {
                throw e; // 11000: the head is at a later seq already, which is fine
            }
        }
    }

    private Document byId(long seq) {
        return events.find(eq("_id", seq)).first();
    }

    public List<ChainedEvent> forClaim(String claimId) {
        List<ChainedEvent> out = new ArrayList<>();
        events.find(eq("claimId", claimId)).sort(Sorts.ascending("_id"))
                .forEach(d -> out.add(toChained(d)));
        return out;
    }

    public List<ChainedEvent> page(Filter filter, int page, int size) {
        List<ChainedEvent> out = new ArrayList<>();
        events.find(filter.toBson()).sort(Sorts.ascending("_id")).skip(page * size).limit(size)
                .forEach(d -> out.add(toChained(d)));
        return out;
    }

    public long count(Filter filter) {
        return events.countDocuments(filter.toBson());
    }

    /** Feeds every matching event to {@code sink} in seq order through a cursor: memory stays constant. */
    public void stream(Filter filter, Consumer<ChainedEvent> sink) {
        try (var cursor = events.find(filter.toBson()).sort(Sorts.ascending("_id")).batchSize(1000).cursor()) {
            cursor.forEachRemaining(d -> sink.accept(toChained(d)));
        }
    }

    /** The seq the chain head records (it may lag the last event by in-flight appends, never lead it). */
    public long headSeq() {
        Document head = chain.find(eq("_id", HEAD)).first();
        return head == null ? 0 : head.getLong("seq");
    }

    static ChainedEvent toChained(Document d) {
        Object data = d.get("data");
        return new ChainedEvent(((Number) d.get("seq")).longValue(), d.getString("claimId"), d.getString("type"),
                d.getString("actor"), d.getString("at"), data instanceof Document doc ? doc : new Document(),
                d.getString("prevHash"), d.getString("hash"));
    }
}
