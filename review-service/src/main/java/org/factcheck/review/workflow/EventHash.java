package org.factcheck.review.workflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code hash = hex(SHA-256(canonical + prevHash))}, where {@code canonical} is the JSON object
 * {@code {actor, at, claimId, data, seq, type}} with keys sorted at every level, no whitespace, numbers as
 * Java prints them and times as ISO-8601 UTC strings with milliseconds. The first event's prevHash is 64 zeros.
 */
public final class EventHash {

    public static final String GENESIS = "0".repeat(64);

    private EventHash() {
    }

    public static String canonical(long seq, String claimId, String type, String actor, String at,
            Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("actor", actor);
        body.put("at", at);
        body.put("claimId", claimId);
        body.put("data", data == null ? Map.of() : data);
        body.put("seq", seq);
        body.put("type", type);
        return EventData.canonicalJson(body);
    }

    public static String hash(long seq, String claimId, String type, String actor, String at,
            Map<String, Object> data, String prevHash) {
        return sha256(canonical(seq, claimId, type, actor, at, data) + prevHash);
    }

    public static String hashOf(ChainedEvent e) {
        return hash(e.seq(), e.claimId(), e.type(), e.actor(), e.at(), e.data(), e.prevHash());
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
