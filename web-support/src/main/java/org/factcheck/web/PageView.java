package org.factcheck.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code page} from 0, {@code size} after clamping, {@code total} over all pages. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <T> PageView<T> of(List<T> items, PageRequest request, long total) {
        return new PageView<>(items, request.page(), request.size(), total);
    }

    /** The same page with every item mapped, e.g. entities to views. */
    public <R> PageView<R> map(Function<? super T, ? extends R> mapper) {
        return new PageView<>(items.stream().<R> map(mapper).toList(), page, size, total);
    }
}
