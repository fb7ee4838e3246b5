package org.factcheck.engine.text;

/**
 * A token of the folded text. Offsets index the whole document's folded text, end exclusive.
 *
 * @param kind  {@link #NUMBER} (digits with separators and a decimal part), {@link #WORD} (letters, maybe
 *              followed by digits: {@code G20}, {@code km2}) or {@link #SYMBOL} (any other single character)
 * @param glued no whitespace between this token and the previous one
 */
public record Token(int start, int end, String text, String lower, char kind, boolean glued) {

    public static final char NUMBER = 'N';
    public static final char WORD = 'W';
    public static final char SYMBOL = 'S';

    public boolean isNumber() {
        return kind == NUMBER;
    }

    public boolean isWord() {
        return kind == WORD;
    }

    public boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    public boolean capitalized() {
        return kind == WORD && Character.isUpperCase(text.charAt(0));
    }
}
