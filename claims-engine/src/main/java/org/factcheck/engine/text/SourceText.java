package org.factcheck.engine.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text the engine reads, with a way back to the original document. HTML is stripped (tags dropped, block
 * tags become line breaks, entities decoded); typographic characters are folded one-for-one (curly quotes,
 * dashes, non-breaking spaces) so that the rules can stay simple. Every character of {@link #text()} knows
 * where it came from in the original.
 */
public final class SourceText {

    /**
     * A no-break, thin or narrow space between digit groups ({@code 40 000}) folds to this character, not to a
     * plain space, so that the tokenizer reads one number.
     */
    public static final char DIGIT_GROUP_SPACE = '\u202f';

    private static final Pattern MARKUP = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*|!--)[^<>]*>?"
            + "|&(?:[a-zA-Z][a-zA-Z0-9]{1,8}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "tr", "td", "th", "table", "section", "article", "header", "footer", "blockquote",
            "title", "figcaption", "figure", "aside", "nav", "dd", "dt", "hr", "pre", "main", "caption", "body",
            "head", "html");

    private static final Set<String> SKIPPED_CONTENT = Set.of("script", "style", "noscript", "template", "svg");

    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("ndash", "-"), Map.entry("mdash", "\u2014"), Map.entry("minus", "-"), Map.entry("rsquo", "'"),
            Map.entry("lsquo", "'"), Map.entry("ldquo", "\""), Map.entry("rdquo", "\""), Map.entry("bdquo", "\""),
            Map.entry("laquo", "\""), Map.entry("raquo", "\""), Map.entry("hellip", "\u2026"),
            Map.entry("euro", "\u20ac"), Map.entry("pound", "\u00a3"), Map.entry("yen", "\u00a5"),
            Map.entry("cent", "\u00a2"), Map.entry("deg", "\u00b0"), Map.entry("times", "\u00d7"),
            Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"), Map.entry("trade", "\u2122"),
            Map.entry("frac12", "\u00bd"), Map.entry("frac14", "\u00bc"), Map.entry("frac34", "\u00be"),
            Map.entry("thinsp", " "), Map.entry("ensp", " "), Map.entry("emsp", " "), Map.entry("shy", ""),
            Map.entry("zwj", ""), Map.entry("zwnj", ""), Map.entry("eacute", "\u00e9"), Map.entry("egrave", "\u00e8"),
            Map.entry("aacute", "\u00e1"), Map.entry("iacute", "\u00ed"), Map.entry("oacute", "\u00f3"),
            Map.entry("uacute", "\u00fa"), Map.entry("ouml", "\u00f6"), Map.entry("uuml", "\u00fc"),
            Map.entry("auml", "\u00e4"), Map.entry("ccedil", "\u00e7"), Map.entry("ntilde", "\u00f1"),
            Map.entry("sup2", "\u00b2"), Map.entry("sup3", "\u00b3"), Map.entry("middot", "\u00b7"),
            Map.entry("bull", "\u2022"), Map.entry("sect", "\u00a7"), Map.entry("percnt", "%"),
            Map.entry("dollar", "$"));

    private final String text;
    private final int[] origStart;
    private final int[] origEnd;

    private SourceText(String text, int[] origStart, int[] origEnd) {
        this.text = text;
        this.origStart = origStart;
        this.origEnd = origEnd;
    }

    /** Reads a document, stripping markup when it has any. */
    public static SourceText of(String document) {
        if (!MARKUP.matcher(document).find()) {
            return new SourceText(digitGroups(fold(document), document, null, null), null, null);
        }
        return strip(document);
    }

    /** The folded, markup-free text the rules read. */
    public String text() {
        return text;
    }

    /** Original index of the character at {@code i}. */
    public int originalStart(int i) {
        if (origStart == null) {
            return i;
        }
        return i < origStart.length ? origStart[i] : (origEnd.length == 0 ? 0 : origEnd[origEnd.length - 1]);
    }

    /** Original (exclusive) end of a span that ends (exclusive) at {@code i}. */
    public int originalEnd(int i) {
        if (origEnd == null) {
            return i;
        }
        return i == 0 ? (origStart.length == 0 ? 0 : origStart[0]) : origEnd[i - 1];
    }

    private static String fold(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = foldChar(c);
            if (f != c) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = f;
            }
        }
        return chars == null ? s : new String(chars);
    }

    /**
     * Marks the folded spaces that were no-break, thin or narrow spaces between a digit and a group of exactly
     * three digits with {@link #DIGIT_GROUP_SPACE}; {@code starts}/{@code ends} map folded to original positions
     * (null: the same positions).
     */
    private static String digitGroups(String folded, String doc, int[] starts, int[] ends) {
        char[] chars = null;
        int from = 1;
        int at;
        while ((at = folded.indexOf(' ', from)) > 0 && at + 3 < folded.length()) {
            from = at + 1;
            if (!Character.isDigit(folded.charAt(at - 1)) || !Character.isDigit(folded.charAt(at + 1))
                    || !Character.isDigit(folded.charAt(at + 2)) || !Character.isDigit(folded.charAt(at + 3))
                    || at + 4 < folded.length() && Character.isDigit(folded.charAt(at + 4))) {
                continue;
            }
            boolean noBreak;
            if (starts == null || ends[at] - starts[at] == 1) {
                noBreak = NO_BREAK_SPACES.indexOf(doc.charAt(starts == null ? at : starts[at])) >= 0;
            } else {
                String entity = doc.substring(starts[at], ends[at]);
                noBreak = entity.equalsIgnoreCase("&nbsp;") || entity.equalsIgnoreCase("&thinsp;")
                        || NO_BREAK_SPACES.indexOf(decode(entity).charAt(0)) >= 0;
            }
            if (noBreak) {
                if (chars == null) {
                    chars = folded.toCharArray();
                }
                chars[at] = DIGIT_GROUP_SPACE;
            }
        }
        return chars == null ? folded : new String(chars);
    }

    private static final String NO_BREAK_SPACES = "\u00a0\u2007\u2009\u202f\u200a";

    static char foldChar(char c) {
        return switch (c) {
            case '\u00a0', '\u2007', '\u2009', '\u202f', '\u2002', '\u2003', '\u200a', '\t', '\f' -> ' ';
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\ufe63', '\uff0d' -> '-';
            case '\u223c', '\u2248', '\u2243', '\uff5e' -> '~'; // tilde operator, almost equal: "∼5 cm", "≈ 40 km"
            case '\r' -> '\n';
            default -> c;
        };
    }

    private static SourceText strip(String doc) {
        StringBuilder out = new StringBuilder(doc.length());
        int[] starts = new int[doc.length() + 16];
        int[] ends = new int[doc.length() + 16];
        var m = MARKUP.matcher(doc);
        int pos = 0;
        String skipUntil = null;
        while (m.find()) {
            if (skipUntil == null) {
                for (int i = pos; i < m.start(); i++) {
                    starts = grow(starts, out.length());
                    ends = grow(ends, out.length());
                    starts[out.length()] = i;
                    ends[out.length()] = i + 1;
                    out.append(foldChar(doc.charAt(i)));
                }
            }
            pos = m.end();
            String token = m.group();
            if (token.charAt(0) == '&') {
                if (skipUntil != null) {
                    continue;
                }
                String decoded = decode(token);
                for (int k = 0; k < decoded.length(); k++) {
                    starts = grow(starts, out.length());
                    ends = grow(ends, out.length());
                    starts[out.length()] = m.start();
                    ends[out.length()] = m.end();
                    out.append(foldChar(decoded.charAt(k)));
                }
                continue;
            }
            if (token.startsWith("<!--")) {
                int close = doc.indexOf("-->", m.start() + 4);
                pos = close < 0 ? doc.length() : close + 3;
                m.region(pos, doc.length());
                continue;
            }
            boolean closing = token.charAt(1) == '/';
            int nameStart = closing ? 2 : 1;
            int nameEnd = nameStart;
            while (nameEnd < token.length() && Character.isLetterOrDigit(token.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = token.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (skipUntil != null) {
                if (closing && name.equals(skipUntil)) {
                    skipUntil = null;
                }
                continue;
            }
            if (!closing && SKIPPED_CONTENT.contains(name) && !token.endsWith("/>")) {
                skipUntil = name;
                continue;
            }
            if (BLOCK_TAGS.contains(name)) {
                for (int k = 0; k < 2; k++) {
                    starts = grow(starts, out.length());
                    ends = grow(ends, out.length());
                    starts[out.length()] = m.start();
                    ends[out.length()] = m.start();
                    out.append('\n');
                }
            }
        }
        if (skipUntil == null) {
            for (int i = pos; i < doc.length(); i++) {
                starts = grow(starts, out.length());
                ends = grow(ends, out.length());
                starts[out.length()] = i;
                ends[out.length()] = i + 1;
                out.append(foldChar(doc.charAt(i)));
            }
        }
        int n = out.length();
        return new SourceText(digitGroups(out.toString(), doc, starts, ends), java.util.Arrays.copyOf(starts, n),
                java.util.Arrays.copyOf(ends, n));
    }

    private static int[] grow(int[] a, int index) {
        return index < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2 + 16);
    }

    private static String decode(String entity) {
        String body = entity.substring(1, entity.length() - 1);
        if (body.charAt(0) == '#') {
            try {
                int cp = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                        ? Integer.parseInt(body.substring(2), 16)
                        : Integer.parseInt(body.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : " ";
            } catch (NumberFormatException e) {
                return entity;
            }
        }
        String decoded = ENTITIES.get(body);
        if (decoded == null) {
            decoded = ENTITIES.get(body.toLowerCase(Locale.ROOT));
        }
        return decoded == null ? entity : decoded;
    }
}
