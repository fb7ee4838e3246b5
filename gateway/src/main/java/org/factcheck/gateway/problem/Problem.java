package org.factcheck.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, as the gateway writes them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are relative URIs under {@code /problems/}, one per kind of refusal. */
    public static Problem of(ProblemType kind, String detail, String instance) {
        return new Problem("/problems/" + kind.slug, kind.title, kind.status, detail, instance);
    }
}
