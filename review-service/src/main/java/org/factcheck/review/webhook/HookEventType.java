package org.factcheck.review.webhook;

import java.util.Arrays;
import java.util.Optional;

import org.factcheck.review.workflow.EventType;
import org.factcheck.review.workflow.InvalidCommandException;

/** The workflow events a webhook can subscribe to, by their public names. */
public enum HookEventType {
    CLAIM_RECEIVED("claim.received", EventType.CLAIM_RECEIVED),
    CLAIM_LEASED("claim.leased", EventType.LEASED),
    VERDICT_SUBMITTED("claim.verdict", EventType.VERDICT_SUBMITTED),
    CLAIM_PUBLISHED("claim.published", EventType.PUBLISHED),
    CLAIM_RETURNED("claim.returned", EventType.RETURNED),
    CLAIM_DISMISSED("claim.dismissed", EventType.DISMISSED);

    private final String publicName;
    private final EventType source;

    HookEventType(String publicName, EventType source) {
        this.publicName = publicName;
        this.source = source;
    }

    public String publicName() {
        return publicName;
    }

    /** The hook event a workflow event causes, if any (approval is announced once, as {@code claim.published}). */
    public static Optional<HookEventType> of(EventType type) {
        return Arrays.stream(values()).filter(h -> h.source == type).findFirst();
    }

    public static HookEventType parse(String name) {
        return Arrays.stream(values()).filter(h -> h.publicName.equals(name)).findFirst()
                .orElseThrow(() -> new InvalidCommandException("unknown event type '" + name + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(HookEventType::publicName).toList())));
    }
}
