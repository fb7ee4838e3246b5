package org.factcheck.review.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The receiver's check exactly as review-service/README.md documents it, written from the README rather than
 * reusing the service's signer: HMAC-SHA256 with the secret over "timestamp.body", hex, after "v1=";
 * compared in constant time; the timestamp no more than 5 minutes from the receiver's clock.
 */
public final class WebhookCheck {

    private WebhookCheck() {
    }

    public static boolean valid(String secret, WebhookReceiver.Received r, Instant receiverNow) {
        return valid(secret, r.header("X-Factcheck-Timestamp"), r.header("X-Factcheck-Signature"), r.body(),
                receiverNow);
    }

    public static boolean valid(String secret, String timestamp, String signature, String body, Instant now) {
        try {
            if (Math.abs(now.getEpochSecond() - Long.parseLong(timestamp)) > 300 || !signature.startsWith("v1=")) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature.substring(3)));
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
