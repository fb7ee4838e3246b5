package org.factcheck.review.workflow;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to a claim, before it gets its place ({@code seq}, hashes) in the history.
 * {@code data} holds only JSON values (strings, numbers, booleans, lists, maps, null); times are ISO-8601 strings.
 */
public record WorkflowEvent(EventType type, String claimId, String actor, Instant at, Map<String, Object> data) {
}
