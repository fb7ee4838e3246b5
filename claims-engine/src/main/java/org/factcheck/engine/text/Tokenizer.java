package org.factcheck.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fast rule tokenizer for the extraction rules (the OpenNLP tokenizer splits {@code 7,600} and costs far more).
 * Numbers keep their thousands separators and decimals ({@code 7,600}, {@code 1.5}); words split off a
 * possessive {@code 's} and {@code n't} as the Penn treebank does, so the tokens also suit the POS model.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(8, (to - from) / 5));
        int i = from;
        boolean glued = false;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                glued = false;
                continue;
            }
            int start = i;
            char kind;
            if (c >= '0' && c <= '9') {
                kind = Token.NUMBER;
                i = scanNumber(text, i, to);
            } else if (Character.isLetter(c)) {
                kind = Token.WORD;
                while (i < to && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i))
                        == Character.NON_SPACING_MARK)) {
                    i++;
                }
                while (i < to && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                // n't and 's become their own tokens
                if (i - start > 3 && text.charAt(i - 1) == 'n' && i < to && text.charAt(i) == '\''
                        && i + 1 < to && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T')
                        && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)))) {
                    i--;
                }
            } else if (c == '\'' && i + 1 < to && Character.isLetter(text.charAt(i + 1)) && glued
                    && !tokens.isEmpty() && tokens.get(tokens.size() - 1).isWord()) {
                kind = Token.WORD;
                i++;
                while (i < to && Character.isLetter(text.charAt(i))) {
                    i++;
                }
            } else {
                kind = Token.SYMBOL;
                i += Character.charCount(text.codePointAt(i));
            }
            String t = text.substring(start, i);
            tokens.add(new Token(start, i, t, t.toLowerCase(Locale.ROOT), kind, glued));
            glued = true;
        }
        return tokens;
    }

    private static int scanNumber(String text, int i, int to) {
        while (i < to && Character.isDigit(text.charAt(i))) {
            i++;
        }
        // thousands groups: 7,600 / 1,000,000 (exactly three digits per group)
        while (i + 3 < to && text.charAt(i) == ',' && digits(text, i + 1, 3, to)
                && (i + 4 >= to || !Character.isDigit(text.charAt(i + 4)))) {
            i += 4;
        }
        if (i + 1 < to && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
            i++;
            while (i < to && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean digits(String text, int from, int n, int to) {
        if (from + n > to) {
            return false;
        }
        for (int k = from; k < from + n; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
