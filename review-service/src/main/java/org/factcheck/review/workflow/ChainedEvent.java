package org.factcheck.review.workflow;

import java.util.Map;

/** An event at its place in the service's single hash chain. {@code at} is an {@link EventData#time} string. */
public record ChainedEvent(long seq, String claimId, String type, String actor, String at,
        Map<String, Object> data, String prevHash, String hash) {
}
