package org.factcheck.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
        return offered != null && wellFormed.matcher(offered).matches() ? offered : newId();
    }

    /**
     * A random (version 4) UUID from a thread-local generator: an id to correlate log lines needs no secret, and
     * {@link UUID#randomUUID()}'s SecureRandom is shared by every event-loop thread.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
