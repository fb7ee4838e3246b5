package org.factcheck.engine.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.text.SentenceContext;
import org.factcheck.engine.text.Token;
import org.factcheck.engine.text.Words;
import org.factcheck.engine.time.TimeExtractor;

import com.ibm.icu.text.RuleBasedNumberFormat;

/**
 * Ordinals as figures of kind ORDINAL: {@code the third time}, {@code 21st}, {@code second-largest},
 * {@code ninth place}, {@code came second}, {@code twenty-first}. Not: discourse markers ({@code First, …},
 * {@code at first}), names ({@code Fifth Avenue}, {@code First Minister}), dates ({@code March 3rd}, {@code the 14th
 * of June}), fractions ({@code a third of}), {@code a second} of time, idioms ({@code second thoughts},
 * {@code first-hand}). Reads tokens other rules consumed (rankings) but not those of time references.
 */
public final class OrdinalExtractor {

    /** first … ninety-ninth and one hundredth, spelled by ICU4J's English ordinal spell-out rules. */
    static final Map<String, Integer> ORDINAL_WORDS = ordinalWords();

    private static final Set<String> SUFFIXES = Words.set("st", "nd", "rd", "th");
    /** Words before an ordinal that make it one: determiners, possessives, and verbs of placing. */
    private static final Set<String> BEFORE = Words.set("the", "a", "an", "its", "his", "her", "their", "our", "my",
            "your", "this", "that", "'s", "whose", "every", "each", "came", "come", "comes", "coming", "finished",
            "finish", "finishes", "finishing", "placed", "ranked", "ranks", "rank", "ranking", "to", "from", "in",
            "was", "is", "were", "are", "be", "been", "came in", "slipped", "climbed", "fell", "rose", "moved",
            "dropped", "remained", "remains", "stayed", "stays", "sits", "sat", "sitting", "lies", "lay", "lying",
            "their", "next",
            "only", "just", "also", "now", "then", "still", "second", "than");
    /** Words that may stand between a determiner and its ordinal: a record fifth term, an unprecedented third. */
    private static final Set<String> RECORD_WORDS = Words.set("record", "historic", "unprecedented");
    private static final Set<String> DETERMINERS = Words.set("a", "an", "the", "its", "his", "her", "their", "'s");
    /** Words after an ordinal that make it an idiom or a name part rather than a figure. */
    private static final Set<String> IDIOMS = Words.set("hand", "class", "party", "person", "thoughts", "thought",
            "estate", "nature", "fiddle", "cousin", "cousins", "string", "aid", "lady", "ladies");
    /** The same after a hyphen: first-hand, first-rate, second-guess. */
    private static final Set<String> HYPHEN_IDIOMS = Words.set("hand", "rate", "class", "guess", "guessing",
            "party", "person", "degree", "string", "aid", "rater", "raters");
    private static final Set<String> TIME_AFTER_SECOND = Words.set("to", "ago", "later", "or", "and", "before",
            "after", "longer", "more", "too", "in", "of", "at", "while");

    private static Map<String, Integer> ordinalWords() {
        var spell = new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        Map<String, Integer> words = new HashMap<>();
        for (int i = 1; i < 100; i++) {
            String w = spell.format(i, "%spellout-ordinal");
            words.put(w, i);
            int dash = w.indexOf('-');
            if (dash > 0) {
                words.put(w.substring(dash + 1), i % 10); // the tokenizer splits at the hyphen
            }
        }
        words.put("hundredth", 100);
        words.put("thousandth", 1000);
        words.put("millionth", 1_000_000);
        return Words.map(words);
    }

    /** The position an ordinal word names ({@code third} → 3, {@code ninetieth} → 90), or null. */
    public static Integer wordValue(String lower) {
        return ORDINAL_WORDS.get(lower);
    }

    /**
     * The position of a hyphenated ordinal that starts at token {@code i} ({@code thirty-second} → 32; the tokenizer
     * splits it at the hyphen), or -1.
     */
    public static int compoundValue(SentenceContext s, int i) {
        Integer tens = Lexicon.NUMBER_WORDS.get(s.lower(i));
        Integer unit = ORDINAL_WORDS.get(s.lower(i + 2));
        return tens != null && tens >= 20 && tens % 10 == 0 && tens < 100 && unit != null && unit < 10
                && s.token(i + 1).is("-") && s.token(i + 1).glued() && s.token(i + 2).glued() ? tens + unit : -1;
    }

    /** The ordinals of one sentence, in text order. */
    public List<Quantity> extract(SentenceContext s) {
        List<Quantity> out = new ArrayList<>(2);
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (timeUsed(s, i)) {
                continue;
            }
            if (t.isNumber()) {
                Token suffix = s.token(i + 1);
                if (suffix != null && suffix.isWord() && suffix.glued() && SUFFIXES.contains(suffix.lower())
                        && t.text().length() <= 7 && t.text().chars().allMatch(Character::isDigit)
                        && !date(s, i, i + 1)) {
                    out.add(Quantity.ordinal(s.originalStart(i), s.originalEnd(i + 1), s.span(i, i + 1),
                            Integer.parseInt(t.text())));
                    i++;
                }
                continue;
            }
            if (!t.isWord()) {
                continue;
            }
            Integer value = ORDINAL_WORDS.get(t.lower());
            if (value == null) {
                continue;
            }
            int first = i;
            // twenty-first: a tens word, a hyphen, the unit ordinal
            if (value < 10 && i >= 2 && s.token(i - 1).is("-") && t.glued() && s.token(i - 1).glued()) {
                Integer tens = Lexicon.NUMBER_WORDS.get(s.lower(i - 2));
                if (tens != null && tens >= 20 && tens % 10 == 0) {
                    value += tens;
                    first = i - 2;
                    s.use(first, i - 1); // "thirty-second" is no "thirty" with a unit "second"
                }
            }
            // the twenty first century, its forty second mayor: the same with a space, after a determiner
            if (first == i && value < 10 && i >= 2 && !t.glued() && !s.used(i - 1)
                    && DETERMINERS.contains(s.lower(i - 2))) {
                Integer tens = Lexicon.NUMBER_WORDS.get(s.lower(i - 1));
                if (tens != null && tens >= 20 && tens % 10 == 0 && tens < 100) {
                    value += tens;
                    first = i - 1;
                    s.use(first, first);
                }
            }
            if (first == i && !ordinal(s, i)) {
                continue;
            }
            out.add(Quantity.ordinal(s.originalStart(first), s.originalEnd(i), s.span(first, i), value));
        }
        return out;
    }

    private static boolean timeUsed(SentenceContext s, int i) {
        return s.used(i) && s.token(i).isNumber() && !s.lower(i + 1).isEmpty()
                && (TimeExtractor.isMonthName(s.lower(i - 1)) || TimeExtractor.isMonthName(s.lower(i + 2))
                || TimeExtractor.isMonthName(s.lower(i + 3)));
    }

    /** March 3rd, the 14th of June, on the 2nd. */
    private static boolean date(SentenceContext s, int number, int suffix) {
        if (TimeExtractor.isMonthName(s.lower(number - 1)) && s.token(number - 1).capitalized()) {
            return true;
        }
        if (s.lower(suffix + 1).equals("of") && s.token(suffix + 2) != null && s.token(suffix + 2).capitalized()
                && TimeExtractor.isMonthName(s.lower(suffix + 2))) {
            return true;
        }
        Token after = s.token(suffix + 1);
        return s.lower(number - 1).equals("the") && s.lower(number - 2).equals("on")
                && (after == null || !after.isWord());
    }

    /** Whether the ordinal word at {@code i} is a figure here. */
    private static boolean ordinal(SentenceContext s, int i) {
        Token t = s.token(i);
        Token next = s.token(i + 1);
        String prev = s.lower(i - 1);
        String nextWord = next == null ? "" : next.lower();
        if (t.capitalized()) {
            if (i > 0 && !s.token(i - 1).is("\"") && !s.token(i - 1).is("(")) {
                return false; // First Minister, Fifth Avenue, the Second World War
            }
            if (next == null || !next.isWord() || nextWord.equals("of") || nextWord.equals("off")) {
                return false; // First, …; First of all
            }
        }
        if (IDIOMS.contains(nextWord) || next != null && next.is("-") && HYPHEN_IDIOMS.contains(s.lower(i + 2))) {
            return false;
        }
        if (TimeExtractor.isMonthName(prev) && s.token(i - 1).capitalized() || nextWord.equals("of")
                && s.token(i + 2) != null && s.token(i + 2).capitalized() && TimeExtractor.isMonthName(s.lower(i + 2))) {
            return false; // July fourth, the fourth of July
        }
        if (prev.equals("-") && t.glued() && s.token(i - 1).glued() && s.token(i - 2) != null
                && s.token(i - 2).isNumber()) {
            return false; // a 30-second spot: a duration
        }
        if (prev.equals("at") && t.lower().equals("first")) {
            return false; // at first
        }
        if (nextWord.equals("of") && (prev.equals("a") || prev.equals("one") || Lexicon.NUMBER_WORDS.containsKey(prev)
                || s.token(i - 1) != null && s.token(i - 1).isNumber())) {
            return false; // a third of, one fifth of
        }
        if (t.lower().equals("second") && (prev.equals("a") || prev.equals("one") || prev.equals("per")
                || prev.equals("split") || prev.equals("every") || prev.equals("each"))
                && (next == null || !next.isWord() || TIME_AFTER_SECOND.contains(nextWord))) {
            return false; // a second to explain, one second later
        }
        if (Lexicon.NUMBER_WORDS.containsKey(prev) || s.token(i - 1) != null && s.token(i - 1).isNumber()) {
            return false; // two thirds, 3 fifths
        }
        if (t.capitalized() && i == 0) {
            return true; // Second place went to …
        }
        if (next != null && next.is("-") && next.glued() && s.token(i + 2) != null && s.token(i + 2).isWord()) {
            return true; // second-largest, first-quarter, fifth-placed
        }
        if (BEFORE.contains(prev) || RECORD_WORDS.contains(prev) && DETERMINERS.contains(s.lower(i - 2))) {
            return true;
        }
        // "with Chile third": after a name, at the end of a clause
        Token before = s.token(i - 1);
        return before != null && before.isWord() && before.capitalized() && i > 1
                && (next == null || !next.isWord());
    }
}
