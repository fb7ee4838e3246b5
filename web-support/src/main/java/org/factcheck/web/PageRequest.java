package org.factcheck.web;

/**
 * {@code page} (from 0) and {@code size} from query strings. The size is clamped to [1, max]; the offset
 * {@code page × size} is computed in long arithmetic and may not pass {@link #MAX_OFFSET}, so it always fits the
 * int skip of a database query. Wrong values are a 400 problem, never an overflow.
 */
public record PageRequest(int page, int size) {

    /** The deepest item a page may start at. */
    public static final long MAX_OFFSET = 1_000_000;

    public static PageRequest of(String page, String size, int defaultSize, int maxSize) {
        long p = parse("page", page, 0);
        if (p < 0) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "page must be 0 or more");
        }
        long s = Math.max(1, Math.min(parse("size", size, defaultSize), maxSize));
        if (p > MAX_OFFSET || p * s > MAX_OFFSET) {
            throw new ProblemException(ProblemType.PAGE_OUT_OF_RANGE,
                    "page × size must not exceed " + MAX_OFFSET + " (page " + (p > MAX_OFFSET ? "too large" : p) + ")");
        }
        return new PageRequest((int) p, (int) s);
    }

    /** The index of the first item of the page. */
    public int offset() {
        return page * size;
    }

    private static long parse(String name, String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.trim();
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            if (v.matches("[+]?[0-9]+")) {
                // beyond long: a valid number, just far too large
                throw new ProblemException(name.equals("page") ? ProblemType.PAGE_OUT_OF_RANGE : ProblemType.INVALID_REQUEST,
                        name + " is too large");
            }
            if (v.matches("-[0-9]+")) {
                throw new ProblemException(ProblemType.INVALID_REQUEST, name + " must be 0 or more");
            }
            throw new ProblemException(ProblemType.INVALID_REQUEST, name + " must be a whole number");
        }
    }
}
