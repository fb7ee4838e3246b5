package org.factcheck.engine.text;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fast rule tokenizer for the extraction rules (the OpenNLP tokenizer splits {@code 7,600} and costs far more).
 * Numbers keep their thousands separators and decimals ({@code 7,600}, {@code 1.5}), also the Indian grouping
 * ({@code 12,34,567}) and groups set off by a narrow no-break space ({@code 40 000}, see {@link SourceText}) or,
 * from two groups on, by plain spaces ({@code 1 414 021 100}); words split off a possessive {@code 's} and
 * {@code n't} as the Penn treebank does, so the tokens also suit the POS model. A web address or an e-mail address
 * is one {@link Token#SYMBOL} token, so its digits are no figures.
 */
public final class Tokenizer {

    /**
     * Currency codes written right before the amount, {@code USD3.14}, {@code RM42}: split off the number (other
     * words keep their digits: {@code G20}, {@code COVID19}). ISO 4217 codes that are also English words are left out.
     */
    private static final Set<String> CURRENCY_PREFIXES = currencyPrefixes();

    private Tokenizer() {
    }

    private static Set<String> currencyPrefixes() {
        Set<String> codes = new HashSet<>();
        for (Currency currency : Currency.getAvailableCurrencies()) {
            codes.add(currency.getCurrencyCode());
        }
        codes.removeAll(Set.of("ALL", "CUP", "TOP", "MOP", "BOB", "SOS", "PEN", "MAD", "TRY", "BAM", "XXX", "XTS"));
        codes.addAll(Set.of("RM", "Rs", "Rp"));
        return Set.copyOf(codes);
    }

    /** A decimal point that opens a number: {@code .22 caliber}, {@code batted .305}, {@code $.50}. */
    private static boolean leadingPoint(String text, int i, int from, int to) {
        return i + 1 < to && Character.isDigit(text.charAt(i + 1))
                && (i == from || Character.isWhitespace(text.charAt(i - 1)) || "($£€¥".indexOf(text.charAt(i - 1)) >= 0);
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
            int address = glued ? -1 : webAddress(text, i, to);
            if (address > i) {
                kind = Token.SYMBOL;
                i = address;
            } else if (c == '@' && glued && (address = mailAddress(text, i, to, tokens)) > i) {
                i = address;
                continue;
            } else if (Character.isDigit(c) || c == '.' && leadingPoint(text, i, from, to)) {
                kind = Token.NUMBER;
                i = scanNumber(text, i, to);
            } else if (Character.isLetter(c)) {
                kind = Token.WORD;
                while (i < to && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i))
                        == Character.NON_SPACING_MARK)) {
                    i++;
                }
                if (!(i < to && Character.isDigit(text.charAt(i)) && CURRENCY_PREFIXES.contains(text.substring(start, i)))) {
                    while (i < to && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
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

    /** The end of a web address starting at {@code i} ({@code https://…}, {@code www.…}), else {@code i}. */
    private static int webAddress(String text, int i, int to) {
        char c = text.charAt(i);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W' || !(text.regionMatches(true, i, "http://", 0, 7)
                || text.regionMatches(true, i, "https://", 0, 8) || text.regionMatches(true, i, "www.", 0, 4))) {
            return i;
        }
        return addressEnd(text, i, to);
    }

    /** The end of the non-blank run from {@code i}, without trailing punctuation. */
    private static int addressEnd(String text, int i, int to) {
        int end = i;
        while (end < to && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        while (end > i && ".,;:!?)]}\"'".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /**
     * At an {@code @} glued to a word: when a host with a dot follows ({@code desk@example.org}), the tokens of the
     * local part are replaced by one symbol token for the whole address; returns its end, else {@code at}.
     */
    private static int mailAddress(String text, int at, int to, List<Token> tokens) {
        int end = addressEnd(text, at, to);
        int dot = text.indexOf('.', at);
        if (tokens.isEmpty() || at + 1 >= to || !Character.isLetterOrDigit(text.charAt(at + 1)) || dot < 0
                || dot >= end - 1) {
            return at;
        }
        int first = tokens.size() - 1;
        while (first > 0 && tokens.get(first).glued()) {
            first--;
        }
        Token head = tokens.get(first);
        String t = text.substring(head.start(), end);
        tokens.subList(first, tokens.size()).clear();
        tokens.add(new Token(head.start(), end, t, t.toLowerCase(Locale.ROOT), Token.SYMBOL, head.glued()));
        return end;
    }

    private static int scanNumber(String text, int i, int to) {
        int start = i;
        while (i < to && Character.isDigit(text.charAt(i))) {
            i++;
        }
        int lead = i - start;
        // Indian grouping: 12,34,567 / 1,50,000 (pairs, then a group of three)
        if (lead <= 2 && i + 3 < to && text.charAt(i) == ',' && digits(text, i + 1, 2, to)
                && text.charAt(i + 3) == ',') {
            int j = i;
            while (j + 3 < to && text.charAt(j) == ',' && digits(text, j + 1, 2, to) && text.charAt(j + 3) == ',') {
                j += 3;
            }
            if (digits(text, j + 1, 3, to) && (j + 4 >= to || !Character.isDigit(text.charAt(j + 4)))) {
                i = j + 4;
            }
        }
        // thousands groups: 7,600 / 1,000,000 (exactly three digits per group)
        while (i + 3 < to && text.charAt(i) == ',' && digits(text, i + 1, 3, to)
                && (i + 4 >= to || !Character.isDigit(text.charAt(i + 4)))) {
            i += 4;
        }
        if (i - start == lead && lead <= 3 && (lead == 1 || text.charAt(start) != '0')) {
            i = spacedGroups(text, i, to);
        }
        if (i + 1 < to && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
            i++;
            while (i < to && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /**
     * Groups of three after a narrow no-break space ({@code 40 000}), or after plain spaces when there are at
     * least two of them ({@code 1 414 021}; a single one, {@code 5 200}, may be two numbers).
     */
    private static int spacedGroups(String text, int i, int to) {
        int j = i;
        int groups = 0;
        boolean narrow = true;
        while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == SourceText.DIGIT_GROUP_SPACE)
                && digits(text, j + 1, 3, to) && (j + 4 >= to || !Character.isDigit(text.charAt(j + 4)))) {
            narrow &= text.charAt(j) == SourceText.DIGIT_GROUP_SPACE;
            j += 4;
            groups++;
        }
        return groups > 0 && (narrow || groups >= 2) ? j : i;
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
