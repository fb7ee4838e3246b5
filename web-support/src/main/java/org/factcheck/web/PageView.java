package org.factcheck.web;

import java.util.List;

/** One page of a list: {@code page} from 0, {@code size} after clamping, {@code total} over all pages. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <T> PageView<T> of(List<T> items, PageRequest request, long total) {
        return new PageView<>(items, request.page(), request.size(), total);
    }
}
