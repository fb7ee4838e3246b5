package org.factcheck.engine.ml;

/**
 * 64-bit FNV-1a over the UTF-16 chars of a model feature name, computable piecewise: {@code mix(of("w="), word)}
 * equals {@code of("w=" + word)} without building the string. Used to look trained OpenNLP models up without
 * feature strings.
 */
public final class FeatureHash {

    public static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    public static long of(String feature) {
        return mix(OFFSET, feature, 0, feature.length());
    }

    public static long mix(long hash, String text) {
        return mix(hash, text, 0, text.length());
    }

    public static long mix(long hash, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            hash = (hash ^ text.charAt(i)) * PRIME;
        }
        return hash;
    }

    public static long mix(long hash, char c) {
        return (hash ^ c) * PRIME;
    }
}
