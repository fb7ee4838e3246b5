package org.factcheck.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail. Extensions: {@code violations} lists the invalid fields of a 400, {@code state} names
 * the current state on a 409.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations, String state) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title, type.status, detail, instance, null, null);
    }

    /** The listed type of the status, else {@code about:blank} with the status' reason phrase. */
    public static Problem ofStatus(int status, String detail, String instance) {
        ProblemType type = ProblemType.forStatus(status);
        return type != null ? of(type, detail, instance)
                : new Problem("about:blank", ProblemType.reasonPhrase(status), status, detail, instance, null, null);
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, instance, list, state);
    }

    public Problem withState(String current) {
        return new Problem(type, title, status, detail, instance, violations, current);
    }
}
