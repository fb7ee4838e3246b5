package org.factcheck.review.repository;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
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
 * queued so far (group commit), starting from the last event this process appended (or the head hint), each with
 * {@code _id = previous seq + 1} and {@code prevHash = hash of the previous event}. Across processes the unique
 * {@code _id} lets exactly one insert win each seq; a loser reads the winner's event and goes on after it. So the
 * insert itself allocates the seq and the chain can neither fork nor have a hole.
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
    private static final int MAX_BATCH = 500;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> chain;
    /**
     * The last event this process appended: where the next append starts, saving a read of the head. Only ever a
     * hint — another instance may have appended since — so an append still lets the unique {@code _id} decide.
     */
    private final AtomicReference<Link> tail = new AtomicReference<>();
    private final ReentrantLock writer = new ReentrantLock();
    private final ConcurrentLinkedQueue<Append> waiting = new ConcurrentLinkedQueue<>();

    private record Link(long seq, String hash) {
    }

    /** One event waiting for the writer; {@code done}, {@code seq} and {@code failure} are set under its lock. */
    private static final class Append {
        final String claimId;
        final PendingEvent event;
        final Document data;
        boolean done;
        long seq;
        RuntimeException failure;

        Append(String claimId, PendingEvent event) {
            this.claimId = claimId;
            this.event = event;
            this.data = Document.parse(event.dataJson);
        }

        void done(long appendedSeq) {
            seq = appendedSeq;
            done = true;
        }

        void fail(RuntimeException e) {
            failure = e;
            done = true;
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

    /**
     * Appends the events in order, each unless its key is in the chain already; returns their seqs (-1 where it
     * was). Group commit: callers queue their events and whoever holds the writer lock inserts everything queued
     * with one ordered {@code insertMany} and one head advance, so concurrent requests share round trips instead
     * of racing each other for the same seq.
     */
    public long[] appendAll(String claimId, List<PendingEvent> pending) {
        List<Append> mine = new ArrayList<>(pending.size());
        for (PendingEvent p : pending) {
            mine.add(new Append(claimId, p));
        }
        waiting.addAll(mine);
        writer.lock();
        try {
            while (!mine.get(mine.size() - 1).done) {
                List<Append> batch = new ArrayList<>();
                for (Append a; batch.size() < MAX_BATCH && (a = waiting.poll()) != null;) {
                    batch.add(a);
                }
                write(batch);
            }
        } finally {
            writer.unlock();
        }
        long[] seqs = new long[mine.size()];
        for (int i = 0; i < seqs.length; i++) {
            Append a = mine.get(i);
            if (a.failure != null) {
                throw a.failure;
            }
            seqs[i] = a.seq;
        }
        return seqs;
    }

    /** Inserts a batch under the writer lock; every append in it ends done, with a seq or a failure. */
    private void write(List<Append> batch) {
        List<Append> rest = batch;
        try {
            Link last = tail.get();
            if (last == null) {
                Document head = chain.find(eq("_id", HEAD)).first();
                last = head == null ? new Link(0, EventHash.GENESIS)
                        : new Link(head.getLong("seq"), head.getString("hash"));
            }
            Link start = last;
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
                            .append("at", p.at).append("data", a.data).append("prevHash", prev.hash)
                            .append("hash", hash));
                    prev = new Link(seq, hash);
                    links.add(prev);
                }
                int failed;
                BulkWriteError error;
                try {
                    events.insertMany(docs, new InsertManyOptions().ordered(true));
                    failed = rest.size();
                    error = null;
                } catch (MongoBulkWriteException e) {
                    error = e.getWriteErrors().get(0);
                    if (error.getCode() != 11000) {
                        throw e;
                    }
                    failed = error.getIndex();
                }
                for (int i = 0; i < failed; i++) {
                    rest.get(i).done(links.get(i).seq);
                }
                if (failed > 0) {
                    last = links.get(failed - 1);
                }
                if (error == null) {
                    break;
                }
                Append refused = rest.get(failed);
                if (refusedByKey(error.getMessage(), refused.event.key)) {
                    Log.debugf("event %s is in the history already", refused.event.key);
                    refused.done(-1);
                    rest = rest.subList(failed + 1, rest.size());
                } else {
                    // another instance took this seq: step onto its event and go on after it
                    long taken = links.get(failed).seq;
                    last = new Link(taken, byId(taken).getString("hash"));
                    rest = rest.subList(failed, rest.size());
                }
            }
            if (last.seq > start.seq) {
                tail.set(last);
                advanceHead(last.seq, last.hash);
            }
        } catch (RuntimeException e) {
            for (Append a : rest) {
                if (!a.done) {
                    a.fail(e);
                }
            }
        }
    }

    /** Drops the tail hint: for tests that empty the collections, which nothing in the service ever does. */
    public void forgetTail() {
        tail.set(null);
    }

    /** Which unique index refused the insert: the event key (already appended) or _id (seq taken). */
    private boolean refusedByKey(String message, String key) {
        if (String.valueOf(message).contains(KEY_INDEX)) {
            return true;
        }
        if (String.valueOf(message).contains("index: _id_ ")) {
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
