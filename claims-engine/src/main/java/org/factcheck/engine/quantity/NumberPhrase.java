package org.factcheck.engine.quantity;

import org.factcheck.engine.text.Digits;
import org.factcheck.engine.text.SentenceContext;
import org.factcheck.engine.text.Token;
import org.factcheck.engine.text.Words;

/**
 * A number as written: digits ({@code 7,600}, {@code 3.5}), words ({@code sixty thousand}), both
 * ({@code 3 million 500 thousand}), fractions ({@code one-third}, {@code two-thirds}, {@code a quarter},
 * {@code half}, {@code one in five}) and {@code two and a half million}. Token indices are inclusive.
 */
record NumberPhrase(int first, int last, double value, double scale, boolean digits, boolean fraction,
        boolean words, boolean vague) {

    NumberPhrase(int first, int last, double value, double scale, boolean digits, boolean fraction, boolean words) {
        this(first, last, value, scale, digits, fraction, words, false);
    }

    /** "hundreds of", "tens of thousands of": the plural scale words that open a vague multiple. */
    static final java.util.Map<String, Double> VAGUE = Words.map(java.util.Map.of("tens", 10.0, "dozens", 12.0,
            "hundreds", 100.0, "thousands", 1e3, "millions", 1e6, "billions", 1e9, "trillions", 1e12));

    /** Words before "a year" that make it a rate, not "one year": once a year, twice a day, 3 times a week. */
    private static final java.util.Set<String> RATE_OPENERS = Words.set("once", "twice", "times", "per", "every");

    /** Words after "a third" that show it is a fraction, not an ordinal ("a third term"). */
    private static final java.util.Set<String> CLAUSE_WORDS = Words.set("since", "in", "over", "from",
            "to", "and", "or", "but", "last", "this", "compared", "on", "during", "after", "between", "while",
            "year", "percent");

    /** Reads the number that starts at token {@code i}, or returns null. */
    static NumberPhrase read(SentenceContext s, int i) {
        Token t = s.token(i);
        if (t == null || s.used(i)) {
            return null;
        }
        if (t.isWord()) {
            NumberPhrase f = fraction(s, i);
            if (f != null) {
                return f;
            }
            Double vague = VAGUE.get(t.lower());
            if (vague != null) {
                return vague(s, i, vague);
            }
            NumberPhrase several = several(s, i);
            if (several != null) {
                return several;
            }
        }
        double total = 0;
        double current = 0;
        boolean any = false;
        boolean digits = false;
        boolean words = false;
        double lastScale = 1;
        int j = i;
        int last = -1;
        while (j < s.size() && !s.used(j)) {
            Token tok = s.token(j);
            String w = tok.lower();
            if (tok.isNumber() && !tok.text().isEmpty()) {
                if (any && current != 0) {
                    break; // "3 500" is two numbers
                }
                if (any && j > i && !digits && words) {
                    break;
                }
                int over = slashFraction(s, j);
                if (over > 0) { // 1/4 mile
                    current += Digits.value(tok.text()) / Digits.value(s.token(over).text());
                    digits = true;
                    any = true;
                    last = over;
                    j = over + 1;
                    continue;
                }
                current += Digits.value(tok.text());
                digits = true;
                any = true;
                last = j;
                j++;
                over = tok.text().indexOf('.') < 0 && tok.text().indexOf(',') < 0 ? slashFraction(s, j) : -1;
                if (over > 0 && !s.token(j).glued()) { // 10 1/2 miles
                    current += Digits.value(s.token(j).text()) / Digits.value(s.token(over).text());
                    last = over;
                    j = over + 1;
                }
                continue;
            }
            Double vulgar = tok.isNumber() || tok.isWord() ? null : Lexicon.VULGAR_FRACTIONS.get(tok.text());
            if (vulgar != null && (!any || digits && !words && current == Math.rint(current) && current > 0
                    && last == j - 1)) {
                current += vulgar; // ¾, 2½, 2 ½
                digits = true;
                any = true;
                last = j;
                j++;
                continue;
            }
            Integer n = tok.isWord() ? Lexicon.NUMBER_WORDS.get(w) : null;
            if (n != null) {
                double tens = current % 100;
                if (any && current != 0 && !(tens == 0 && current > 0 && n < 100)
                        && !(current % 10 == 0 && tens >= 20 && n < 10)) { // two hundred and thirty four
                    break;
                }
                if (digits && current != 0) {
                    break;
                }
                // twenty-five
                if (s.lower(j + 1).equals("-") && s.token(j + 2) != null && s.token(j + 1).glued()
                        && s.token(j + 2).glued() && n >= 20 && n % 10 == 0) {
                    Integer unit = Lexicon.NUMBER_WORDS.get(s.lower(j + 2));
                    if (unit != null && unit < 10) {
                        n += unit;
                        j += 2;
                    }
                }
                current += n;
                words = true;
                any = true;
                last = j;
                j++;
                continue;
            }
            if (any && tok.isWord() && w.equals("hundred") && current > 0 && current < 100) {
                current *= 100;
                last = j;
                j++;
                continue;
            }
            if (any && digits && !words && total == 0 && current != 0 && w.equals("-") && tok.glued()
                    && s.token(j + 1) != null && s.token(j + 1).glued() && !s.used(j + 1)) {
                Double sc = Lexicon.SCALES.get(s.lower(j + 1));
                if (sc != null && sc >= 1000 && !s.lower(j + 1).endsWith("s")) { // a $245-million debt
                    total = current * sc;
                    current = 0;
                    lastScale = sc;
                    last = j + 1;
                    j += 2;
                    continue;
                }
            }
            Double scale = tok.isWord() ? Lexicon.SCALES.get(w) : null;
            if (scale == null && any && tok.isWord() && tok.glued() && digits && (w.equals("bn")
                    || w.equals("mn") || w.equals("tn") || w.equals("bln") || w.equals("mln"))) {
                scale = Lexicon.SHORT_SCALES.getOrDefault(w, Lexicon.SCALES.get(w));
            }
            if (any && scale != null && (scale >= 1000 || w.equals("dozen"))
                    && (!w.endsWith("s") || w.equals("lakhs") || w.equals("crores"))) { // Rs 5 lakhs
                if (current == 0 || (total > 0 && scale >= lastScale)) {
                    break;
                }
                total += current * scale;
                current = 0;
                lastScale = scale;
                last = j;
                j++;
                continue;
            }
            // one hundred and twenty, one thousand and twelve
            if (any && w.equals("and") && words && !digits && (current >= 100 && current % 100 == 0
                    || current == 0 && total > 0 && lastScale < 1e5)) {
                Integer after = Lexicon.NUMBER_WORDS.get(s.lower(j + 1));
                if (after != null && (current > 0 || after < 1000)) {
                    j++;
                    continue;
                }
            }
            // two point five (million): a decimal read out
            if (any && w.equals("point") && words && !digits && current < 1000 && current == Math.rint(current)
                    && !s.lower(i - 1).equals("at")) { // not "at one point two of them left"
                double fraction = 0;
                double place = 0.1;
                int k = j + 1;
                Integer d;
                while ((d = Lexicon.NUMBER_WORDS.get(s.lower(k))) != null && d < 10 && !s.used(k)) {
                    fraction += d * place;
                    place /= 10;
                    k++;
                }
                if (k > j + 1) {
                    current += fraction;
                    last = k - 1;
                    j = k;
                    continue;
                }
            }
            // two and a half (million), one and a quarter, three and three quarters
            if (any && w.equals("and") && current > 0 && current == Math.rint(current)) {
                double part = s.lower(j + 1).equals("a") ? switch (s.lower(j + 2)) {
                    case "half" -> 0.5;
                    case "quarter" -> 0.25;
                    default -> 0;
                } : s.lower(j + 1).equals("three") && s.lower(j + 2).equals("quarters") ? 0.75 : 0;
                if (part > 0) {
                    current += part;
                    last = j + 2;
                    j += 3;
                    continue;
                }
            }
            // two-and-a-half
            if (any && w.equals("-") && tok.glued() && s.lower(j + 1).equals("and") && s.lower(j + 2).equals("-")
                    && s.lower(j + 3).equals("a") && s.lower(j + 4).equals("-") && s.lower(j + 5).equals("half")
                    && current > 0 && s.token(j + 5).glued()) {
                current += 0.5;
                last = j + 5;
                j += 6;
                continue;
            }
            // a couple of (hundred)
            if (!any && w.equals("a") && j == i && s.lower(j + 1).equals("couple") && s.lower(j + 2).equals("of")) {
                current = 2;
                any = true;
                words = true;
                last = j + 2;
                j += 3;
                continue;
            }
            // a million, a hundred
            if (!any && (w.equals("a") || w.equals("an")) && j == i) {
                Double sc = Lexicon.SCALES.get(s.lower(j + 1));
                if (s.lower(j + 1).equals("hundred") || s.lower(j + 1).equals("dozen")
                        || (sc != null && sc >= 1000 && !s.lower(j + 1).endsWith("s"))) {
                    current = 1;
                    any = true;
                    words = true;
                    j++;
                    continue;
                }
                // an hour and a half, a minute and 30 seconds: the article is the first part's number
                Token before = s.token(i - 1);
                if (Lexicon.CURRENCY_WORDS.containsKey(s.lower(j + 1)) && !s.lower(j + 1).endsWith("s")
                        && (Lexicon.NUMBER_WORDS.containsKey(s.lower(j + 2)) || QuantityExtractor.compoundFollows(s, j + 1))) {
                    return new NumberPhrase(i, i, 1, 1, false, false, true); // a dollar twenty-five, a dollar and 42 cents
                }
                if (Lexicon.MEASURES.containsKey(s.lower(j + 1)) && QuantityExtractor.compoundFollows(s, j + 1)
                        && !(before != null && (before.isNumber() || RATE_OPENERS.contains(before.lower())))) {
                    return new NumberPhrase(i, i, 1, 1, false, false, true);
                }
                return null;
            }
            // half a million, half a dozen
            if (!any && w.equals("half") && j == i && s.lower(j + 1).equals("a")) {
                Double sc = Lexicon.SCALES.get(s.lower(j + 2));
                if (sc != null && (sc >= 1000 || s.lower(j + 2).equals("dozen"))) {
                    return new NumberPhrase(i, j + 2, 0.5 * sc, sc, false, false, true);
                }
            }
            // half million, half-million
            if (!any && w.equals("half") && j == i) {
                int at = s.lower(j + 1).equals("-") && s.token(j + 1).glued() ? j + 2 : j + 1;
                Double sc = Lexicon.SCALES.get(s.lower(at));
                if (sc != null && sc >= 1000 && !s.lower(at).endsWith("s")) {
                    return new NumberPhrase(i, at, 0.5 * sc, sc, false, false, true);
                }
            }
            break;
        }
        if (!any || last < 0) {
            return null;
        }
        double value = total + current;
        return new NumberPhrase(i, last, value, total > 0 ? lastScale : 1, digits, false, words);
    }

    /** "tens of thousands (of)", "hundreds of", "thousands of": at least the scale; null without "of". */
    private static NumberPhrase vague(SentenceContext s, int i, double scale) {
        if (!s.lower(i + 1).equals("of")) {
            return null;
        }
        Double times = VAGUE.get(s.lower(i + 2));
        if (times != null && times >= 1000) {
            int last = s.lower(i + 3).equals("of") ? i + 3 : i + 2;
            return new NumberPhrase(i, last, scale * times, times, false, false, true, true);
        }
        return new NumberPhrase(i, i + 1, scale, scale, false, false, true, true);
    }

    /**
     * "several hundred", "a few thousand", "several hundred million": at least the scale, like "hundreds of";
     * null when no scale word follows.
     */
    private static NumberPhrase several(SentenceContext s, int i) {
        int at = s.lower(i).equals("several") ? i + 1
                : s.lower(i).equals("a") && s.lower(i + 1).equals("few") ? i + 2 : -1;
        Double scale = at < 0 || s.lower(at).endsWith("s") ? null : Lexicon.SCALES.get(s.lower(at));
        if (scale == null || scale < 100 || s.used(at)) {
            return null;
        }
        Double next = Lexicon.SCALES.get(s.lower(at + 1));
        if (next != null && next > scale && !s.lower(at + 1).endsWith("s")) {
            return new NumberPhrase(i, at + 1, scale * next, next, false, false, true, true);
        }
        return new NumberPhrase(i, at, scale, scale, false, false, true, true);
    }

    /** Words before "N quarters" that make them quarters of a year: "the last three quarters". */
    private static final java.util.Set<String> PERIOD_OPENERS = java.util.Set.of("the", "past", "last", "next",
            "previous", "preceding", "first", "final", "recent", "coming", "these", "those", "all", "for", "over");

    /** one-third, two thirds, a quarter, half (of), three-quarters, one in five, 1 in 4. */
    private static NumberPhrase fraction(SentenceContext s, int i) {
        String w = s.lower(i);
        Integer n = Lexicon.NUMBER_WORDS.get(w);
        boolean article = w.equals("a") || w.equals("an");
        if (w.equals("half") && (s.lower(i + 1).equals("a") || s.lower(i + 1).equals("an"))
                && (s.lower(i + 2).equals("percentage")
                || s.lower(i + 2).equals("point") || Lexicon.MEASURES.containsKey(s.lower(i + 2)))
                && !s.lower(i - 1).equals("the") && !s.lower(i - 1).equals("first")) {
            return new NumberPhrase(i, i, 0.5, 1, false, true, true); // half a percentage point, half a mile
        }
        if (w.equals("half") && (s.lower(i + 1).equals("of") || s.lower(i + 1).equals("the")
                || s.lower(i + 1).equals("their") || s.lower(i + 1).equals("its"))
                && !s.lower(i - 1).equals("first") && !s.lower(i - 1).equals("second")
                && !s.lower(i - 1).equals("the")) {
            return new NumberPhrase(i, i, 0.5, 1, false, true, true);
        }
        if (n == null && !article) {
            return null;
        }
        int j = i + 1;
        if (s.lower(j).equals("-") && s.token(j).glued()) {
            j++;
        }
        Double part = Lexicon.FRACTION_WORDS.get(s.lower(j));
        if (part != null && !(s.lower(j).equals("half") && !article && n != null)) {
            int count = article ? 1 : n;
            // a quarter million, a half-million, three quarters billion
            int at = s.lower(j + 1).equals("-") && s.token(j + 1).glued() ? j + 2 : j + 1;
            Double scale = Lexicon.SCALES.get(s.lower(at));
            if (scale != null && (scale >= 1000 || s.lower(at).equals("dozen")) && !s.lower(at).endsWith("s")
                    && (count == 1 ? !s.lower(j).endsWith("s") : s.lower(j).endsWith("s"))) {
                return new NumberPhrase(i, at, count * part * scale, scale, false, false, true);
            }
            if (count == 1 && s.lower(j).endsWith("s")) {
                return null;
            }
            if (article && s.lower(j + 1).equals("-") && s.token(j + 1).glued()) {
                return null; // a third-quarter loss, a third-largest
            }
            if (article && !(s.lower(j + 1).equals("of")) && !s.lower(i - 1).equals("by")
                    && !(s.token(j + 1) == null || !s.token(j + 1).isWord() || CLAUSE_WORDS.contains(s.lower(j + 1)))) {
                return null; // "a third" without "of" is usually an ordinal ("a third term")
            }
            if (!article && count > 1 && !s.lower(j).endsWith("s")) {
                return null; // "two third ..." is not a fraction
            }
            if (s.lower(j).equals("quarters") && !s.lower(j + 1).equals("of") && PERIOD_OPENERS.contains(s.lower(i - 1))) {
                return null; // "the past three quarters", "in the preceding two quarters": periods of a year
            }
            if (!article && count == 1 && !s.lower(j + 1).equals("of") && !s.token(i + 1).glued()) {
                return null; // "one third party"
            }
            // a quarter of a million, three-quarters of a billion
            if (s.lower(j + 1).equals("of") && (s.lower(j + 2).equals("a") || s.lower(j + 2).equals("an"))) {
                Double sc = Lexicon.SCALES.get(s.lower(j + 3));
                if (sc != null && sc >= 1000 && !s.lower(j + 3).endsWith("s")) {
                    return new NumberPhrase(i, j + 3, count * part * sc, sc, false, false, true);
                }
            }
            return new NumberPhrase(i, j, count * part, 1, false, true, true);
        }
        // nine out of ten, nine out of 10, seven out of the 10, one out of every four
        if (n != null && s.lower(i + 1).equals("out") && s.lower(i + 2).equals("of")) {
            int at = s.lower(i + 3).equals("the") || s.lower(i + 3).equals("every") ? i + 4 : i + 3;
            Integer d = smallWhole(s.token(at));
            if (d == null) {
                d = Lexicon.NUMBER_WORDS.get(s.lower(at));
            }
            if (d != null && d > n && d <= 100) {
                return new NumberPhrase(i, at, (double) n / d, 1, false, true, true);
            }
        }
        // one in five, one in every five, four in 10, one-in-three
        int in = hyphenedIn(s, i);
        if (n != null && (s.lower(i + 1).equals("in") || in > 0) && s.token(i + 2) != null) {
            int at = in > 0 ? in : s.lower(i + 2).equals("every") ? i + 3 : i + 2;
            Integer d = smallWhole(s.token(at));
            if (d == null) {
                d = Lexicon.NUMBER_WORDS.get(s.lower(at));
            }
            if (d != null && d > n && d <= 100) {
                return new NumberPhrase(i, at, (double) n / d, 1, false, true, true);
            }
        }
        return null;
    }

    /** The index after {@code -in-} glued between two numbers ({@code one-in-three}, {@code 1-in-4}), else -1. */
    private static int hyphenedIn(SentenceContext s, int i) {
        return s.lower(i + 1).equals("-") && s.token(i + 1).glued() && s.lower(i + 2).equals("in")
                && s.token(i + 2).glued() && s.lower(i + 3).equals("-") && s.token(i + 3).glued()
                && s.token(i + 4) != null && s.token(i + 4).glued() ? i + 4 : -1;
    }

    /** A whole number of up to three digits written in digits ({@code 10} of "one in 10"), else null. */
    private static Integer smallWhole(Token t) {
        return t != null && t.isNumber() && t.text().length() <= 3 && t.text().chars().allMatch(Character::isDigit)
                ? Integer.valueOf(t.text()) : null;
    }

    /**
     * The index of the denominator when {@code i} opens a simple fraction {@code 1/4}, {@code 3/8} (numerator
     * smaller, denominator up to 16, no third part as in a date), else -1.
     */
    static int slashFraction(SentenceContext s, int i) {
        Token slash = s.token(i + 1);
        if (slash == null || !slash.is("/")) {
            return -1;
        }
        Token n = s.token(i);
        Token d = s.token(i + 2);
        if (n == null || !n.isNumber() || slash == null || !slash.is("/") || !slash.glued() || d == null
                || !d.isNumber() || !d.glued() || n.text().length() > 2 || d.text().length() > 2
                || !n.text().chars().allMatch(Character::isDigit) || !d.text().chars().allMatch(Character::isDigit)
                || s.lower(i + 3).equals("/")) {
            return -1;
        }
        int num = Integer.parseInt(n.text());
        int den = Integer.parseInt(d.text());
        return num > 0 && num < den && den <= 16 ? i + 2 : -1;
    }

    /** "1 in 4" with digits. */
    static NumberPhrase digitRatio(SentenceContext s, int i) {
        Token a = s.token(i);
        int hyphened = hyphenedIn(s, i);
        boolean in = s.lower(i + 1).equals("in") || hyphened > 0;
        int at = hyphened > 0 ? hyphened : in && s.lower(i + 2).equals("every") ? i + 3 : i + 2; // 1 in every 4
        Token b = s.token(at);
        if (in && a != null && a.isNumber() && b != null && b.isNumber()
                && !a.text().contains(".") && !b.text().contains(".")) {
            double n = Digits.value(a.text());
            double d = Digits.value(b.text());
            if (n >= 1 && d > n && (d <= 1000 || n == 1) && !s.used(at)
                    && !s.lower(at + 1).equals("-")) { // odds: 1 in 25,000
                return new NumberPhrase(i, at, n / d, 1, true, true, false);
            }
        }
        // 9 out of 10, 9 out of the 10, 1 out of every 4
        int of = s.lower(i + 3).equals("the") || s.lower(i + 3).equals("every") ? i + 4 : i + 3;
        Token d = s.token(of);
        // a decimal over a whole number is a score: 7.2 out of 10 → 0.72
        if (a != null && a.isNumber() && s.lower(i + 1).equals("out") && s.lower(i + 2).equals("of") && d != null
                && d.isNumber() && !d.text().contains(".")) {
            double n = Digits.value(a.text());
            double den = Digits.value(d.text());
            if (n >= 1 && den > n && den <= 1000) {
                return new NumberPhrase(i, of, n / den, 1, true, true, false);
            }
        }
        return null;
    }

}
