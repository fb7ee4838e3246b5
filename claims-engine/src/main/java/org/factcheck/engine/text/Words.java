package org.factcheck.engine.text;

import java.util.Arrays;
import java.util.Set;

/** Word-list helper. */
public final class Words {

    private Words() {
    }

    /** An immutable set of words; repeats are allowed (lists are easier to keep by theme). */
    public static Set<String> set(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
