package org.factcheck.engine.text;

import java.util.List;

/**
 * One sentence as the rules see it: its tokens over the folded text, the tokens already claimed by an earlier
 * rule (dates are read before figures), and POS tags computed on first use, for the words asked about.
 */
public final class SentenceContext {

    /** Tokens of left context tagged with a requested token. */
    static final int TAG_BEFORE = 4;
    /** Tokens tagged after a requested token; all but the last {@link #TAG_CONTEXT} are kept. */
    static final int TAG_AFTER = 8;
    private static final int TAG_CONTEXT = 2;

    private final SourceText source;
    private final int start;
    private final int end;
    private final List<Token> tokens;
    private final boolean[] used;
    private final PosTagger posTagger;
    private String[] tags;
    private int windows;

    public SentenceContext(SourceText source, int start, int end, PosTagger posTagger) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.tokens = Tokenizer.tokenize(source.text(), start, end);
        this.used = new boolean[tokens.size()];
        this.posTagger = posTagger;
    }

    public SourceText source() {
        return source;
    }

    public String text() {
        return source.text();
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    /** Lower-case text of token {@code i}, or "" outside the sentence. */
    public String lower(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    public boolean used(int i) {
        return i >= 0 && i < used.length && used[i];
    }

    public void use(int from, int toInclusive) {
        for (int i = Math.max(0, from); i <= toInclusive && i < used.length; i++) {
            used[i] = true;
        }
    }

    /**
     * Universal POS tag of token {@code i}, or "" outside the sentence. Tags a window around the token
     * ({@value #TAG_BEFORE} tokens before, {@value #TAG_AFTER} after) rather than the whole sentence, and keeps
     * the tags that had enough context on both sides for later calls; a second miss in the same sentence tags the
     * whole sentence once (rules that walk a subject ask for many tags).
     */
    public String tag(int i) {
        if (i < 0 || i >= tokens.size()) {
            return "";
        }
        if (tags == null) {
            tags = new String[tokens.size()];
        }
        if (tags[i] == null && windows++ > 0) {
            // a second window in the same sentence: one pass over the whole sentence costs less than more windows
            String[] all = posTagger.tag(words(0, tokens.size()));
            for (int k = 0; k < all.length; k++) {
                if (tags[k] == null) {
                    tags[k] = all[k];
                }
            }
        }
        if (tags[i] == null) {
            int from = Math.max(0, i - TAG_BEFORE);
            int to = Math.min(tokens.size(), i + TAG_AFTER + 1);
            String[] window = posTagger.tag(words(from, to));
            int keepTo = to == tokens.size() ? to : to - TAG_CONTEXT;
            for (int k = i; k < keepTo; k++) {
                if (tags[k] == null) {
                    tags[k] = window[k - from];
                }
            }
        }
        return tags[i];
    }

    private String[] words(int from, int to) {
        String[] words = new String[to - from];
        for (int k = 0; k < words.length; k++) {
            words[k] = tokens.get(from + k).text();
        }
        return words;
    }

    /** Folded text from the start of token {@code from} to the end of token {@code to}. */
    public String span(int from, int to) {
        return source.text().substring(tokens.get(from).start(), tokens.get(to).end());
    }

    /** Original-document offsets of tokens {@code from}..{@code to} (inclusive). */
    public int originalStart(int from) {
        return source.originalStart(tokens.get(from).start());
    }

    public int originalEnd(int to) {
        return source.originalEnd(tokens.get(to).end());
    }
}
