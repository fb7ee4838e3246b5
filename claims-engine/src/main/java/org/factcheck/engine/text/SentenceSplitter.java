package org.factcheck.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences: first into blocks at blank lines and at line breaks that start a new line of
 * their own (headlines, bylines, copyright lines have no full stop), then each block with the OpenNLP sentence
 * model, then repairs the model's splits after abbreviations such as {@code Jan.} or {@code approx.}.
 * Thread-safe: the model is shared, each thread gets its own detector.
 */
public final class SentenceSplitter {

    static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** Abbreviations after which a sentence never ends. */
    private static final Set<String> ALWAYS_JOIN = Words.set("mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen",
            "rep", "capt", "lt", "col", "sgt", "maj", "st", "mt", "ft", "vs", "approx", "e.g", "i.e", "cf", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "hon", "pres",
            "supt", "cmdr", "adm", "insp");

    /** Abbreviations that may end a sentence; joined only when the next sentence cannot start one. */
    private static final Set<String> JOIN_BEFORE_LOWER = Words.set("u.s", "u.k", "u.n", "e.u", "inc", "ltd", "co",
            "corp", "jr", "sr", "bros", "etc", "a.m", "p.m", "al", "mln", "bn", "m", "k", "no", "nos", "v", "est",
            "fig", "vol", "ch", "sec", "art", "para", "pp", "op", "ca", "c");

    private final SentenceModel model;
    private final ThreadLocal<SentenceDetectorME> detector;

    public SentenceSplitter() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("sentence model missing from the class path: " + MODEL);
            }
            model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    /** Sentence spans over {@code text}, trimmed, in order; spans without a letter or digit are left out. */
    public List<Span> split(String text) {
        List<Span> result = new ArrayList<>();
        for (int[] block : blocks(text)) {
            String blockText = text.substring(block[0], block[1]);
            Span[] spans = detector.get().sentPosDetect(blockText);
            List<int[]> sentences = new ArrayList<>(spans.length);
            for (Span s : spans) {
                sentences.add(new int[] {block[0] + s.getStart(), block[0] + s.getEnd()});
            }
            if (sentences.isEmpty()) {
                sentences.add(new int[] {block[0], block[1]});
            }
            for (int[] s : splitAfterAcronyms(text, repair(text, sentences))) {
                int start = s[0];
                int end = s[1];
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (hasLetterOrDigit(text, start, end)) {
                    result.add(new Span(start, end));
                }
            }
        }
        return result;
    }

    /** Blocks: split at blank lines, and at a line break unless the next line continues a sentence (lowercase). */
    static List<int[]> blocks(String text) {
        List<int[]> blocks = new ArrayList<>();
        int blockStart = 0;
        int i = text.indexOf('\n');
        while (i >= 0) {
            int next = i + 1;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            boolean blank = next < text.length() && text.charAt(next) == '\n';
            boolean continues = !blank && next < text.length() && Character.isLowerCase(text.charAt(next))
                    && !endsSentence(text, blockStart, i);
            if (!continues) {
                if (i > blockStart) {
                    blocks.add(new int[] {blockStart, i});
                }
                blockStart = next;
            }
            i = text.indexOf('\n', next);
        }
        if (blockStart < text.length()) {
            blocks.add(new int[] {blockStart, text.length()});
        }
        return blocks;
    }

    private static boolean endsSentence(String text, int from, int lineEnd) {
        int j = lineEnd - 1;
        while (j >= from && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j >= from && ".!?:".indexOf(text.charAt(j)) >= 0;
    }

    private static List<int[]> repair(String text, List<int[]> sentences) {
        List<int[]> out = new ArrayList<>(sentences.size());
        for (int[] s : sentences) {
            if (!out.isEmpty() && shouldJoin(text, out.get(out.size() - 1), s)) {
                out.get(out.size() - 1)[1] = s[1];
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean shouldJoin(String text, int[] previous, int[] next) {
        int end = previous[1];
        while (end > previous[0] && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= previous[0]) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (".!?\"')\u2026:".indexOf(last) < 0) {
            return true; // the model split after a comma or inside a number: "up $1.15, while …"
        }
        int firstOfNext = next[0];
        while (firstOfNext < next[1] && Character.isWhitespace(text.charAt(firstOfNext))) {
            firstOfNext++;
        }
        if (firstOfNext < next[1] && Character.isLowerCase(text.charAt(firstOfNext))
                && (last == ')' || last == '"' || last == '\'')) {
            return true; // "(He worked there.) at the University", "'This is great.' she said"
        }
        if (last != '.') {
            return false;
        }
        int wordStart = end - 1;
        while (wordStart > previous[0] && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '"') {
            wordStart--;
        }
        String word = text.substring(wordStart, end - 1).toLowerCase(Locale.ROOT);
        int first = next[0];
        while (first < next[1] && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first >= next[1]) {
            return true;
        }
        char c = text.charAt(first);
        if (ALWAYS_JOIN.contains(word)) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(end - 2)) && Character.isUpperCase(c)
                && previousWordCapitalised(text, previous[0], wordStart) && !STARTERS.contains(firstWord(text, first))) {
            return true; // a middle initial: "Albert I. Jones", "George W. Bush"
        }
        boolean cannotStart = Character.isLowerCase(c) || Character.isDigit(c) || c == '$' || c == '%';
        if (cannotStart && (JOIN_BEFORE_LOWER.contains(word) || word.length() == 1
                || word.indexOf('.') > 0)) {
            return true;
        }
        return false;
    }

    private static boolean previousWordCapitalised(String text, int from, int wordStart) {
        int j = wordStart - 1;
        while (j >= from && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        int end = j + 1;
        while (j >= from && Character.isLetter(text.charAt(j))) {
            j--;
        }
        return end - (j + 1) > 1 && Character.isUpperCase(text.charAt(j + 1));
    }

    private static String firstWord(String text, int from) {
        int j = from;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(from, j);
    }

    /** Words that usually open a sentence; an abbreviation before one of them ends its sentence. */
    private static final Set<String> STARTERS = Words.set("The", "A", "An", "It", "He", "She", "They", "We", "I", "You",
            "This", "That", "These", "Those", "But", "And", "In", "On", "At", "How", "What", "Why", "When", "Where",
            "Who", "There", "Its", "His", "Her", "Their", "Our", "If", "As", "After", "Before", "Since", "So", "Yet",
            "Now", "Then", "Meanwhile", "However", "Still", "Many", "Some", "Most");

    private static final java.util.regex.Pattern ACRONYM_THEN_STARTER = java.util.regex.Pattern.compile(
            "\\b(?:[A-Z]\\.){2,}\\s+(?=(?:The|It|He|She|They|We|I|You|This|That|But|And|How|What|Why|When|Where|Who|There|If|So|Now|Meanwhile|However)\\b)");

    /** Splits a sentence the model kept whole after an acronym: "I live in the U.S. How about you?" */
    private static List<int[]> splitAfterAcronyms(String text, List<int[]> sentences) {
        List<int[]> out = new ArrayList<>(sentences.size());
        for (int[] s : sentences) {
            int from = s[0];
            if (!hasAcronym(text, s[0], s[1])) {
                out.add(s);
                continue;
            }
            var m = ACRONYM_THEN_STARTER.matcher(text).region(s[0], s[1]);
            while (m.find()) {
                out.add(new int[] {from, m.end()});
                from = m.end();
            }
            out.add(new int[] {from, s[1]});
        }
        return out;
    }

    /** Whether {@code [A-Z].[A-Z].} occurs in the span: most sentences have none, which spares the expression. */
    private static boolean hasAcronym(String text, int start, int end) {
        for (int i = text.indexOf('.', start); i >= 0 && i + 2 < end; i = text.indexOf('.', i + 1)) {
            if (i > start && isAsciiUpper(text.charAt(i - 1)) && isAsciiUpper(text.charAt(i + 1))
                    && text.charAt(i + 2) == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
