package org.factcheck.review.workflow;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Something that happened to a claim, before it gets its place ({@code seq}, hashes) in the history. One record
 * per {@link EventType}; {@link #data()} is the payload as plain JSON values (strings, numbers, booleans, lists,
 * maps, null; times as {@link EventData#time} strings), which is what the history stores and hashes, and
 * {@link #of} reads such a payload back.
 */
public sealed interface WorkflowEvent {

    Map<Class<? extends WorkflowEvent>, EventType> TYPES = Arrays.stream(EventType.values())
            .collect(Collectors.toUnmodifiableMap(WorkflowEvent::recordFor, t -> t));

    String claimId();

    String actor();

    Instant at();

    /** The event's type, from the record it is (see {@link #recordFor}). */
    default EventType type() {
        return TYPES.get(getClass());
    }

    /** The payload as stored in the history. */
    Map<String, Object> data();

    /** Reads a stored event back into its record. */
    static WorkflowEvent of(EventType type, String claimId, String actor, Instant at, Map<String, Object> data) {
        Map<String, Object> fields = new LinkedHashMap<>(data == null ? Map.of() : data);
        fields.put("claimId", claimId);
        fields.put("actor", actor);
        fields.put("at", EventData.time(at));
        return EventData.fromMap(fields, recordFor(type));
    }

    /** The one table joining event types and their records. */
    static Class<? extends WorkflowEvent> recordFor(EventType type) {
        return switch (type) {
            case CLAIM_RECEIVED -> ClaimReceived.class;
            case LEASED -> Leased.class;
            case LEASE_RENEWED -> LeaseRenewed.class;
            case LEASE_RELEASED -> LeaseReleased.class;
            case LEASE_EXPIRED -> LeaseExpired.class;
            case VERDICT_SUBMITTED -> VerdictSubmitted.class;
            case ESCALATED -> Escalated.class;
            case APPROVED -> Approved.class;
            case PUBLISHED -> Published.class;
            case RETURNED -> Returned.class;
            case DISMISSED -> Dismissed.class;
            case PRIORITY_CHANGED -> PriorityChanged.class;
            case DESK_CHANGED -> DeskChanged.class;
            case HIGH_STAKES_CHANGED -> HighStakesChanged.class;
        };
    }

    private static Map<String, Object> payload(Object... keyValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            data.put((String) keyValues[i], keyValues[i + 1]);
        }
        return data;
    }

    record ClaimReceived(String claimId, String actor, Instant at, double checkworthiness, int requiredVerdicts,
            Map<String, Object> claim) implements WorkflowEvent {
        public Map<String, Object> data() {
            return payload("checkworthiness", checkworthiness, "requiredVerdicts", requiredVerdicts, "claim", claim);
        }
    }

    record Leased(String claimId, String actor, Instant at, String leaseId, Instant until) implements WorkflowEvent {
        public Map<String, Object> data() {
            return payload("leaseId", leaseId, "until", EventData.time(until));
        }
    }

    record LeaseRenewed(String claimId, String actor, Instant at, Instant until) implements WorkflowEvent {
        public Map<String, Object> data() {
            return payload("until", EventData.time(until));
        }
    }

    record LeaseReleased(String claimId, String actor, Instant at) implements WorkflowEvent {
        public Map<String, Object> data() {
            return payload();
        }
    }

    record LeaseExpired(String claimId, String actor, Instant at, String holder, String leaseId)
            implements WorkflowEvent {
        public Map<String, Object> data() {
            return payload("holder", holder, "leaseId", leaseId);
        }
    }

    record VerdictSubmitted(String claimId, String actor, Instant at, Verdict verdict) implements WorkflowEvent {
        public Map<String, Object> data() {
            return payload("verdict", EventData.toMap(verdict));
        }
    }

    /** {@code ratings} as reviewer:RATING. */
    record Escalated(String claimId, String actor, Instant at, List<String> ratings) implements WorkflowEvent {
        public Map<String, Object> data() {
            return payload("ratings", ratings);
        }
    }

    record Approved(String claimId, String actor, Instant at, String rating, String note) implements WorkflowEvent {
        public Map<String, Object> data() {
            return payload("rating", rating, "note", note);
        }
    }

    record Published(String claimId, String actor, Instant at, String rating) implements WorkflowEvent {
        public Map<String, Object> data() {
            return payload("rating", rating);
        }
    }

    record Returned(String claimId, String actor, Instant at, String reason) implements WorkflowEvent {
        public Map<String, Object> data() {
            return payload("reason", reason);
        }
    }

    record Dismissed(String claimId, String actor, Instant at, String reason) implements WorkflowEvent {
        public Map<String, Object> data() {
            return payload("reason", reason);
        }
    }

    record PriorityChanged(String claimId, String actor, Instant at, double priorityBoost) implements WorkflowEvent {
        public Map<String, Object> data() {
            return payload("priorityBoost", priorityBoost);
        }
    }

    /** {@code desk} null removes the pin. */
    record DeskChanged(String claimId, String actor, Instant at, String desk) implements WorkflowEvent {
        public Map<String, Object> data() {
            return payload("desk", desk);
        }
    }

    record HighStakesChanged(String claimId, String actor, Instant at, boolean highStakes, int requiredVerdicts)
            implements WorkflowEvent {
        public Map<String, Object> data() {
            return payload("highStakes", highStakes, "requiredVerdicts", requiredVerdicts);
        }
    }
}
