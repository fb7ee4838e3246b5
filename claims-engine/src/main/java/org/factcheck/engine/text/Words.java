package org.factcheck.engine.text;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Word lists for the rules. The rules look up every token in many lists and most lookups miss, so a list is an
 * open-addressing table with the words' hashes inline and at most one word in four slots: a miss usually reads a
 * single {@code int}, where a {@link java.util.HashMap} follows a node and {@code Set.of} compares by
 * {@code equals}.
 */
public final class Words {

    private Words() {
    }

    /** An unmodifiable set of words; repeats are allowed (lists are easier to keep by theme). */
    public static Set<String> set(String... words) {
        Map<String, Boolean> entries = new LinkedHashMap<>();
        for (String word : words) {
            entries.put(word, Boolean.TRUE);
        }
        return new WordSet(new Table(entries));
    }

    /** An unmodifiable copy of {@code entries}, with the same lookup table as {@link #set(String...)}. */
    public static <V> Map<String, V> map(Map<String, ? extends V> entries) {
        return new WordMap<>(new Table(entries));
    }

    /** Keys, values and hashes side by side; slot {@code i} is free when {@code hashes[i] == 0}. */
    private static final class Table {
        private final int[] hashes;
        private final String[] keys;
        private final Object[] values;
        private final int shift;
        private final int size;

        Table(Map<String, ?> entries) {
            int capacity = Integer.highestOneBit(Math.max(4, entries.size()) * 4 - 1) << 1;
            hashes = new int[capacity];
            keys = new String[capacity];
            values = new Object[capacity];
            shift = Integer.numberOfLeadingZeros(capacity) + 1;
            for (Map.Entry<String, ?> entry : entries.entrySet()) {
                String key = entry.getKey();
                int slot = home(key);
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & (capacity - 1);
                }
                hashes[slot] = stored(key);
                keys[slot] = key;
                values[slot] = entry.getValue();
            }
            size = entries.size();
        }

        private static int stored(String key) {
            int hash = key.hashCode();
            return hash == 0 ? 1 : hash;
        }

        private int home(String key) {
            return (key.hashCode() * 0x9E3779B9) >>> shift;
        }

        /** The slot holding {@code key}, or -1. */
        int find(Object key) {
            if (!(key instanceof String word)) {
                return -1;
            }
            int hash = stored(word);
            int mask = hashes.length - 1;
            for (int slot = home(word); hashes[slot] != 0; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && keys[slot].equals(word)) {
                    return slot;
                }
            }
            return -1;
        }

        /** The next used slot from {@code slot} on, or the capacity. */
        int used(int slot) {
            while (slot < hashes.length && keys[slot] == null) {
                slot++;
            }
            return slot;
        }

        <T> Iterator<T> iterator(IntFunction<T> at) {
            return new Iterator<>() {
                private int slot = used(0);

                @Override
                public boolean hasNext() {
                    return slot < keys.length;
                }

                @Override
                public T next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    T value = at.apply(slot);
                    slot = used(slot + 1);
                    return value;
                }
            };
        }
    }

    private static final class WordSet extends AbstractSet<String> {
        private final Table table;

        WordSet(Table table) {
            this.table = table;
        }

        @Override
        public boolean contains(Object word) {
            return table.find(word) >= 0;
        }

        @Override
        public Iterator<String> iterator() {
            return table.iterator(slot -> table.keys[slot]);
        }

        @Override
        public int size() {
            return table.size;
        }
    }

    private static final class WordMap<V> extends AbstractMap<String, V> {
        private final Table table;

        WordMap(Table table) {
            this.table = table;
        }

        @Override
        @SuppressWarnings("unchecked")
        public V get(Object word) {
            int slot = table.find(word);
            return slot >= 0 ? (V) table.values[slot] : null;
        }

        @Override
        public boolean containsKey(Object word) {
            return table.find(word) >= 0;
        }

        @Override
        public int size() {
            return table.size;
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                @SuppressWarnings("unchecked")
                public Iterator<Entry<String, V>> iterator() {
                    return table.iterator(slot -> new SimpleImmutableEntry<>(table.keys[slot], (V) table.values[slot]));
                }

                @Override
                public int size() {
                    return table.size;
                }
            };
        }
    }
}
