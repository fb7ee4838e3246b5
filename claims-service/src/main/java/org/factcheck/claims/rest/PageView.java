package org.factcheck.claims.rest;

import java.util.List;

/** One page of a list: {@code page} from 0, {@code size} after clamping, {@code total} over all pages. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
