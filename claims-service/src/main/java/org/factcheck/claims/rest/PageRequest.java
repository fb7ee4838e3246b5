package org.factcheck.claims.rest;

import jakarta.ws.rs.BadRequestException;

/** {@code page} (from 0) and {@code size} from query strings; the size is clamped to [1, max]. */
record PageRequest(int page, int size) {

    static PageRequest of(String page, String size, int defaultSize, int maxSize) {
        int p = page == null || page.isBlank() ? 0 : parse("page", page);
        if (p < 0) {
            throw new BadRequestException("page must be 0 or more");
        }
        int s = size == null || size.isBlank() ? defaultSize : parse("size", size);
        return new PageRequest(p, Math.max(1, Math.min(s, maxSize)));
    }

    private static int parse(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number");
        }
    }
}
