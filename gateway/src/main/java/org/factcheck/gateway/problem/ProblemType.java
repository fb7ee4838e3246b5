package org.factcheck.gateway.problem;

/** Everything the gateway answers by itself. */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request", "Bad Request"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not Found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method Not Allowed"),
    LENGTH_REQUIRED(411, "length-required", "Length Required"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Content Too Large"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request Header Fields Too Large"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too Many Requests"),
    INTERNAL(500, "internal", "Internal Server Error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service Unavailable"),
    CIRCUIT_OPEN(503, "circuit-open", "Service Unavailable");

    public final int status;
    public final String slug;
    public final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
