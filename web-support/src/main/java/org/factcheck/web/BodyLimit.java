package org.factcheck.web;

/** The body limit by declared Content-Length, checked before a byte of the body is read. */
public final class BodyLimit {

    /** No Content-Length header. */
    public static final long NONE = -1;
    /** A Content-Length that is not a number. */
    public static final long NOT_A_NUMBER = -2;

    private BodyLimit() {
    }

    public static long declaredLength(String contentLength) {
        if (contentLength == null) {
            return NONE;
        }
        try {
            long length = Long.parseLong(contentLength.trim());
            return length < 0 ? NOT_A_NUMBER : length;
        } catch (NumberFormatException e) {
            return NOT_A_NUMBER;
        }
    }

    public static String tooLarge(long maxBytes) {
        return "the body must not exceed " + maxBytes + " bytes";
    }
}
