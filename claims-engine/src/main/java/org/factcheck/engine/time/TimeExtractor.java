package org.factcheck.engine.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factcheck.engine.model.TimeReference;
import org.factcheck.engine.text.Words;
import org.factcheck.engine.text.SentenceContext;
import org.factcheck.engine.text.Token;

/**
 * Years, dates and periods a claim is about. Runs before the figure rules and marks the tokens it reads, so a
 * year is never reported as a count. {@code from}/{@code to} are ISO-8601 prefixes ({@code 2020},
 * {@code 2021-03}, {@code 2021-03-05}); an open end is {@code null}; relative references ({@code last year})
 * have both {@code null}.
 */
public final class TimeExtractor {

    static final Map<String, Integer> MONTHS = Words.map(Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12)));

    private static final Set<String> OPEN_FROM = Words.set("since", "from", "after");
    private static final Set<String> OPEN_TO = Words.set("by", "until", "till", "through", "before", "to", "thru");
    private static final Set<String> CLOSED = Words.set("in", "during", "of", "for", "throughout", "on", "at");
    private static final Set<String> PART_OF = Words.set("end", "start", "beginning", "middle", "half", "quarter",
            "spring", "summer", "autumn", "fall", "winter", "course", "first", "second", "third", "fourth");
    private static final Set<String> EDGE = Words.set("early", "late", "mid");
    private static final Set<String> RELATIVE_UNITS = Words.set("year", "month", "week", "decade", "century",
            "quarter", "season", "summer", "winter", "spring", "autumn", "fall", "weekend", "night");
    private static final Set<String> RELATIVE_DEICTIC = Words.set("last", "this", "next", "past", "previous",
            "coming");
    private static final Set<String> WEEKDAYS = Words.set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Map<String, Integer> SPOKEN_CENTURIES = Words.map(Map.of("eighteen", 18, "nineteen", 19,
            "twenty", 20));
    private static final Map<String, Integer> SPOKEN_TENS = Words.map(Map.ofEntries(Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90)));
    private static final Map<String, Integer> SPOKEN_UNITS = Words.map(Map.of("one", 1, "two", 2, "three", 3,
            "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9));
    /** Deictic words of company reports: {@code the latest quarter}, {@code the current year}. */
    private static final Set<String> REPORTING_DEICTIC = Words.set("latest", "current");
    /**
     * {@code for the quarter ended Sept. 30}, {@code For the week, the index fell}: periods a report is about. Not
     * {@code the year}, which TimeML annotators read as a duration as often as a date.
     */
    private static final Set<String> REPORTING_PERIODS = Words.set("quarter", "month", "week");
    private static final Set<String> REPORTING_PREPOSITIONS = Words.set("for", "in", "during");
    /** After {@code for the quarter}: the period closes, or the sentence does. */
    private static final Set<String> REPORT_AFTER = Words.set(",", ".", ";", "ended", "ending", "ends", "to",
            "through", "just");
    private static final Set<String> YEAR_END_BEFORE = Words.set("by", "at", "before", "until", "till", "since",
            "after", "around", "near", "of");
    private static final Set<String> END_OF_UNITS = Words.set("day", "week", "month", "quarter", "year", "decade",
            "century");
    private static final Set<String> DAY_WORDS = Words.set("yesterday", "today", "tomorrow", "tonight");
    private static final Set<String> DETERMINERS = Words.set("the", "a", "an", "its", "their", "his", "her", "our",
            "your", "my", "this", "that");
    /** After {@code the next}/{@code the following}, {@code that same}, {@code later that}. */
    private static final Set<String> NEXT_DAY_UNITS = Words.set("day", "morning", "afternoon", "evening", "night",
            "week", "weekend", "month", "year", "season");
    private static final Set<String> AGO_UNITS = Words.set("day", "days", "week", "weeks", "month", "months", "year",
            "years", "decade", "decades", "century", "centuries");
    private static final Set<String> AGO_COUNTS = Words.set("a", "an", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "dozen", "few", "several", "many", "some", "couple");
    private static final Set<String> SCALES = Words.set("thousand", "million", "billion", "trillion", "thousands",
            "millions", "billions");
    /** Holidays named by one word; a time reference after a preposition or before week/weekend/holiday. */
    private static final Set<String> HOLIDAYS = Words.set("thanksgiving", "christmas", "easter", "halloween",
            "hanukkah", "passover", "ramadan", "diwali", "pentecost");
    /** Holidays named by a word and {@code Day}. */
    private static final Set<String> DAY_HOLIDAYS = Words.set("election", "independence", "labor", "labour",
            "memorial", "veterans", "boxing", "inauguration", "polling", "armistice", "remembrance", "bastille",
            "victory", "australia", "canada", "columbus", "presidents", "thanksgiving", "christmas");
    private static final Set<String> POSSESSIVE_HOLIDAYS = Words.set("year", "valentine", "mother", "father",
            "patrick", "presidents", "veterans");
    private static final Set<String> HOLIDAY_BEFORE = Words.set("on", "at", "over", "before", "after", "since",
            "until", "till", "by", "during", "for", "last", "this", "next", "around");
    /** Every word that can open a relative reference of {@link #relative}. */
    private static final Set<String> RELATIVE_STARTS = union(DAY_WORDS, RELATIVE_DEICTIC, REPORTING_DEICTIC, AGO_UNITS,
            HOLIDAYS, DAY_HOLIDAYS, POSSESSIVE_HOLIDAYS, Words.set("full", "the", "year", "end", "earlier", "later",
                    "that", "next", "following"));
    /** Capitalised words that make a name of the weekday after them ({@code Good Friday}, {@code Super Tuesday}). */
    private static final Set<String> WEEKDAY_NAME_WORDS = Words.set("good", "black", "super", "ash", "holy", "maundy",
            "palm", "easter", "bloody", "cyber", "shrove", "whit", "blue", "low", "fat", "giving");
    /** Words that may stand before a weekday or a quarter and belong to the reference. */
    private static final Set<String> WEEKDAY_PREFIX = Words.set("on", "last", "next", "this", "since", "by", "until");
    private static final Map<String, Integer> PART_ORDINALS = Words.map(Map.of("first", 1, "second", 2, "third", 3,
            "fourth", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4));

    private static Set<String> union(Set<?>... sets) {
        return Words.set(java.util.Arrays.stream(sets).flatMap(Set::stream).map(String.class::cast)
                .toArray(String[]::new));
    }

    /** Whether token {@code t} is a plain four-digit year (1800–2100). */
    /** Whether a lower-case word names a month ({@code march}, {@code sept}). */
    public static boolean isMonthName(String lower) {
        return MONTHS.containsKey(lower);
    }

    /** Whether a lower-case word names a day of the week or a month ({@code monday}, {@code june}, {@code jan}). */
    public static boolean isDayOrMonth(String lower) {
        return WEEKDAYS.contains(lower) || MONTHS.containsKey(lower);
    }

    public static boolean isYear(Token t) {
        if (t == null || !t.isNumber() || t.text().length() != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(t.text().charAt(k))) {
                return false;
            }
        }
        int y = Integer.parseInt(t.text());
        return y >= 1800 && y <= 2100;
    }

    public List<TimeReference> extract(SentenceContext s, YearFilter yearFilter) {
        List<TimeReference> out = new ArrayList<>();
        int n = s.size();
        for (int i = 0; i < n; i++) {
            if (s.used(i)) {
                continue;
            }
            Token t = s.token(i);
            TimeReference ref = null;
            if (t.isNumber() && isYear(t) && (quarterAfterYear(s, i) || !yearFilter.isCount(s, i))) {
                ref = year(s, i, out);
            } else if (t.isNumber() && isEarlyDecade(s, i)) {
                ref = year(s, i, out);
            } else if (t.isWord() && t.text().length() > 2 && t.lower().charAt(0) == 'f' && t.lower().charAt(1) == 'y') {
                ref = fiscalYear(s, i);
            } else if (t.isWord() && t.text().length() == 2 && (t.lower().charAt(0) == 'q' || t.lower().charAt(0) == 'h')
                    && t.text().charAt(1) >= '1' && t.text().charAt(1) <= (t.lower().charAt(0) == 'q' ? '4' : '2')) {
                ref = quarterCode(s, i);
            } else if (t.isWord() && t.capitalized() && WEEKDAYS.contains(t.lower()) && !namePart(s, i)) {
                int first = WEEKDAY_PREFIX.contains(s.lower(i - 1)) ? i - 1 : i;
                ref = make(s, first, i, null, null);
            } else if (t.isWord() && s.lower(i + 1).equals("quarter") && PART_ORDINALS.containsKey(t.lower())
                    && !(s.lower(i + 2).equals("of") && isYear(s.token(i + 3)))
                    && !(s.lower(i + 2).equals("-") && s.token(i + 2).glued())) {
                // "in the third quarter": which year is left to the reader
                ref = make(s, i, i + 1, null, null);
            } else if (t.isWord() && PART_ORDINALS.containsKey(t.lower()) && s.lower(i + 1).equals("-")
                    && s.token(i + 1).glued() && s.lower(i + 2).equals("quarter") && s.token(i + 2).glued()
                    && !(s.lower(i + 3).equals("-") && s.token(i + 3).glued())) {
                // "third-quarter profit", "fourth-quarter results" (not a "quarter-final")
                ref = make(s, s.lower(i - 1).equals("fiscal") ? i - 1 : i, i + 2, null, null);
            } else if (t.isNumber() && centuryUnit(s, i) > 0) {
                ref = century(s, i, centuryUnit(s, i));
            } else if (t.isWord() && MONTHS.containsKey(t.lower()) && isMonth(s, i)) {
                ref = monthDate(s, i);
            } else if (t.isWord() && SPOKEN_CENTURIES.containsKey(t.lower()) && spokenYearAt(s, i) != null) {
                ref = spokenYear(s, i);
            } else if (t.isWord() && !MONTHS.containsKey(t.lower())) {
                ref = relative(s, i);
            }
            if (ref != null) {
                out.add(ref);
                i = lastUsed(s, i);
            }
        }
        return out;
    }

    /**
     * Relative references, reported with null from/to: {@code last year}, {@code earlier this month}, {@code later
     * that year}, {@code that same day}, {@code the next morning}, {@code tomorrow}, {@code two months ago},
     * {@code a decade ago}, {@code Thanksgiving Day}, {@code last Christmas}, and the periods of company reports
     * ({@code the latest quarter}, {@code a year earlier}, {@code for the quarter ended June 30}, {@code by year-end}).
     */
    private TimeReference relative(SentenceContext s, int i) {
        String w = s.lower(i);
        if (!RELATIVE_STARTS.contains(w)) {
            return null; // most words: one look-up
        }
        String next = s.lower(i + 1);
        if (DAY_WORDS.contains(w)) {
            // "USA Today", "VOA Today" are names; a quote or a dash before is fine
            return s.token(i).capitalized() && s.token(i - 1) != null && s.token(i - 1).isWord() ? null
                    : make(s, i, i, null, null);
        }
        if ((RELATIVE_DEICTIC.contains(w) || REPORTING_DEICTIC.contains(w)) && next.equals("fiscal")
                && (s.lower(i + 2).equals("year") || s.lower(i + 2).equals("quarter"))) {
            return make(s, i, i + 2, null, null); // last fiscal year, the current fiscal quarter
        }
        if ((RELATIVE_DEICTIC.contains(w) || REPORTING_DEICTIC.contains(w) && s.lower(i - 1).equals("the"))
                && (RELATIVE_UNITS.contains(next) || REPORTING_DEICTIC.contains(w) && next.equals("period"))
                && !(next.equals("fall") && DETERMINERS.contains(s.lower(i - 1)))
                && !(s.lower(i + 2).equals("-") && s.token(i + 2).glued())) { // not "the latest quarter-final"
            // a programme or a magazine: ABC's "This Week"
            return s.token(i + 1).capitalized() ? null : make(s, i, i + 1, null, null);
        }
        if (w.equals("full") && s.lower(i - 1).equals("the") && (next.equals("year") || next.equals("fiscal")
                && s.lower(i + 2).equals("year"))) {
            return make(s, i - 1, next.equals("year") ? i + 1 : i + 2, null, null); // sales for the full year
        }
        if (w.equals("the") && REPORTING_PERIODS.contains(next) && !s.token(i + 1).capitalized()
                && REPORTING_PREPOSITIONS.contains(s.lower(i - 1))
                && (s.token(i + 2) == null || REPORT_AFTER.contains(s.lower(i + 2)))) {
            return make(s, i, i + 1, null, null); // "for the quarter ended Sept. 30", "For the week, the index fell"
        }
        if (w.equals("year") && (next.equals("-") && s.token(i + 1).glued() && s.token(i + 2) != null
                && s.token(i + 2).glued() || next.equals("'s") && s.lower(i + 2).equals("end"))) {
            String what = s.lower(i + 2);
            if (what.equals("earlier") || what.equals("ago")) {
                // the year-ago quarter, year-earlier results
                boolean period = REPORTING_PERIODS.contains(s.lower(i + 3)) || s.lower(i + 3).equals("period");
                int last = period ? i + 3 : i + 2;
                return make(s, i, last, null, null);
            }
            if (what.equals("end") && YEAR_END_BEFORE.contains(s.lower(i - 1))) {
                return make(s, i, i + 2, null, null); // by year-end, by year's end
            }
        }
        if (w.equals("year") && next.equals("end") && YEAR_END_BEFORE.contains(s.lower(i - 1))) {
            return make(s, i, i + 1, null, null); // by year end
        }
        if (w.equals("end") && s.lower(i - 1).equals("the") && next.equals("of") && s.lower(i + 2).equals("the")
                && END_OF_UNITS.contains(s.lower(i + 3)) && !s.lower(i + 3).equals("day")) {
            return make(s, i - 1, i + 3, null, null); // by the end of the month (at the end of the day is an idiom)
        }
        if ((w.equals("earlier") || w.equals("later")) && next.equals("in") && s.lower(i + 2).equals("the")
                && END_OF_UNITS.contains(s.lower(i + 3)) && !s.lower(i + 3).equals("day")) {
            return make(s, i, i + 3, null, null); // earlier in the year (earlier in the day is a time of day)
        }
        if (AGO_UNITS.contains(w) && next.equals("earlier") && counted(s, i)) {
            return ago(s, i); // "up from $5 million a year earlier"
        }
        if ((w.equals("next") || w.equals("following")) && s.lower(i - 1).equals("the")
                && NEXT_DAY_UNITS.contains(next)) {
            return make(s, i, i + 1, null, null); // the next morning, the following week
        }
        if ((w.equals("earlier") || w.equals("later")) && (next.equals("this") || next.equals("that"))
                && (RELATIVE_UNITS.contains(s.lower(i + 2)) || NEXT_DAY_UNITS.contains(s.lower(i + 2)))) {
            return make(s, i, i + 2, null, null); // earlier this month, later that year
        }
        if (w.equals("that") && next.equals("same") && NEXT_DAY_UNITS.contains(s.lower(i + 2))) {
            return make(s, i, i + 2, null, null);
        }
        if (AGO_UNITS.contains(w) && next.equals("ago")) {
            return ago(s, i);
        }
        if (s.token(i).capitalized()) {
            return holiday(s, i);
        }
        return null;
    }

    /** A count before a unit: {@code 10 days}, {@code a year}, {@code two weeks}; not {@code the days}. */
    private static boolean counted(SentenceContext s, int unit) {
        Token count = s.token(unit - 1);
        return count != null && (count.isNumber() && !s.used(unit - 1)
                || AGO_COUNTS.contains(count.lower()) && !count.is("many") && !count.is("some"));
    }

    /**
     * {@code two months ago}, {@code 11 days ago}, {@code a decade ago}, {@code a few years ago},
     * {@code a year earlier}; not {@code 65 million years ago}.
     */
    private TimeReference ago(SentenceContext s, int unit) {
        int first = unit;
        Token count = s.token(unit - 1);
        String c = s.lower(unit - 1);
        if (count != null && count.isNumber() && !s.used(unit - 1)) {
            first = unit - 1;
        } else if (AGO_COUNTS.contains(c)) {
            first = unit - 1;
            if ((s.lower(first - 1).equals("a") || s.lower(first - 1).equals("an")) && !c.equals("a")
                    && !c.equals("an")) {
                first--; // a few, a dozen, a hundred
            }
        } else if (c.equals("of") && s.lower(unit - 2).equals("couple")) {
            first = s.lower(unit - 3).equals("a") ? unit - 3 : unit - 2;
        } else if (SCALES.contains(c) || !s.lower(unit).endsWith("s")) {
            return null; // "65 million years ago" is a figure; "year ago" wants a count
        }
        return make(s, first, unit + 1, null, null);
    }

    /**
     * {@code Thanksgiving Day}, {@code Election Day}, {@code New Year's Eve}, {@code on Christmas},
     * {@code last Easter}.
     */
    private TimeReference holiday(SentenceContext s, int i) {
        String w = s.lower(i);
        int last = -1;
        boolean dayAfter = s.lower(i + 1).equals("day") || s.lower(i + 1).equals("eve");
        if (dayAfter && s.token(i + 1).capitalized() && (DAY_HOLIDAYS.contains(w) || HOLIDAYS.contains(w))) {
            last = i + 1;
        } else if (s.lower(i + 1).equals("'s") && s.token(i + 2) != null && s.token(i + 2).capitalized()
                && (s.lower(i + 2).equals("day") || s.lower(i + 2).equals("eve")) && POSSESSIVE_HOLIDAYS.contains(w)) {
            last = i + 2;
        } else if (s.token(i + 1) != null && s.token(i + 1).capitalized()) {
            return null; // on Easter Island, Christmas Island
        } else if (HOLIDAYS.contains(w) && (HOLIDAY_BEFORE.contains(s.lower(i - 1)) || s.lower(i + 1).equals("week")
                || s.lower(i + 1).equals("weekend") || s.lower(i + 1).equals("holiday")
                || s.lower(i + 1).equals("holidays"))) {
            last = HOLIDAY_BEFORE.contains(s.lower(i - 1)) ? i : i + 1;
        }
        if (last < 0) {
            return null;
        }
        int first = i;
        if (w.equals("year") && s.lower(i - 1).equals("new") && s.token(i - 1).capitalized()) {
            first = i - 1;
        }
        if (RELATIVE_DEICTIC.contains(s.lower(first - 1))) {
            first--; // last Thanksgiving
        }
        return make(s, first, last, null, null);
    }

    /** Tells a count such as {@code 2000 people} from a year. */
    public interface YearFilter {
        boolean isCount(SentenceContext s, int i);
    }

    private int lastUsed(SentenceContext s, int i) {
        while (s.used(i + 1)) {
            i++;
        }
        return i;
    }

    private boolean isMonth(SentenceContext s, int i) {
        Token t = s.token(i);
        if (!t.capitalized()) {
            return false;
        }
        Token next = s.token(i + 1);
        Token prev = s.token(i - 1);
        boolean dayBefore = prev != null && prev.isNumber();
        boolean numberAfter = next != null && next.isNumber()
                || s.lower(i + 1).equals(".") && s.token(i + 2) != null && s.token(i + 2).isNumber();
        String before = s.lower(i - 1);
        boolean edge = EDGE.contains(before) || before.equals("-") && EDGE.contains(s.lower(i - 2));
        // "May" and "March" are also words: want a day or a year next to them, or a preposition or early/late before
        if (t.is("may") || t.is("march")) {
            boolean prepBefore = CLOSED.contains(before)
                    || (OPEN_FROM.contains(before) || OPEN_TO.contains(before)) && !(t.is("may")
                    && (before.equals("to") || before.equals("from"))) // "a letter to May"
                    || before.equals("last") || before.equals("next") || before.equals("this");
            return next != null && next.isNumber() || dayBefore
                    || (prepBefore || edge) && !s.lower(i + 1).equals("be") && !s.lower(i + 1).equals("'s")
                    && (next == null || !next.isWord() || !next.capitalized());
        }
        // a first name: "Foreign Minister Jan Kavan", "June Carter said"; not "in June Congress passed"
        if (next != null && next.isWord() && next.capitalized() && !numberAfter && !dayBefore && !edge
                && !MONTHS.containsKey(next.lower()) && !WEEKDAYS.contains(next.lower())
                && !CLOSED.contains(before) && !OPEN_FROM.contains(before) && !OPEN_TO.contains(before)) {
            return false;
        }
        return true;
    }

    private TimeReference monthDate(SentenceContext s, int i) {
        int month = MONTHS.get(s.lower(i));
        int first = i;
        int last = i;
        Integer day = null;
        // 5 March / 5th of March
        if (s.token(i - 1) != null && s.token(i - 1).isNumber() && dayValue(s.token(i - 1)) != null) {
            day = dayValue(s.token(i - 1));
            first = i - 1;
        } else if (s.lower(i - 1).equals("of") && s.token(i - 2) != null && s.token(i - 2).isWord()
                && s.token(i - 3) != null && s.token(i - 3).isNumber() && dayValue(s.token(i - 3)) != null) {
            day = dayValue(s.token(i - 3));
            first = i - 3;
        }
        int j = i + 1;
        if (s.lower(j).equals(".")) {
            j++;
        }
        // March 5 / March 5th
        if (day == null && s.token(j) != null && s.token(j).isNumber() && !isYear(s.token(j))
                && dayValue(s.token(j)) != null) {
            day = dayValue(s.token(j));
            last = j;
            j++;
            if (s.token(j) != null && s.token(j).isWord() && s.token(j).glued() && ordinalSuffix(s.lower(j))) {
                last = j;
                j++;
            }
        }
        Integer toDay = null;
        // April 24 and 25, March 5-7, June 3 to 5: a second day of the same month
        if (day != null && last > i && (s.lower(j).equals("and") || s.lower(j).equals("to")
                || s.lower(j).equals("-") || s.lower(j).equals("through")) && s.token(j + 1) != null
                && s.token(j + 1).isNumber() && !isYear(s.token(j + 1)) && dayValue(s.token(j + 1)) != null
                && dayValue(s.token(j + 1)) > day && !unitAfter(s, j + 2)) {
            toDay = dayValue(s.token(j + 1));
            last = j + 1;
            j += 2;
        }
        if (last > i && s.lower(j).equals(",")) {
            j++;
        }
        Integer year = null;
        int[] spoken = s.token(j) != null && s.token(j).isWord() ? spokenYearAt(s, j) : null;
        if (isYear(s.token(j))) {
            year = Integer.parseInt(s.token(j).text());
            last = j;
        } else if (spoken != null) {
            year = spoken[0]; // January nineteen ninety-seven
            last = spoken[1];
        } else if (RELATIVE_DEICTIC.contains(s.lower(j)) && s.lower(j + 1).equals("year") && j == last + 1) {
            last = j + 1; // "in February this year", "April next year": which year is left to the reader
        }
        if (year == null && day == null && (s.lower(first - 1).equals("last") || s.lower(first - 1).equals("next")
                || s.lower(first - 1).equals("this"))) {
            first--; // last May, next March: which year is left to the reader
        } else if (EDGE.contains(s.lower(first - 1))) {
            first--; // early March, late November
        } else if (s.lower(first - 1).equals("-") && EDGE.contains(s.lower(first - 2))) {
            first -= 2; // mid-March
        }
        if (first > 0 && CLOSED.contains(s.lower(first - 1)) || OPEN_FROM.contains(s.lower(first - 1))
                || OPEN_TO.contains(s.lower(first - 1))) {
            first--;
        }
        String iso = year == null ? null
                : day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
        String isoTo = year == null || toDay == null ? iso : String.format("%04d-%02d-%02d", year, month, toDay);
        String prep = s.lower(first);
        String from = OPEN_TO.contains(prep) ? null : iso;
        String to = OPEN_FROM.contains(prep) ? null : isoTo;
        return make(s, first, last, from, to);
    }

    /** A unit or a scale after a number ({@code 25 people}, {@code 5 million}): the number is no day. */
    private static boolean unitAfter(SentenceContext s, int k) {
        Token t = s.token(k);
        return t != null && (t.isWord() && !t.capitalized() && !ordinalSuffix(t.lower()) || t.is("%"));
    }

    /** Digits only: a number token may also be {@code 7,600}, {@code 1.5} or {@code .5}. */
    private static boolean wholeNumber(Token t) {
        return t.text().chars().allMatch(Character::isDigit);
    }

    private static boolean ordinalSuffix(String w) {
        return w.equals("st") || w.equals("nd") || w.equals("rd") || w.equals("th");
    }

    private static Integer dayValue(Token t) {
        if (t.text().length() > 2 || !wholeNumber(t)) {
            return null; // not ".5"
        }
        int d = Integer.parseInt(t.text());
        return d >= 1 && d <= 31 ? d : null;
    }

    private TimeReference year(SentenceContext s, int i, List<TimeReference> earlier) {
        String y = s.token(i).text();
        int first = i;
        int last = i;
        String from = y;
        String to = y;
        // 2019-20, 2019-2020, 2019/20
        Token sep = s.token(i + 1);
        Token second = s.token(i + 2);
        if (sep != null && (sep.is("-") || sep.is("/")) && second != null && second.isNumber() && sep.glued()
                && second.glued()) {
            String raw = second.text();
            if (sep.is("-") && raw.length() == 2 && s.lower(i + 3).equals("-") && s.token(i + 4) != null
                    && s.token(i + 4).isNumber() && s.token(i + 4).text().length() == 2) {
                // ISO date 2021-03-05
                to = from = y + "-" + raw + "-" + s.token(i + 4).text();
                last = i + 4;
            } else {
                String end = raw.length() == 2 ? y.substring(0, 2) + raw : raw;
                if (end.length() == 4 && end.chars().allMatch(Character::isDigit) && end.compareTo(y) > 0) {
                    to = end;
                    last = i + 2;
                }
            }
        }
        // 1990s
        Token suffix = s.token(last + 1);
        if (last == i && suffix != null && suffix.glued() && suffix.is("s") && y.endsWith("0")) {
            // the 1990s is a decade; the 1300s and the 1800s are centuries (the 2000s is the decade)
            to = y.endsWith("00") && y.compareTo("2000") < 0 ? y.substring(0, 2) + "99" : y.substring(0, 3) + "9";
            last++;
        }
        // the 1988 second quarter, the 2023 fourth-quarter results
        Integer quarter = PART_ORDINALS.get(s.lower(last + 1));
        if (last == i && quarter != null && (s.lower(last + 2).equals("quarter")
                || s.lower(last + 2).equals("-") && s.lower(last + 3).equals("quarter"))) {
            last = s.lower(last + 2).equals("quarter") ? last + 2 : last + 3;
            return make(s, first, last, String.format("%s-%02d", y, quarter * 3 - 2),
                    String.format("%s-%02d", y, quarter * 3));
        }
        String prep = s.lower(first - 1);
        // between 2010 and 2015 / from 2010 to 2015
        if ((prep.equals("between") || prep.equals("from")) && isYear(s.token(last + 2))
                && (s.lower(last + 1).equals("and") || s.lower(last + 1).equals("to")
                        || s.lower(last + 1).equals("until") || s.lower(last + 1).equals("through")
                        || s.lower(last + 1).equals("-"))) {
            to = s.token(last + 2).text();
            last += 2;
            first--;
            return make(s, first, last, from, to);
        }
        // mid-2020 / early 2021 / the end of 2020
        if (prep.equals("-") && EDGE.contains(s.lower(first - 2))) {
            first -= 2;
            prep = s.lower(first - 1);
        } else if (EDGE.contains(prep)) {
            first--;
            prep = s.lower(first - 1);
        } else if (prep.equals("of") && PART_OF.contains(s.lower(first - 2))) {
            first -= 2;
            Integer part = PART_ORDINALS.get(s.lower(first - 1));
            if (part != null && last == i && (s.lower(first).equals("quarter") && part <= 4
                    || s.lower(first).equals("half") && part <= 2)) {
                // the first quarter of 2024 → 2024-01..2024-03; the second half of 2024 → 2024-07..2024-12
                int months = s.lower(first).equals("quarter") ? 3 : 6;
                from = String.format("%s-%02d", y, (part - 1) * months + 1);
                to = String.format("%s-%02d", y, part * months);
                first--;
            }
            if (s.lower(first - 1).equals("the")) {
                if (s.lower(first - 2).equals("at") || s.lower(first - 2).equals("by")
                        || s.lower(first - 2).equals("since") || s.lower(first - 2).equals("until")) {
                    prep = s.lower(first - 2);
                    if (!prep.equals("at")) {
                        first -= 1; // to "the"; the preposition itself is taken below
                    }
                } else {
                    prep = "";
                }
            } else {
                prep = s.lower(first - 1);
            }
        }
        if (OPEN_FROM.contains(prep) && !prep.equals("from")) {
            to = null;
            first--;
        } else if (prep.equals("from")) {
            to = null;
            first--;
        } else if (OPEN_TO.contains(prep) && !prep.equals("to")) {
            from = null;
            first--;
        } else if (CLOSED.contains(prep) && (prep.equals("in") || prep.equals("during")
                || prep.equals("throughout"))) {
            first--;
        }
        return make(s, first, last, from, to);
    }

    /**
     * A weekday in a name: {@code the Sunday Times}, {@code the Good Friday Agreement}, {@code Super Tuesday}. A
     * capitalised word before it is no name of its own (news puts the day after the subject or a place).
     */
    private static boolean namePart(SentenceContext s, int i) {
        Token next = s.token(i + 1);
        Token prev = s.token(i - 1);
        // "said Friday", but also wire style after a name: "President Clinton Thursday condemned", "in Miami Wednesday"
        return next != null && next.isWord() && next.capitalized() && !MONTHS.containsKey(next.lower())
                || prev != null && prev.isWord() && prev.capitalized() && WEEKDAY_NAME_WORDS.contains(prev.lower());
    }

    /**
     * A decade or century before 1800, which {@link #isYear} does not take: {@code the 1740s}, {@code the 1300s}.
     */
    private static boolean isEarlyDecade(SentenceContext s, int i) {
        Token t = s.token(i);
        Token suffix = s.token(i + 1);
        if (t.text().length() != 4 || !t.text().endsWith("0") || suffix == null || !suffix.glued() || !suffix.is("s")) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(t.text().charAt(k))) {
                return false;
            }
        }
        return t.text().charAt(0) == '1';
    }

    /**
     * A year as broadcast transcripts spell it: {@code nineteen ninety-six} → 1996, {@code nineteen eighty} → 1980,
     * {@code nineteen oh five} → 1905, {@code twenty nineteen} → 2019; with {@code in}/{@code since}/{@code by}
     * as for digits. Not before a plural ({@code nineteen ninety-nine dollars} is a sum). The year and its last
     * token, or null.
     */
    private static int[] spokenYearAt(SentenceContext s, int i) {
        Integer known = SPOKEN_CENTURIES.get(s.lower(i));
        if (known == null) {
            return null;
        }
        int century = known;
        Integer tens = SPOKEN_TENS.get(s.lower(i + 1));
        int last = i + 1;
        int value;
        if (tens != null && tens >= 20 && s.lower(i + 2).equals("-") && s.token(i + 2).glued()
                && SPOKEN_UNITS.containsKey(s.lower(i + 3)) && s.token(i + 3).glued()) {
            value = tens + SPOKEN_UNITS.get(s.lower(i + 3));
            last = i + 3;
        } else if (tens != null) {
            value = tens;
        } else if (s.lower(i + 1).equals("oh") && SPOKEN_UNITS.containsKey(s.lower(i + 2))) {
            value = SPOKEN_UNITS.get(s.lower(i + 2));
            last = i + 2;
        } else {
            return null;
        }
        Token after = s.token(last + 1);
        if (after != null && (after.isWord() && !after.capitalized() && after.lower().length() > 3
                && after.lower().endsWith("s") && !after.lower().endsWith("ss")
                || after.is("-") && after.glued())) { // "twenty fifteen-minute sessions"
            return null;
        }
        return new int[] {century * 100 + value, last};
    }

    private TimeReference spokenYear(SentenceContext s, int i) {
        int[] spoken = spokenYearAt(s, i);
        if (spoken == null) {
            return null;
        }
        int last = spoken[1];
        String y = String.valueOf(spoken[0]);
        String prep = s.lower(i - 1);
        int first = i;
        String from = y;
        String to = y;
        if (OPEN_FROM.contains(prep)) {
            to = null;
            first--;
        } else if (OPEN_TO.contains(prep) && !prep.equals("to")) {
            from = null;
            first--;
        } else if (prep.equals("in") || prep.equals("during") || prep.equals("throughout")) {
            first--;
        }
        return make(s, first, last, from, to);
    }

    /** {@code 1988 second quarter}, {@code 2023 fourth-quarter}: a year, whatever the figure rules make of "second". */
    private static boolean quarterAfterYear(SentenceContext s, int i) {
        return PART_ORDINALS.containsKey(s.lower(i + 1)) && (s.lower(i + 2).equals("quarter")
                || s.lower(i + 2).equals("-") && s.lower(i + 3).equals("quarter"));
    }

    /** {@code the 20th century} → 1900..1999, {@code 19th-century} → 1800..1899. */
    private TimeReference century(SentenceContext s, int i, int unit) {
        int n = Integer.parseInt(s.token(i).text());
        return make(s, i, unit, String.format("%04d", (n - 1) * 100), String.format("%04d", (n - 1) * 100 + 99));
    }

    /** The index of {@code century} after {@code 20th}/{@code 19th-}, or -1. */
    private static int centuryUnit(SentenceContext s, int i) {
        Token t = s.token(i);
        Token suffix = s.token(i + 1);
        if (t.text().length() > 2 || !wholeNumber(t) || suffix == null || !suffix.glued()
                || !ordinalSuffix(suffix.lower())) {
            return -1;
        }
        int unit = s.lower(i + 2).equals("-") && s.token(i + 2).glued() ? i + 3 : i + 2;
        int n = Integer.parseInt(t.text());
        return s.lower(unit).equals("century") && n >= 1 && n <= 22 ? unit : -1;
    }

    /** {@code FY24} → 2024, {@code FY2023-24} → 2023–2024, {@code FY2024} → 2024. */
    private TimeReference fiscalYear(SentenceContext s, int i) {
        String digits = s.token(i).text().substring(2);
        if (!(digits.length() == 2 || digits.length() == 4) || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        String from = digits.length() == 2 ? "20" + digits : digits;
        String to = from;
        int last = i;
        Token sep = s.token(i + 1);
        Token second = s.token(i + 2);
        if (sep != null && (sep.is("-") || sep.is("/")) && sep.glued() && second != null && second.isNumber()
                && second.glued() && (second.text().length() == 2 || second.text().length() == 4)) {
            String end = second.text().length() == 2 ? from.substring(0, 2) + second.text() : second.text();
            if (end.compareTo(from) > 0) {
                to = end;
                last = i + 2;
            }
        }
        int first = CLOSED.contains(s.lower(i - 1)) && (s.lower(i - 1).equals("in") || s.lower(i - 1).equals("during"))
                ? i - 1 : i;
        return make(s, first, last, from, to);
    }

    /**
     * {@code Q3 2024} → 2024-07..2024-09, {@code H1 2024} → 2024-01..2024-06; {@code in Q3} without a year is
     * relative. A bare {@code Q3} after no preposition is left alone (the Audi Q3).
     */
    private TimeReference quarterCode(SentenceContext s, int i) {
        int part = s.token(i).text().charAt(1) - '0';
        int months = s.lower(i).charAt(0) == 'q' ? 3 : 6;
        boolean prep = CLOSED.contains(s.lower(i - 1)) || s.lower(i - 1).equals("the");
        int first = prep && !s.lower(i - 1).equals("the") ? i - 1 : i;
        if (isYear(s.token(i + 1))) {
            String y = s.token(i + 1).text();
            return make(s, first, i + 1, String.format("%s-%02d", y, (part - 1) * months + 1),
                    String.format("%s-%02d", y, part * months));
        }
        return prep ? make(s, first, i, null, null) : null;
    }

    private TimeReference make(SentenceContext s, int first, int last, String from, String to) {
        s.use(first, last);
        return new TimeReference(s.originalStart(first), s.originalEnd(last), s.span(first, last), from, to);
    }
}
