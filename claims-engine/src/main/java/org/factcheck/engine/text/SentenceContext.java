package org.factcheck.engine.text;

import java.util.List;

/**
 * One sentence as the rules see it: its tokens over the folded text, the tokens already claimed by an earlier
 * rule (dates are read before figures), and POS tags computed on first use.
 */
public final class SentenceContext {

    private final SourceText source;
    private final int start;
    private final int end;
    private final List<Token> tokens;
    private final boolean[] used;
    private final PosTagger posTagger;
    private String[] tags;

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

    /** Universal POS tag of token {@code i}; tags the whole sentence on first call. */
    public String tag(int i) {
        if (tags == null) {
            String[] words = new String[tokens.size()];
            for (int k = 0; k < words.length; k++) {
                words[k] = tokens.get(k).text();
            }
            tags = posTagger.tag(words);
        }
        return i >= 0 && i < tags.length ? tags[i] : "";
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
