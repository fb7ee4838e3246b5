package org.factcheck.review.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on every delivery: {@code X-Factcheck-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>}
 * with {@code X-Factcheck-Timestamp: <unix seconds>}. Signing the timestamp makes a captured request useless
 * once it is older than the receiver's tolerance; the delivery id lets the receiver drop a repeat within it.
 */
public final class WebhookSignature {

    public static final String SCHEME = "v1=";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        return SCHEME + HexFormat.of().formatHex(hmac(secret, timestamp + "." + body));
    }

    /** The receiver's check: the signature matches (compared in constant time) and the timestamp is recent. */
    public static boolean verify(String secret, String timestampHeader, String signatureHeader, String body,
            Instant now, Duration tolerance) {
        if (timestampHeader == null || signatureHeader == null || !signatureHeader.startsWith(SCHEME)) {
            return false;
        }
        long timestamp;
        byte[] given;
        try {
            timestamp = Long.parseLong(timestampHeader);
            given = HexFormat.of().parseHex(signatureHeader.substring(SCHEME.length()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, timestamp + "." + body), given);
    }

    private static byte[] hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
