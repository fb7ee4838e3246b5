package org.factcheck.web;

import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * The one slug table of the project: every problem a service or the gateway answers has one of these types, a URI
 * under {@link #BASE}. A status with no entry here is answered as {@code about:blank} with the status' own reason
 * phrase (RFC 9457, section 4.2.1).
 */
public enum ProblemType {
    INVALID_REQUEST(400, "invalid-request", "Invalid Request"),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
    PAGE_OUT_OF_RANGE(400, "page-out-of-range", "Page Out of Range"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    READ_ONLY(403, "read-only", "Read-only Role"),
    ACTION_REFUSED(403, "action-refused", "Action Refused"),
    NOT_FOUND(404, "not-found", "Not Found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method Not Allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not Acceptable"),
    ILLEGAL_TRANSITION(409, "illegal-transition", "Illegal Transition"),
    CONTENTION(409, "contention", "Concurrent Update"),
    LENGTH_REQUIRED(411, "length-required", "Length Required"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Content Too Large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported Media Type"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too Many Requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request Header Fields Too Large"),
    INTERNAL_ERROR(500, "internal-error", "Internal Server Error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service Unavailable"),
    CIRCUIT_OPEN(503, "circuit-open", "Circuit Open"),
    IDENTITY_PROVIDER_UNAVAILABLE(503, "identity-provider-unavailable", "Identity Provider Unavailable");

    /** The base of every problem type URI. */
    public static final String BASE = "https://factcheck.example/problems/";

    public final int status;
    public final String slug;
    public final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public String uri() {
        return BASE + slug;
    }

    /** The general entry for a status (the first one listed), or {@code null} if the status has none. */
    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status) {
                return t;
            }
        }
        return null;
    }

    /** The status' reason phrase, e.g. "I'm a Teapot" for 418; its class ("Client Error") for an unknown one. */
    public static String reasonPhrase(int status) {
        return switch (status) {
            case 418 -> "I'm a Teapot";
            case 451 -> "Unavailable For Legal Reasons";
            default -> HttpResponseStatus.valueOf(status).reasonPhrase();
        };
    }
}
