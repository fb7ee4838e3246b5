package org.factcheck.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HashChainTest {

    private static List<ChainedEvent> chain(int n) {
        List<ChainedEvent> out = new ArrayList<>();
        String prev = EventHash.GENESIS;
        for (long seq = 1; seq <= n; seq++) {
            Map<String, Object> data = Map.of("n", seq, "rating", "TRUE");
            String at = "2026-11-27T08:00:0" + (seq % 10) + ".000Z";
            String hash = EventHash.hash(seq, "c" + seq, "LEASED", "alice", at, data, prev);
            out.add(new ChainedEvent(seq, "c" + seq, "LEASED", "alice", at, data, prev, hash));
            prev = hash;
        }
        return out;
    }

    private static ChainVerifier.Result verify(List<ChainedEvent> events) {
        ChainVerifier v = new ChainVerifier();
        events.forEach(v::accept);
        return v.result();
    }

    @Test
    void canonicalFormSortsKeysAtEveryLevel() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("z", 1);
        data.put("a", Map.of("y", true, "b", "x"));
        assertThat(EventHash.canonical(3, "c", "T", "u", "2026-11-27T08:00:00.000Z", data)).isEqualTo(
                "{\"actor\":\"u\",\"at\":\"2026-11-27T08:00:00.000Z\",\"claimId\":\"c\","
                        + "\"data\":{\"a\":{\"b\":\"x\",\"y\":true},\"z\":1},\"seq\":3,\"type\":\"T\"}");
        assertThat(EventHash.hash(1, "c", "T", "u", "x", Map.of(), EventHash.GENESIS)).hasSize(64);
    }

    @Test
    void intactChainVerifies() {
        assertThat(verify(chain(5))).isEqualTo(new ChainVerifier.Result(true, 5, null));
    }

    @Test
    void editedEventBreaksTheChainAtItsSeq() {
        List<ChainedEvent> events = chain(5);
        ChainedEvent e = events.get(2);
        events.set(2, new ChainedEvent(e.seq(), e.claimId(), e.type(), "mallory", e.at(), e.data(), e.prevHash(),
                e.hash()));
        assertThat(verify(events)).isEqualTo(new ChainVerifier.Result(false, 5, 3L));
    }

    @Test
    void rehashedEditIsCaughtByTheNextLink() {
        List<ChainedEvent> events = chain(5);
        ChainedEvent e = events.get(1);
        String forged = EventHash.hash(e.seq(), e.claimId(), e.type(), "mallory", e.at(), e.data(), e.prevHash());
        events.set(1, new ChainedEvent(e.seq(), e.claimId(), e.type(), "mallory", e.at(), e.data(), e.prevHash(),
                forged));
        assertThat(verify(events).firstBrokenSeq()).isEqualTo(3L);
    }

    @Test
    void removedEventLeavesAGap() {
        List<ChainedEvent> events = chain(5);
        events.remove(3);
        assertThat(verify(events).firstBrokenSeq()).isEqualTo(4L);
    }

    @Test
    void timesAlwaysHaveMilliseconds() {
        assertThat(EventData.time(java.time.Instant.parse("2026-11-27T08:00:00Z"))).isEqualTo("2026-11-27T08:00:00.000Z");
        assertThat(EventData.time(java.time.Instant.parse("2026-11-27T08:00:00.123456Z")))
                .isEqualTo("2026-11-27T08:00:00.123Z");
    }
}
