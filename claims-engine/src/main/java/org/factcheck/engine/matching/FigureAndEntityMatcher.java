package org.factcheck.engine.matching;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.TimeReference;

/**
 * Two claims say the same when they carry the same figures and the same entities and content words, whatever the
 * wording. Stateless and thread-safe.
 *
 * <p><b>Figures.</b> Each figure is brought to a canonical unit (metres and miles to km, tonnes and pounds to kg,
 * counted nouns stemmed; currencies are never converted) and two figures agree (1.0) when their values are equal up to
 * the rounding of the rounder one ({@code 3.5 million} covers 3,450,000 to 3,550,000), nearly agree (0.7) within 5 %,
 * and otherwise don't (0). Qualifiers must not contradict: {@code more than} against {@code less than} and {@code up}
 * against {@code down} give 0, a change ({@code up 5%}) against a level ({@code 5%}) ×0.7, a bound against a level
 * ×0.9; different rate denominators give 0, one missing denominator ×0.9. The figure agreement {@code F} of two claims
 * averages, over the figures of both, each figure's best agreement on the other side.
 *
 * <p><b>Words.</b> Content words are the letters-only words outside the figures' spans, lowercased, without stop
 * words, Snowball-stemmed; a word written with a capital (a name, in practice) counts twice. {@code T} is the
 * weighted Dice overlap of the two sets.
 *
 * <p><b>Similarity.</b> With figures on both sides: {@code F × (0.4 + 0.6·T)} — the figures gate the match, the
 * words decide how sure it is. Without figures on either side: {@code T}. Figures on one side only: {@code 0.5·T},
 * never a match. When one claim is negated ("not", "never", "n't") and the other is not, or when both name their period
 * and no period is the same ("in 2019" against "in 2020"), the similarity is multiplied by 0.8 (each), so such a pair
 * is at most suggested.
 *
 * <p><b>Thresholds.</b> {@link #CONFIRMED} 0.9 needs every figure to agree and {@code T ≥ 0.83} (nearly all names and
 * content words shared); {@link #SUGGESTED} 0.6 needs agreeing figures and a third of the words, or a figure-less pair
 * sharing most of its words. See docs/matching.md.
 */
public final class FigureAndEntityMatcher implements ClaimMatcher {

    public static final double CONFIRMED = 0.9;
    public static final double SUGGESTED = 0.6;

    static final FigureAndEntityMatcher INSTANCE = new FigureAndEntityMatcher();

    private static final double FIGURE_SHARE = 0.4;
    private static final double NEAR_AGREEMENT = 0.7;
    private static final double NEAR_RELATIVE = 0.05;
    private static final double OTHER_POLARITY = 0.8;
    private static final double OTHER_PERIOD = 0.8;
    private static final int MAX_WORD_KEYS = 10;
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|no|never|nor|neither|none|nobody|nothing)\\b|n['’]t\\b", Pattern.CASE_INSENSITIVE);
    /** Digits kept from a double before looking at its last significant digit: hides 1.1e6 = 1100000.0000000002. */
    private static final MathContext PRECISION = new MathContext(12);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Canonical unit and factor for the measures the engine reports (UCUM-style symbols). */
    private static final Map<String, Conversion> UNITS = Map.ofEntries(
            Map.entry("km", new Conversion("km", 1)), Map.entry("m", new Conversion("km", 0.001)),
            Map.entry("cm", new Conversion("km", 1e-5)), Map.entry("mi", new Conversion("km", 1.609344)),
            Map.entry("km2", new Conversion("km2", 1)), Map.entry("m2", new Conversion("km2", 1e-6)),
            Map.entry("ha", new Conversion("km2", 0.01)), Map.entry("mi2", new Conversion("km2", 2.589988110336)),
            Map.entry("kg", new Conversion("kg", 1)), Map.entry("g", new Conversion("kg", 0.001)),
            Map.entry("t", new Conversion("kg", 1000)), Map.entry("lb", new Conversion("kg", 0.45359237)),
            Map.entry("l", new Conversion("L", 1)), Map.entry("L", new Conversion("L", 1)),
            Map.entry("m3", new Conversion("L", 1000)), Map.entry("bbl", new Conversion("L", 158.987294928)),
            Map.entry("km/h", new Conversion("km/h", 1)), Map.entry("mph", new Conversion("km/h", 1.609344)),
            Map.entry("m/s", new Conversion("km/h", 3.6)));

    private static final Set<String> STOP_WORDS = Set.of("a", "about", "above", "according", "after", "again",
            "against", "all", "almost", "also", "am", "an", "and", "any", "approximately", "are", "around", "as", "at",
            "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "cent",
            "could", "did", "do", "does", "doing", "down", "during", "each", "few", "fewer", "for", "from", "further",
            "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in",
            "into", "is", "it", "its", "just", "least", "less", "many", "more", "most", "much", "my", "nearly",
            "never", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out",
            "over", "own", "per", "percent", "reported", "roughly", "said", "same", "say", "says", "she", "should",
            "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they",
            "this", "those", "through", "to", "told", "too", "under", "until", "up", "very", "was", "we", "were",
            "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
            "hundred", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "bn",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "third", "quarter",
            "year", "years", "s", "t");

    @Override
    public List<String> keys(Claim claim) {
        List<Figure> figures = figures(claim);
        Set<String> keys = new LinkedHashSet<>();
        for (Figure figure : figures) {
            String unit = figure.unit() == null ? "-" : figure.unit();
            for (String bucket : buckets(figure.value())) {
                keys.add("q:" + bucket + "|" + unit);
            }
        }
        if (figures.isEmpty()) {
            Map<String, Integer> words = words(claim);
            words.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                            .thenComparing(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
                    .limit(MAX_WORD_KEYS)
                    .forEach(e -> keys.add("w:" + e.getKey()));
        }
        return List.copyOf(keys);
    }

    @Override
    public double similarity(Claim a, Claim b) {
        double polarity = negated(a) == negated(b) ? 1 : OTHER_POLARITY;
        double period = samePeriod(a, b) ? 1 : OTHER_PERIOD;
        return clamp(polarity * period * unsigned(a, b));
    }

    private static double unsigned(Claim a, Claim b) {
        double words = dice(words(a), words(b));
        List<Figure> fa = figures(a);
        List<Figure> fb = figures(b);
        if (fa.isEmpty() && fb.isEmpty()) {
            return words;
        }
        if (fa.isEmpty() || fb.isEmpty()) {
            return 0.5 * words;
        }
        return clamp(figureAgreement(fa, fb) * (FIGURE_SHARE + (1 - FIGURE_SHARE) * words));
    }

    @Override
    public Optional<MatchKind> kind(double similarity) {
        if (similarity >= CONFIRMED) {
            return Optional.of(MatchKind.CONFIRMED);
        }
        return similarity >= SUGGESTED ? Optional.of(MatchKind.SUGGESTED) : Optional.empty();
    }

    // ---- figures

    private record Conversion(String unit, double factor) {
    }

    /** A figure in canonical units; {@code tolerance} is half a unit of its last significant digit. */
    record Figure(double value, String unit, String per, Qualifier qualifier, double tolerance) {
    }

    static List<Figure> figures(Claim claim) {
        List<Figure> figures = new ArrayList<>();
        if (claim.quantities() == null) {
            return figures;
        }
        for (Quantity q : claim.quantities()) {
            if (Double.isNaN(q.value()) || Double.isInfinite(q.value())) {
                continue;
            }
            String unit = q.unit();
            double factor = 1;
            Conversion conversion = unit == null ? null
                    : UNITS.getOrDefault(unit, UNITS.get(unit.toLowerCase(Locale.ROOT)));
            if (conversion != null) {
                unit = conversion.unit();
                factor = conversion.factor();
            } else if (unit != null && unit.matches("\\p{L}+") && !unit.matches("[A-Z]{3}")) {
                unit = stem(unit.toLowerCase(Locale.ROOT)); // a counted noun: "students" and "student" agree
            }
            String per = q.per() == null ? null : stem(q.per().toLowerCase(Locale.ROOT));
            figures.add(new Figure(q.value() * factor, unit, per, q.qualifier(), halfLastDigit(q.value()) * factor));
        }
        return figures;
    }

    private static double figureAgreement(List<Figure> a, List<Figure> b) {
        double sum = 0;
        for (Figure x : a) {
            sum += b.stream().mapToDouble(y -> agreement(x, y)).max().orElse(0);
        }
        for (Figure y : b) {
            sum += a.stream().mapToDouble(x -> agreement(x, y)).max().orElse(0);
        }
        return sum / (a.size() + b.size());
    }

    static double agreement(Figure x, Figure y) {
        if (x.unit() == null ? y.unit() != null : !x.unit().equals(y.unit())) {
            return 0;
        }
        double score;
        double difference = Math.abs(x.value() - y.value());
        double scale = Math.max(Math.abs(x.value()), Math.abs(y.value()));
        if (difference <= Math.max(x.tolerance(), y.tolerance()) + 1e-9 * scale) {
            score = 1;
        } else if (difference <= NEAR_RELATIVE * scale) {
            score = NEAR_AGREEMENT;
        } else {
            return 0;
        }
        if (x.per() != null && y.per() != null && !x.per().equals(y.per())) {
            return 0;
        }
        if ((x.per() == null) != (y.per() == null)) {
            score *= 0.9;
        }
        return score * sense(x.qualifier(), y.qualifier());
    }

    /** What a qualifier says about the figure: a level, a lower or upper bound, or a change up or down. */
    private enum Sense {
        LEVEL, LOWER_BOUND, UPPER_BOUND, INCREASE, DECREASE
    }

    private static Sense sense(Qualifier qualifier) {
        if (qualifier == null) {
            return Sense.LEVEL;
        }
        return switch (qualifier) {
            case MORE_THAN, AT_LEAST -> Sense.LOWER_BOUND;
            case LESS_THAN, AT_MOST -> Sense.UPPER_BOUND;
            case INCREASE -> Sense.INCREASE;
            case DECREASE -> Sense.DECREASE;
            default -> Sense.LEVEL;
        };
    }

    /** 1 for the same sense, 0 for opposite ones, 0.9 for a bound against a level, 0.7 for a change against a level. */
    static double sense(Qualifier a, Qualifier b) {
        Sense x = sense(a);
        Sense y = sense(b);
        if (x == y) {
            return 1;
        }
        boolean xChange = x == Sense.INCREASE || x == Sense.DECREASE;
        boolean yChange = y == Sense.INCREASE || y == Sense.DECREASE;
        if (xChange != yChange) {
            return NEAR_AGREEMENT;
        }
        if (xChange || (x != Sense.LEVEL && y != Sense.LEVEL)) {
            return 0; // up against down, more-than against less-than
        }
        return 0.9;
    }

    /** Half a unit of the last significant digit: 3,500,000 → 50,000; 7,600 → 50; 1.5 → 0.05. */
    static double halfLastDigit(double value) {
        if (value == 0) {
            return 0.5;
        }
        BigDecimal exact = new BigDecimal(value).round(PRECISION).stripTrailingZeros();
        return 0.5 * Math.pow(10, -exact.scale());
    }

    /**
     * The value rounded down and up to two significant digits: any two values within one such step of each other
     * share a bucket, so a rounded figure finds its precise twin.
     */
    static Set<String> buckets(double value) {
        Set<String> buckets = new TreeSet<>();
        if (value == 0) {
            buckets.add("0");
            return buckets;
        }
        BigDecimal exact = new BigDecimal(value).round(PRECISION);
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            buckets.add(exact.round(new MathContext(2, mode)).stripTrailingZeros().toString());
        }
        return buckets;
    }

    // ---- words

    /** Content-word stems with their weight: 2 for a word written with a capital somewhere in the claim, else 1. */
    static Map<String, Integer> words(Claim claim) {
        String text = withoutFigures(claim);
        Map<String, Integer> words = new HashMap<>();
        SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.length() < 2 || STOP_WORDS.contains(lower)) {
                continue;
            }
            int weight = Character.isUpperCase(word.charAt(0)) ? 2 : 1;
            words.merge(stemmer.stem(lower).toString(), weight, Math::max);
        }
        return words;
    }

    /** False only when both claims name their period and no period is the same: "in 2019" against "in 2020". */
    static boolean samePeriod(Claim a, Claim b) {
        if (a.time() == null || b.time() == null || a.time().isEmpty() || b.time().isEmpty()) {
            return true;
        }
        for (TimeReference x : a.time()) {
            for (TimeReference y : b.time()) {
                if (Objects.equals(x.from(), y.from()) && Objects.equals(x.to(), y.to())) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean negated(Claim claim) {
        return claim.text() != null && NEGATION.matcher(claim.text()).find();
    }

    private static String withoutFigures(Claim claim) {
        String text = claim.text() == null ? "" : claim.text();
        if (claim.quantities() == null) {
            return text;
        }
        StringBuilder blanked = new StringBuilder(text);
        for (Quantity q : claim.quantities()) {
            if (q.text() == null || q.text().isEmpty()) {
                continue;
            }
            int at = q.start() - claim.start();
            if (at < 0 || at + q.text().length() > text.length() || !text.startsWith(q.text(), at)) {
                at = text.indexOf(q.text());
            }
            for (int i = at; i >= 0 && i < at + q.text().length(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        return blanked.toString();
    }

    /** Weighted Dice: the weight of the shared words, counted on both sides, over the total weight; 0 when empty. */
    static double dice(Map<String, Integer> a, Map<String, Integer> b) {
        double total = a.values().stream().mapToInt(Integer::intValue).sum()
                + b.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        double shared = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) {
                shared += e.getValue() + other;
            }
        }
        return clamp(shared / total);
    }

    private static String stem(String word) {
        return new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH).stem(word).toString();
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
