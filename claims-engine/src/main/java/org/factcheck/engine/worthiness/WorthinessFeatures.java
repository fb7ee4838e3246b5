package org.factcheck.engine.worthiness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sentence into the binary features the check-worthiness model was trained on. Training and scoring both go
 * through {@link #of(String)}, so a change here means retraining the model.
 *
 * <p>Features: lowercased unigrams and bigrams (numbers reduced to their shape, so "$1.5" and "$200" look alike),
 * number / money / percent / scale-word / year presence, first-person opinion cues, a question mark and a
 * sentence-length bucket. A regular-expression tokenizer keeps "7,600", "$2.24" and "42%" whole and is fast enough to
 * score every sentence of an article.
 */
public final class WorthinessFeatures {

    private static final Pattern TOKEN = Pattern.compile(
            "[$£€]?\\d+(?:[.,:/]\\d+)*(?:%|s\\b|th\\b|st\\b|nd\\b|rd\\b)?|\\p{L}+(?:['’]\\p{L}+)*|[%$£€?!]");
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d|(?:1[89]|20)\\d0s");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
    private static final Set<String> SCALE = Set.of("hundred", "thousand", "thousands", "million", "millions",
            "billion", "billions", "trillion", "trillions", "dozen", "dozens");
    private static final Set<String> MONEY = Set.of("dollar", "dollars", "cent", "cents", "euro", "euros", "pounds");
    private static final Set<String> PERCENT = Set.of("percent", "percentage", "per");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety", "half", "third", "quarter", "twice", "double", "doubled", "tripled");
    private static final Pattern OPINION = Pattern.compile(
            "\\b(?:i|we)(?: do not| don't| really| strongly)? (?:think|believe|feel|hope|want|wish|like|love|"
                    + "hate|guess|suppose|know)\\b|\\bin my (?:view|opinion)\\b|\\bwe (?:need|must|should|will|can|"
                    + "have to|ought)\\b|\\bi (?:will|would|am going to|intend)\\b");

    private WorthinessFeatures() {
    }

    /** The features of one sentence, without duplicates. */
    public static String[] of(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<String> tokens = tokens(lower);
        Set<String> features = new LinkedHashSet<>();
        features.add("bias");

        String previous = "<s>";
        for (String token : tokens) {
            String word = shape(token);
            features.add("w=" + word);
            features.add("b=" + previous + "_" + word);
            previous = word;
            signals(token, features);
        }
        features.add("b=" + previous + "_</s>");
        if (!tokens.isEmpty()) {
            features.add("first=" + shape(tokens.get(0)));
        }
        if (OPINION.matcher(lower).find()) {
            features.add("opinion-cue");
        }
        features.add("len=" + lengthBucket(tokens.size()));
        return features.toArray(String[]::new);
    }

    private static void signals(String token, Set<String> features) {
        char first = token.charAt(0);
        if (Character.isDigit(first) || (token.length() > 1 && Character.isDigit(token.charAt(1)))) {
            features.add(YEAR.matcher(token).matches() ? "has-year" : "has-number");
            if ("$£€".indexOf(first) >= 0) {
                features.add("has-money");
            }
            if (token.endsWith("%")) {
                features.add("has-percent");
            }
        } else if (SCALE.contains(token)) {
            features.add("has-scale");
        } else if (MONEY.contains(token) || token.equals("$")) {
            features.add("has-money");
        } else if (PERCENT.contains(token) || token.equals("%")) {
            features.add("has-percent");
        } else if (NUMBER_WORDS.contains(token)) {
            features.add("has-number-word");
        } else if (token.equals("?")) {
            features.add("question");
        }
    }

    /** Numbers become their shape: {@code <year>}, {@code <ordinal>}, {@code <$num>}, {@code <num%>}, {@code <num>}. */
    private static String shape(String token) {
        char first = token.charAt(0);
        boolean money = "$£€".indexOf(first) >= 0 && token.length() > 1;
        if (!Character.isDigit(first) && !money) {
            return token;
        }
        if (YEAR.matcher(token).matches()) {
            return "<year>";
        }
        if (ORDINAL.matcher(token).matches()) {
            return "<ordinal>";
        }
        if (money) {
            return "<$num>";
        }
        return token.endsWith("%") ? "<num%>" : "<num>";
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

    static List<String> tokens(String lowercased) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(lowercased);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
