package org.factcheck.review.rest.dto;

import java.util.List;

/** One page of a list; {@code size} is the size actually used after clamping. */
public record PageView<T>(List<T> items, long total, int page, int size) {
}
