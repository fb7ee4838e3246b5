package org.factcheck.review.rest;

import jakarta.ws.rs.BadRequestException;

/** page/size query parameters: page from 0, size clamped to [1, max]. */
public record Paging(int page, int size) {

    public static Paging of(String page, String size, int defaultSize, int maxSize) {
        int p = parse(page, 0, "page");
        int s = parse(size, defaultSize, "size");
        if (p < 0) {
            throw new BadRequestException("page must be 0 or more");
        }
        return new Paging(p, Math.max(1, Math.min(s, maxSize)));
    }

    private static int parse(String value, int fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number");
        }
    }
}
