package org.factcheck.engine.worthiness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.factcheck.engine.ml.FeatureHash;
import org.factcheck.engine.text.Words;

/**
 * Turns a sentence into the binary features the check-worthiness model was trained on. Training goes through
 * {@link #of(String)} (feature names), scoring through {@link #hashes(String)} (the same features as 64-bit hashes,
 * without building their names); both run the same code below, so they cannot drift apart. A change here means
 * retraining the model.
 *
 * <p>Features: lowercased unigrams and bigrams (numbers reduced to their shape, so "$1.5" and "$200" look alike),
 * number / money / percent / scale-word / year presence, first-person opinion cues, a question mark and a
 * sentence-length bucket. Tokens: a figure stays whole ("7,600", "$2.24", "42%", "1990s", "3rd"), a word is a run of
 * letters with inner apostrophes ("don't"), and {@code % $ £ € ? !} stand alone.
 */
public final class WorthinessFeatures {

    /** Words that signal a figure, each with the feature it sets. */
    private static final Map<String, String> SIGNAL_WORDS = signalWords();
    private static final Pattern OPINION = Pattern.compile(
            "\\b(?:i|we)(?: do not| don't| really| strongly)? (?:think|believe|feel|hope|want|wish|like|love|"
                    + "hate|guess|suppose|know)\\b|\\bin my (?:view|opinion)\\b|\\bwe (?:need|must|should|will|can|"
                    + "have to|ought)\\b|\\bi (?:will|would|am going to|intend)\\b");
    private static final String CURRENCY = "$£€";
    private static final List<String> ORDINAL_SUFFIXES = List.of("th", "st", "nd", "rd");

    private WorthinessFeatures() {
    }

    /** The features of one sentence by name, without duplicates, in first-seen order. */
    public static String[] of(String sentence) {
        NameSink names = new NameSink();
        extract(sentence, names);
        return names.features.toArray(String[]::new);
    }

    /** The same features as {@link #of(String)}, each as {@link FeatureHash#of(String)} of its name, distinct, in first-seen order. */
    public static long[] hashes(String sentence) {
        HashSink sink = new HashSink();
        extract(sentence, sink);
        return sink.distinct();
    }

    private static void extract(String sentence, Sink sink) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<String> tokens = tokens(lower);
        sink.constant("bias");

        String previous = "<s>";
        for (String token : tokens) {
            String word = shape(token);
            sink.pair("w=", word);
            sink.bigram(previous, word);
            previous = word;
            signals(token, sink);
        }
        sink.bigram(previous, "</s>");
        if (!tokens.isEmpty()) {
            sink.pair("first=", shape(tokens.get(0)));
        }
        if (mayExpressOpinion(lower) && OPINION.matcher(lower).find()) {
            sink.constant("opinion-cue");
        }
        sink.pair("len=", lengthBucket(tokens.size()));
    }

    /** Every opinion cue contains one of these; most sentences contain none, which spares the expression. */
    private static boolean mayExpressOpinion(String lower) {
        return lower.contains("i ") || lower.contains("we ") || lower.contains("in my ");
    }

    private static void signals(String token, Sink sink) {
        char first = token.charAt(0);
        if (Character.isDigit(first) || (token.length() > 1 && Character.isDigit(token.charAt(1)))) {
            sink.constant(isYear(token) ? "has-year" : "has-number");
            if (CURRENCY.indexOf(first) >= 0) {
                sink.constant("has-money");
            }
            if (token.endsWith("%")) {
                sink.constant("has-percent");
            }
        } else {
            String signal = SIGNAL_WORDS.get(token);
            if (signal != null) {
                sink.constant(signal);
            }
        }
    }

    private static Map<String, String> signalWords() {
        Map<String, String> words = new HashMap<>();
        for (String word : List.of("hundred", "thousand", "thousands", "million", "millions", "billion", "billions",
                "trillion", "trillions", "dozen", "dozens")) {
            words.put(word, "has-scale");
        }
        for (String word : List.of("dollar", "dollars", "cent", "cents", "euro", "euros", "pounds", "$")) {
            words.put(word, "has-money");
        }
        for (String word : List.of("percent", "percentage", "per", "%")) {
            words.put(word, "has-percent");
        }
        for (String word : List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                "ninety", "half", "third", "quarter", "twice", "double", "doubled", "tripled")) {
            words.put(word, "has-number-word");
        }
        words.put("?", "question");
        return Words.map(words);
    }

    /** Numbers become their shape: {@code <year>}, {@code <ordinal>}, {@code <$num>}, {@code <num%>}, {@code <num>}. */
    private static String shape(String token) {
        char first = token.charAt(0);
        boolean money = CURRENCY.indexOf(first) >= 0 && token.length() > 1;
        if (!Character.isDigit(first) && !money) {
            return token;
        }
        if (isYear(token)) {
            return "<year>";
        }
        if (isOrdinal(token)) {
            return "<ordinal>";
        }
        if (money) {
            return "<$num>";
        }
        return token.endsWith("%") ? "<num%>" : "<num>";
    }

    /** {@code 1800}–{@code 2099}, or a decade such as {@code 1990s}. */
    static boolean isYear(String token) {
        int n = token.length();
        if (n != 4 && n != 5 || !isAsciiDigit(token.charAt(2)) || !isAsciiDigit(token.charAt(3))) {
            return false;
        }
        char c0 = token.charAt(0);
        char c1 = token.charAt(1);
        boolean century = c0 == '1' && (c1 == '8' || c1 == '9') || c0 == '2' && c1 == '0';
        return century && (n == 4 || token.charAt(3) == '0' && token.charAt(4) == 's');
    }

    /** Digits followed by {@code st}, {@code nd}, {@code rd} or {@code th}. */
    static boolean isOrdinal(String token) {
        int n = token.length();
        if (n < 3) {
            return false;
        }
        for (int i = 0; i < n - 2; i++) {
            if (!isAsciiDigit(token.charAt(i))) {
                return false;
            }
        }
        return ORDINAL_SUFFIXES.contains(token.substring(n - 2));
    }

    private static String lengthBucket(int tokens) {
        if (tokens <= 5) {
            return "1-5";
        }
        if (tokens <= 10) {
            return "6-10";
        }
        if (tokens <= 20) {
            return "11-20";
        }
        return tokens <= 35 ? "21-35" : "36+";
    }

    /**
     * The tokens of a lowercased sentence: figures ({@code [$£€]?} digits with {@code . , : /} groups and an optional
     * {@code %}, {@code s}, {@code st}, {@code nd}, {@code rd}, {@code th} that ends the word), words (letters with
     * inner {@code '} or {@code ’}), and the single characters {@code % $ £ € ? !}; everything else separates.
     */
    static List<String> tokens(String lowercased) {
        List<String> tokens = new ArrayList<>();
        int n = lowercased.length();
        int i = 0;
        while (i < n) {
            char c = lowercased.charAt(i);
            int end;
            if (isAsciiDigit(c) || CURRENCY.indexOf(c) >= 0 && i + 1 < n && isAsciiDigit(lowercased.charAt(i + 1))) {
                end = figureEnd(lowercased, isAsciiDigit(c) ? i : i + 1);
            } else if (Character.isLetter(lowercased.codePointAt(i))) {
                end = wordEnd(lowercased, i);
            } else if ("%$£€?!".indexOf(c) >= 0) {
                end = i + 1;
            } else {
                i++;
                continue;
            }
            tokens.add(lowercased.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static int figureEnd(String s, int digitsStart) {
        int i = digits(s, digitsStart);
        while (i + 1 < s.length() && ".,:/".indexOf(s.charAt(i)) >= 0 && isAsciiDigit(s.charAt(i + 1))) {
            i = digits(s, i + 1);
        }
        if (i < s.length() && s.charAt(i) == '%') {
            return i + 1;
        }
        if (s.startsWith("s", i) && endsWord(s, i + 1)) {
            return i + 1;
        }
        for (String suffix : ORDINAL_SUFFIXES) {
            if (s.startsWith(suffix, i) && endsWord(s, i + 2)) {
                return i + 2;
            }
        }
        return i;
    }

    private static int digits(String s, int i) {
        while (i < s.length() && isAsciiDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A word boundary after a letter: the end, or a character that is neither a letter, a digit nor {@code _}. */
    private static boolean endsWord(String s, int i) {
        if (i >= s.length()) {
            return true;
        }
        int c = s.codePointAt(i);
        return !Character.isLetterOrDigit(c) && c != '_';
    }

    private static int wordEnd(String s, int i) {
        i = letters(s, i);
        while (i + 1 < s.length() && (s.charAt(i) == '\'' || s.charAt(i) == '’')
                && Character.isLetter(s.codePointAt(i + 1))) {
            i = letters(s, i + 1);
        }
        return i;
    }

    private static int letters(String s, int i) {
        while (i < s.length()) {
            char ascii = s.charAt(i);
            if (ascii < 0x80) { // most text: spare the code point lookup
                if (ascii >= 'a' && ascii <= 'z' || ascii >= 'A' && ascii <= 'Z') {
                    i++;
                    continue;
                }
                break;
            }
            int c = s.codePointAt(i);
            if (!Character.isLetter(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Where features go: by name for training, by hash for scoring. */
    private interface Sink {
        void constant(String feature);

        void pair(String prefix, String word);

        /** {@code b=first_second}. */
        void bigram(String first, String second);
    }

    private static final class NameSink implements Sink {
        final Set<String> features = new LinkedHashSet<>();

        @Override
        public void constant(String feature) {
            features.add(feature);
        }

        @Override
        public void pair(String prefix, String word) {
            features.add(prefix + word);
        }

        @Override
        public void bigram(String first, String second) {
            features.add("b=" + first + "_" + second);
        }
    }

    private static final class HashSink implements Sink {
        private static final long BIGRAM = FeatureHash.of("b=");

        /** The distinct hashes in first-seen order. */
        private long[] hashes = new long[64];
        private int size;
        /** Open addressing over the same hashes, to drop repeats as they come; 0 marks a free slot. */
        private long[] seen = new long[256];
        private boolean seenZero;

        private void add(long hash) {
            if (hash == 0) {
                if (seenZero) {
                    return;
                }
                seenZero = true;
            } else if (!insert(seen, hash)) {
                return;
            }
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            hashes[size++] = hash;
            if (size * 2 > seen.length) {
                long[] bigger = new long[seen.length * 2];
                for (int i = 0; i < size; i++) {
                    if (hashes[i] != 0) {
                        insert(bigger, hashes[i]);
                    }
                }
                seen = bigger;
            }
        }

        /** Puts a non-zero hash into the table; false when it was there already. */
        private static boolean insert(long[] table, long hash) {
            int mask = table.length - 1;
            int slot = (int) (hash ^ (hash >>> 32)) & mask;
            while (table[slot] != 0) {
                if (table[slot] == hash) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = hash;
            return true;
        }

        @Override
        public void constant(String feature) {
            add(FeatureHash.of(feature));
        }

        @Override
        public void pair(String prefix, String word) {
            add(FeatureHash.mix(FeatureHash.of(prefix), word));
        }

        @Override
        public void bigram(String first, String second) {
            add(FeatureHash.mix(FeatureHash.mix(FeatureHash.mix(BIGRAM, first), '_'), second));
        }

        long[] distinct() {
            return Arrays.copyOf(hashes, size);
        }
    }
}
