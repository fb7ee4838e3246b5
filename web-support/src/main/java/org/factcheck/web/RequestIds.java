package org.factcheck.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** Request ids: the caller's {@code X-Request-Id} when well-formed (nothing that could forge a log line), else new. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key of the log lines ({@code %X{requestId}}). */
    public static final String MDC_KEY = "requestId";
    public static final String DEFAULT_PATTERN = "[A-Za-z0-9._:-]{1,128}";
    private static final Pattern WELL_FORMED = Pattern.compile(DEFAULT_PATTERN);

    private RequestIds() {
    }

    public static String acceptOrNew(String offered) {
        return acceptOrNew(offered, WELL_FORMED);
    }

    public static String acceptOrNew(String offered, Pattern wellFormed) {
        return offered != null && wellFormed.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
