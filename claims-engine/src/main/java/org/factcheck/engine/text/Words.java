package org.factcheck.engine.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word lists for the rules. Hash-based rather than {@code Set.of}/{@code Map.of}: those probe by {@code equals}
 * alone, and the rules look up every token in several lists, mostly missing; a {@link HashSet} compares the
 * token's cached hash first.
 */
public final class Words {

    private Words() {
    }

    /** An unmodifiable set of words; repeats are allowed (lists are easier to keep by theme). */
    public static Set<String> set(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }

    /** An unmodifiable hash-based copy of {@code entries}. */
    public static <K, V> Map<K, V> map(Map<K, V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
    }
}
