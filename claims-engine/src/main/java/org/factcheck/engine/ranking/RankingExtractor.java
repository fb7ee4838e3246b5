package org.factcheck.engine.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factcheck.engine.model.Ranking;
import org.factcheck.engine.quantity.OrdinalExtractor;
import org.factcheck.engine.text.Words;
import org.factcheck.engine.text.Digits;
import org.factcheck.engine.text.SentenceContext;
import org.factcheck.engine.text.Token;

/**
 * Positions in a list: ordinals with {@code place}/{@code position} or a superlative ({@code third place},
 * {@code second-largest}), {@code ranked 5th}, {@code No. 1}, {@code top five}, and superlatives after a
 * determiner ({@code the largest group} → 1, {@code one of the longest} → 1 with {@code oneOf}); places counted
 * from the bottom ({@code ranks last} → 1, {@code second to last} → 2, {@code bottom five} → 5 with {@code oneOf},
 * all with {@code fromEnd}); {@code second only to X} and {@code only X … more … than Y} (2, after X). A place
 * keeps the size of its list when the text gives it ({@code 49th out of 50 states} → {@code outOf} 50).
 */
public final class RankingExtractor {

    private static final Set<String> ORDINAL_SUFFIXES = Words.set("st", "nd", "rd", "th");
    private static final Set<String> NOT_RANKED_AFTER_TOP = Words.set("of", "and", "to", "in", "level", "priority", "priorities",
            "job", "official", "officials", "brass", "management", "floor", "story", "stories", "news", "court",
            "diplomat", "end", "line", "flight", "tier", "spot", "place");
    /** After "top": a share of a population, a quantity ("the top third of earners", "the top half"). */
    private static final Set<String> SHARE_WORDS = Words.set("half", "halves", "third", "thirds", "quarter",
            "quarters", "fourth", "fourths", "fifth", "fifths", "sixth", "sixths", "seventh", "sevenths", "eighth",
            "eighths", "ninth", "ninths", "tenth", "tenths", "percentile", "percent");
    private static final Set<String> NOT_RANKED_AFTER_MOST = Words.set("of", "important", "likely", "recent", "part", "people",
            "cases", "time", "often", "famous", "popular", "common", "in", "to", "and", "for", "on", "at", "since",
            "ever", "from", "than", "by", "with", "was", "is", "are", "were", "be", "been", "has", "have", "had");
    private static final Set<String> RANKED_AFTER_MOST = Words.set("populous", "important");
    private static final Set<String> POPULOUS = Words.set("populous");
    private static final Set<String> NOT_RANKED_AFTER_BEST = Words.set("of", "way", "thing", "to", "interests", "interest", "case",
            "we", "they", "friend", "friends", "known", "part", "bet", "wishes");
    private static final Set<String> NOUN_STOPS = Words.set("of", "in", "among", "the", "a", "an");
    private static final Set<String> LIST_TRIM = Words.set("of", "in", "among", "the", "a", "an", "at", "for", "from",
            "on");

    /** A bare {@code No 2} (no full stop) is a rank only after these: "ranked No 2", "the world No 3". */
    private static final Set<String> BARE_NUMBER_BEFORE = Words.set("ranked", "ranks", "rank", "the", "world",
            "world's", "seeded", "is", "was", "at", "to", "from", "as", "new", "former");

    private static final Map<String, Integer> CARDINALS = Words.map(Map.ofEntries(Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twenty", 20), Map.entry("fifty", 50), Map.entry("hundred", 100)));

    /** A superlative and the next word that are an idiom, not a ranking. */
    private static final Set<String> IDIOMS = Words.set("best man", "best friend", "best friends", "best practice",
            "best practices", "best interest", "best interests", "most part", "greatest hits", "best wishes",
            "best seller", "best sellers", "best bet");
    private static final Set<String> SUPERLATIVES = Words.set("largest", "biggest", "highest", "lowest", "longest",
            "shortest", "smallest", "greatest", "richest", "poorest", "oldest", "youngest", "fastest", "slowest",
            "deadliest", "worst", "best", "strongest", "weakest", "widest", "deepest", "tallest", "heaviest",
            "busiest", "cheapest", "wealthiest", "hottest", "coldest", "warmest", "driest", "wettest", "safest",
            "most", "least", "costliest", "dearest", "lightest", "leading", "top", "fewest", "greenest",
            "densest", "smartest", "happiest", "healthiest", "loudest", "brightest", "darkest", "newest",
            "earliest", "furthest", "farthest", "broadest", "steepest", "sharpest", "bloodiest", "priciest",
            "poorest-performing", "fastest-growing", "largest-ever", "most-watched", "most-visited");

    private static final Set<String> TOP_AS_VERB = Words.set("will", "would", "could", "may", "might", "to", "can",
            "should", "must", "did", "does", "could", "expected", "set");
    private static final Set<String> PLACE_NOUNS = Words.set("place", "position", "spot", "rank", "ranking", "row",
            "seed");
    private static final Set<String> RANK_VERBS = Words.set("ranked", "ranks", "rank", "ranking", "came", "finished",
            "placed", "finishes", "comes", "placing", "rated", "rates", "finish", "finishing", "lying", "lies",
            "sitting", "sits", "polling", "polled", "polls", "running", "ran", "runs");
    /** Between a rank verb and its ordinal: finished joint third, came equal second. */
    private static final Set<String> SHARED_PLACE = Words.set("joint", "equal");
    /** After "a" between a rank verb and its ordinal: came a distant third, finished a close second. */
    private static final Set<String> PLACE_MARGINS = Words.set("distant", "close", "strong", "comfortable", "clear",
            "respectable", "creditable", "solid", "lowly", "narrow", "disappointing", "remote", "poor", "surprise");
    /** Verbs that set someone at a place: putting the UK third, leaving Labour fourth. */
    private static final Set<String> PUT_VERBS = Words.set("put", "puts", "putting", "leaving", "leaves", "left",
            "keeping", "keeps", "kept", "pushing", "pushed", "pushes", "lifting", "lifted", "lifts");
    /** Words that may follow a bare place: "putting the UK third in NATO", "the Conservatives second on 27%". */
    private static final Set<String> AFTER_BARE_PLACE = Words.set("in", "on", "at", "among", "behind", "after", "of",
            "with", "for", "overall", "nationally", "globally", "worldwide");
    /** The steps of a move in a table: fell three places to 21st. */
    private static final Set<String> PLACE_STEPS = Words.set("places", "place", "spots", "spot", "positions",
            "position", "rungs", "notches");
    /** A party or team that leads: "Labour leads on 38%", "leads the ruling party by six points". */
    private static final Set<String> LEAD_VERBS = Words.set("leads", "led", "leading");
    private static final Set<String> POLL_NOUNS = Words.set("poll", "polls", "survey", "surveys", "polling");
    private static final Set<String> POINT_UNITS = Words.set("points", "point", "%", "percent", "percentage", "pp");
    private static final Set<String> TOP_VERBS = Words.set("topped", "tops", "topping");
    /** What a table is called: topped the index, tops the league. */
    private static final Set<String> TABLE_NOUNS = Words.set("index", "table", "tables", "rankings", "ranking", "list",
            "league", "poll", "polls", "chart", "charts", "standings", "survey", "leaderboard", "ratings");
    /** Verbs of moving in a table, before "to": slipped to 14th, moved up to fourth. */
    private static final Set<String> MOVE_VERBS = Words.set("climbed", "climbs", "climbing", "slipped", "slips",
            "slipping", "rose", "rises", "risen", "rising", "fell", "falls", "fallen", "falling", "dropped", "drops",
            "dropping", "moved", "moves", "moving", "jumped", "jumps", "jumping", "slumped", "tumbled", "sank", "leapt",
            "leaped", "surged");
    /** After an ordinal and a hyphen: fourth-placed, ninth-seeded. */
    private static final Set<String> PLACED = Words.set("placed", "seeded", "ranked");
    private static final Set<String> DETERMINERS = Words.set("the", "its", "their", "his", "her", "our", "'s", "whose",
            "world's", "nation's", "country's");
    private static final Set<String> LIST_STOP = Words.set("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "could", "can", "since", "after", "behind", "that", "which", "who", "where", "when", "and",
            "but", "to", "than", "with", "by", "for", "because", "as", "while", "said", "says", "according", "on", "more",
            "less", "over", "ever", "yet", "so", "far", "this", "last");

    /** Words that may start a place counted from the bottom: last, bottom, penultimate, next to last, foot of. */
    private static final Set<String> FROM_END_WORDS = Words.set("last", "bottom", "penultimate", "next", "foot");
    /** A verb that states a place without ranking: "is last among", "remains bottom of". */
    private static final Set<String> COPULAS = Words.set("is", "are", "was", "were", "be", "been", "being", "remains",
            "remain", "remained", "stays", "stay", "stayed");
    /** What the bottom (or foot) of something ranked is: the bottom of the league table, of the pack. */
    private static final Set<String> BOTTOM_OF = Words.set("index", "table", "tables", "rankings", "ranking", "list",
            "league", "poll", "polls", "chart", "charts", "standings", "survey", "leaderboard", "ratings", "class",
            "pack", "ladder", "group", "division", "field");
    /** After "than any other": a time, so a record rather than a place (than any other time, year, month). */
    private static final Set<String> TIMES = Words.set("time", "times", "point", "period", "moment", "year", "month",
            "week", "day", "season", "decade", "century", "era", "quarter", "stage", "night", "election", "cycle");
    /** Words in -er that are no comparative. */
    private static final Set<String> NOT_COMPARATIVE = Words.set("other", "never", "ever", "however", "rather",
            "together", "whether", "either", "neither", "under", "after", "over", "order", "number", "member",
            "water", "paper", "power", "border", "sooner");
    /** A whole that ranks its members: (is fourth in) the world, the nation, the country. */
    private static final Set<String> WHOLE = Words.set("world", "nation", "country", "region", "continent");
    /** Before "the bottom of": only near it, not at it. */
    private static final Set<String> NEAR = Words.set("near", "nearer", "towards", "toward");
    /** Parts of a thing, not of a list: the bottom two floors, the bottom three rows. */
    private static final Set<String> PARTS = Words.set("floors", "floor", "rows", "shelves", "layers", "drawers",
            "decks", "steps", "lines", "inches", "feet", "metres", "meters");

    /** Spelled field sizes: (out of) twelve, (among) twenty-seven. */
    private static final Map<String, Integer> FIELD_WORDS = Words.map(Map.ofEntries(Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90)));
    /** After the number of a field: a measure, a share, a span of time or a range ("of 12 months", "of 2 million"). */
    private static final Set<String> NOT_A_FIELD = Words.set("%", "percent", "per", "percentage", "million",
            "millions", "billion", "billions", "thousand", "thousands", "trillion", "hundred", "hundreds", "dozen",
            "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "seasons",
            "quarters", "times", "points", "to", "or", "-", "/");
    /** Punctuation that may touch the number of a field: "out of 50, it …", "(out of 27)". */
    private static final Set<String> FIELD_CLOSERS = Words.set(",", ";", ":", ")", ".", "!", "?", "\"");
    /** A part of a whole: "the biggest slice of the 246,570 cases" is a part of them, not one of a field. */
    private static final Set<String> PARTS_OF = Words.set("slice", "slices", "share", "shares", "part", "parts",
            "portion", "portions", "proportion", "chunk", "piece", "fraction", "segment", "percentage", "amount",
            "number", "majority", "bulk", "half", "third", "quarter", "sum", "total");
    /** Opening a short phrase between a place and its field: (ranks 2nd) in the nation (out of 50 states). */
    private static final Set<String> FIELD_GAP_OPENERS = Words.set("in", "on", "for", "at", "worldwide", "globally",
            "nationally", "overall");

    public List<Ranking> extract(SentenceContext s) {
        List<Ranking> out = new ArrayList<>();
        int n = s.size();
        for (int i = 0; i < n; i++) {
            Token t = s.token(i);
            if (s.used(i) && !t.isWord()) {
                continue;
            }
            Ranking r = null;
            Integer ord = ordinal(s, i);
            int ordEnd = ordinalEnd(s, i);
            if (ord != null) {
                int last = ord > 1 && !s.lower(i - 1).equals("from") ? fromEndTail(s, ordEnd) : -1;
                r = last > 0 ? ordinalRanking(s, i, last, ord, true, false) // second to last, third from bottom
                        : ordinalRanking(s, i, ordEnd, ord, false, false);
            } else if (t.isWord() && !s.used(i) && FROM_END_WORDS.contains(t.lower())) {
                r = fromEnd(s, i);
            } else if (t.isWord() && t.lower().equals("top") && (r = group(s, i, false)) != null) {
                // top five, the top 10
            } else if (t.isWord() && SUPERLATIVES.contains(t.lower())) {
                r = superlative(s, i);
            } else if (t.isWord() && (t.text().equals("No") || t.text().equals("no")) && s.lower(i + 1).equals(".")
                    && s.token(i + 2) != null && s.token(i + 2).isNumber() && rankContext(s, i, i + 2)) {
                r = make(s, i, i + 2, (int) Digits.value(s.token(i + 2).text()));
            } else if (t.isWord() && t.text().equals("No") && bareNumber(s, i + 1)
                    && BARE_NUMBER_BEFORE.contains(s.lower(i - 1))
                    && !(s.token(i + 2) != null && s.token(i + 2).capitalized())) { // not "No 10 Downing Street"
                r = make(s, i, i + 1, Integer.parseInt(s.token(i + 1).text())); // "ranked No 2"
            } else if (t.lower().equals("number") && s.lower(i + 1).equals("one")
                    && (DETERMINERS.contains(s.lower(i - 1)) || RANK_VERBS.contains(s.lower(i - 1)))) {
                r = make(s, i, i + 1, 1);
            }
            if (r == null && t.isWord()) {
                String w = t.lower();
                if (LEAD_VERBS.contains(w) && !DETERMINERS.contains(s.lower(i - 1)) && pollLead(s, i)) {
                    r = make(s, i, i, 1); // Labour leads on 38%
                } else if (TOP_VERBS.contains(w) && namesTable(s, i)) {
                    r = make(s, i, i, 1); // topped the index
                } else if (w.equals("top") && s.lower(i + 1).equals("spot") && DETERMINERS.contains(s.lower(i - 1))) {
                    r = make(s, i - 1, i + 1, 1); // the top spot
                } else if (w.equals("than") && s.lower(i + 1).equals("any") && s.lower(i + 2).equals("other")) {
                    r = thanAnyOther(s, i); // spends more on schools than any other state
                } else if (w.equals("than")) {
                    r = onlyAhead(s, i); // only China produces more steel than India
                }
            }
            if (r == null && !s.used(i) && s.lower(i - 1).equals("the") && (s.lower(i - 2).equals("among")
                    || s.lower(i - 2).equals("of") && s.lower(i - 3).equals("one"))) {
                int count = groupSize(t);
                if (count >= 2 && superlativeAhead(s, i + 1)) {
                    r = topGroup(s, i, count); // among the ten most corrupt countries
                }
            }
            if (r != null) {
                out.add(r);
                while (i + 1 < n && s.originalStart(i + 1) < r.end()) {
                    i++;
                }
            }
        }
        return out;
    }

    /**
     * {@code more … than any other state}, {@code higher than any other country}: ahead of all the others is first
     * place (position 1, the list after "other"). The comparative is at most six words before "than"; not after a
     * negation in the sentence ({@code does not spend more than any other}), not against a time ({@code more than
     * at any other time}, {@code than any other year}: a record, not a place in a list).
     */
    private Ranking thanAnyOther(SentenceContext s, int i) {
        int c = comparativeBefore(s, i);
        if (c < 0) {
            return null;
        }
        for (int j = 0; j < c; j++) {
            String w = s.lower(j);
            if (w.equals("not") || w.equals("never") || w.equals("no") || w.equals("nor") || w.endsWith("n't")) {
                return null;
            }
        }
        int head = headNoun(s, i + 3);
        if (head < 0 || s.used(i + 3)) {
            return null;
        }
        for (int j = i + 3; j <= head; j++) {
            if (TIMES.contains(s.lower(j))) {
                return null;
            }
        }
        return withAfter(s, c, head, 1, list(s, i + 3), false, false);
    }

    /**
     * {@code Only China produces more steel than India}: the names between "only" and the comparative are ahead of
     * the name after "than", so it is second ({@code Only China and the US spend more than Russia}: third), after
     * them. "only" opens the sentence or a clause after a comma, a verb phrase of at most four words follows the
     * names, and the comparative is at most six words before "than"; no negation in between.
     */
    private Ranking onlyAhead(SentenceContext s, int i) {
        int c = comparativeBefore(s, i);
        int o = -1;
        for (int j = c - 1; c > 0 && j >= 0 && j >= c - 12; j--) {
            if (s.lower(j).equals("only")) {
                o = j;
                break;
            }
        }
        if (o < 0 || o > 0 && !s.lower(o - 1).equals(",")) {
            return null;
        }
        int names = 0;
        int lastName = -1;
        int j = o + 1;
        while (j < c) {
            int name = s.lower(j).equals("the") ? j + 1 : j;
            if (!capitalizedAt(s, name)) {
                break;
            }
            j = name;
            while (j < c && capitalizedAt(s, j)) {
                j++;
            }
            names++;
            lastName = j - 1;
            if (!s.lower(j).equals("and") && !s.lower(j).equals(",")) {
                break;
            }
            j++;
        }
        if (names == 0 || c - lastName - 1 > 4) {
            return null;
        }
        for (int m = lastName + 1; m < c; m++) {
            String w = s.lower(m);
            if (!s.token(m).isWord() || w.equals("not") || w.equals("never") || w.endsWith("n't")) {
                return null;
            }
        }
        int a = s.lower(i + 1).equals("the") ? i + 2 : i + 1;
        int b = a;
        while (capitalizedAt(s, b)) {
            b++;
        }
        return b > a ? ranking(s, o, b - 1, names + 1, null, s.span(o + 1, lastName), false, false) : null;
    }

    private static boolean capitalizedAt(SentenceContext s, int k) {
        Token t = s.token(k);
        return t != null && t.capitalized();
    }

    /** A comparative at most six words before "than" at {@code i} ({@code more on schools than}), else -1. */
    private static int comparativeBefore(SentenceContext s, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 6; j--) {
            if (!s.token(j).isWord()) {
                return -1;
            }
            if (comparative(s, j)) {
                return j;
            }
        }
        return -1;
    }

    /** more, less, fewer, or an adjective or adverb in -er: higher, bigger, earlier. */
    private static boolean comparative(SentenceContext s, int j) {
        String w = s.lower(j);
        if (w.equals("more") || w.equals("less") || w.equals("fewer")) {
            return true;
        }
        if (!w.endsWith("er") || w.length() < 5 || NOT_COMPARATIVE.contains(w)) {
            return false;
        }
        String tag = s.tag(j);
        return tag.equals("ADJ") || tag.equals("ADV");
    }

    /** A small whole number right after {@code No}: {@code 2}, not {@code 2.5} or {@code 1,000}. */
    private static boolean bareNumber(SentenceContext s, int k) {
        Token t = s.token(k);
        return t != null && t.isNumber() && t.text().length() <= 4 && t.text().chars().allMatch(Character::isDigit);
    }

    private static boolean rankContext(SentenceContext s, int i, int number) {
        String before = s.lower(i - 1);
        Token after = s.token(number + 1);
        if (after != null && after.capitalized()) {
            return false; // No. 10 Downing Street
        }
        return DETERMINERS.contains(before) || RANK_VERBS.contains(before) || before.equals("is")
                || before.equals("was") || after != null && after.isWord();
    }

    /** third, 3rd, 5th → position; null otherwise. */
    private static Integer ordinal(SentenceContext s, int i) {
        Token t = s.token(i);
        if (t.isWord()) {
            int compound = OrdinalExtractor.compoundValue(s, i); // thirty-second
            return compound > 0 ? Integer.valueOf(compound) : OrdinalExtractor.wordValue(t.lower());
        }
        if (t.isNumber() && s.token(i + 1) != null && s.token(i + 1).glued()
                && ORDINAL_SUFFIXES.contains(s.lower(i + 1)) && !t.text().contains(".")) {
            return (int) Digits.value(t.text());
        }
        return null;
    }

    private static int ordinalEnd(SentenceContext s, int i) {
        return s.token(i).isNumber() ? i + 1 : OrdinalExtractor.compoundValue(s, i) > 0 ? i + 2 : i;
    }

    /**
     * A place from the ordinal (or from-end word) at {@code i} to {@code ordEnd}, when its context ranks it.
     * {@code plain} marks a bare {@code last} or {@code bottom}, which needs a list after it ("ranks last among",
     * not "came last week").
     */
    private Ranking ordinalRanking(SentenceContext s, int i, int ordEnd, int position, boolean fromEnd,
            boolean plain) {
        if (s.lower(i - 1).equals("-") && s.token(i).glued() && s.token(i - 1).glued() && s.token(i - 2) != null
                && s.token(i - 2).isNumber()) {
            return null; // a 30-second spot: a duration
        }
        int k = ordEnd + 1;
        String next = s.lower(k);
        if (next.equals("-") && s.token(k).glued()) {
            k++;
            next = s.lower(k);
        }
        String before = s.lower(i - 1);
        if (position == 1 && !fromEnd && next.equals("place") && before.equals("the") && s.lower(i - 2).equals("in")
                && !RANK_VERBS.contains(s.lower(i - 3))) {
            return null; // "in the first place": an idiom
        }
        if (PLACE_NOUNS.contains(next) || k > ordEnd + 1 && PLACED.contains(next)) {
            if (plain && k == ordEnd + 1 && (next.equals("row") || next.equals("seed")
                    || (before.equals("the") || before.equals("a")) && !placeSetBy(s, i - 2))) {
                return null; // the last row; "the last place you would look"
            }
            return withAfter(s, i, k, position, null, false, fromEnd);
        }
        if (fromEnd) {
            return fromEndPlace(s, i, ordEnd, k, position, plain);
        }
        if (SUPERLATIVES.contains(next) && !next.equals("top") && !next.equals("leading")) {
            int end = k;
            if ((next.equals("most") || next.equals("least")) && s.token(k + 1) != null && s.token(k + 1).isWord()) {
                end = k + 1;
            }
            int first = DETERMINERS.contains(before) && before.equals("the") ? i - 1 : i;
            int head = headNoun(s, end + 1);
            String list = list(s, end + 1);
            return withAfter(s, first, head >= 0 ? head : end, position, list, false, false);
        }
        Ranking r = placeByVerb(s, i, ordEnd, k, position, false);
        if (r == null && position > 1 && k == ordEnd + 1 && next.equals("only") && s.lower(k + 1).equals("to")
                && s.token(k + 2) != null && s.token(k + 2).isWord() && !s.tag(k + 2).equals("VERB")) {
            return withAfter(s, i, ordEnd, position, null, false, false); // second only to China
        }
        return r != null || k > ordEnd + 1 ? r : copulaPlace(s, i, ordEnd, k, position);
    }

    /**
     * {@code is third in the table}, {@code was second in the polls}, {@code is fifth among the member states},
     * {@code was 12th out of 30}, {@code is fourth in the world}: a copula, the ordinal and a list; not {@code is
     * second in command}, {@code was first in line}, {@code first among equals}, {@code was first in the nation to
     * …} (an order in time).
     */
    private Ranking copulaPlace(SentenceContext s, int i, int ordEnd, int k, int position) {
        if (!COPULAS.contains(s.lower(i - 1))) {
            return null;
        }
        String w = s.lower(k);
        boolean ranked = w.equals("among") && !s.lower(k + 1).equals("equals")
                || w.equals("out") && s.lower(k + 1).equals("of") && s.token(k + 2) != null
                && s.token(k + 2).isNumber()
                || (w.equals("in") || w.equals("on")) && (tableAhead(s, k + 1)
                || s.lower(k + 1).equals("the") && WHOLE.contains(s.lower(k + 2)));
        return ranked && !firstTo(s, k) ? withAfter(s, i, ordEnd, position, null, false, false) : null;
    }

    /** A "to" + verb later in the clause: "was first in the state to ban it" orders events, it ranks nothing. */
    private static boolean firstTo(SentenceContext s, int k) {
        for (int j = k; j < k + 10 && j < s.size(); j++) {
            Token t = s.token(j);
            if (!t.isWord() && !t.is("'s") && !t.is("-")) {
                return false;
            }
            if (t.lower().equals("to") && s.token(j + 1) != null && s.token(j + 1).isWord()
                    && !s.lower(j + 1).equals("the") && s.tag(j + 1).equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /** A place set by a verb before it: came a distant third, putting the UK third, ranked 5th, slipped to 14th. */
    private Ranking placeByVerb(SentenceContext s, int i, int ordEnd, int k, int position, boolean fromEnd) {
        String before = s.lower(i - 1);
        int v = SHARED_PLACE.contains(before) || fromEnd && before.equals("dead") ? i - 2
                : PLACE_MARGINS.contains(before) && (s.lower(i - 2).equals("a") || s.lower(i - 2).equals("an")) ? i - 3
                : i - 1;
        if (v < i - 1 && RANK_VERBS.contains(s.lower(v))) {
            return withAfter(s, v, ordEnd, position, null, false, fromEnd); // came a distant third, finished joint third
        }
        if (barePlaceEnds(s, k) && (putBefore(s, i) || pollShare(s, k) && s.token(i - 1) != null
                && s.token(i - 1).capitalized())) {
            return withAfter(s, i, ordEnd, position, null, false, fromEnd); // putting the UK third, the Tories second on 27%
        }
        if (RANK_VERBS.contains(before) || (before.equals("no") || before.equals("number"))
                && RANK_VERBS.contains(s.lower(i - 2))) {
            return withAfter(s, RANK_VERBS.contains(before) ? i - 1 : i, ordEnd, position, null, false, fromEnd);
        }
        if (before.equals("in") && RANK_VERBS.contains(s.lower(i - 2)) && barePlaceEnds(s, k)) {
            return withAfter(s, i - 2, ordEnd, position, null, false, fromEnd); // came in second, finished in last
        }
        int verb = i - 2;
        if (PLACE_STEPS.contains(s.lower(verb)) && groupSize(s.token(verb - 1)) > 0) {
            verb -= 2; // fell three places to 21st
        }
        verb = s.lower(verb).equals("up") || s.lower(verb).equals("down") ? verb - 1 : verb;
        if (before.equals("to") && MOVE_VERBS.contains(s.lower(verb)) && k == ordEnd + 1) {
            return withAfter(s, verb, ordEnd, position, null, false, fromEnd); // slipped to 14th, moved up to fourth
        }
        return null;
    }

    /**
     * The end of a from-end tail after an ordinal ending at {@code ordEnd}: {@code second to last}, {@code third
     * from (the) bottom}, {@code second-last}, {@code third-from-last}; -1 when there is none.
     */
    private static int fromEndTail(SentenceContext s, int ordEnd) {
        int k = skipHyphen(s, ordEnd + 1);
        String w = s.lower(k);
        if (w.equals("to") || w.equals("from")) {
            boolean from = w.equals("from");
            k = skipHyphen(s, k + 1);
            if (from && s.lower(k).equals("the")) {
                k++;
            }
            return !s.used(k) && (s.lower(k).equals("last") || from && s.lower(k).equals("bottom")) ? k : -1;
        }
        return !s.used(k) && (w.equals("last") || w.equals("bottom")) ? k : -1;
    }

    /** Past a hyphen glued on both sides at {@code k}, else {@code k}. */
    private static int skipHyphen(SentenceContext s, int k) {
        Token t = s.token(k);
        return t != null && t.is("-") && t.glued() && s.token(k + 1) != null && s.token(k + 1).glued() ? k + 1 : k;
    }

    /**
     * A place counted from the bottom at {@code i}: {@code penultimate}, {@code next to last}, {@code last but one}
     * (2), {@code last}, {@code bottom} (1), {@code the bottom five} (5 within), {@code bottom of the table},
     * {@code foot of the league} (1).
     */
    private Ranking fromEnd(SentenceContext s, int i) {
        String w = s.lower(i);
        String before = s.lower(i - 1);
        switch (w) {
            case "penultimate":
                return ordinalRanking(s, i, i, 2, true, false);
            case "next": {
                int to = skipHyphen(s, i + 1);
                int last = skipHyphen(s, to + 1);
                return s.lower(to).equals("to") && (s.lower(last).equals("last") || s.lower(last).equals("bottom"))
                        && !s.used(last)
                        ? ordinalRanking(s, i, last, 2, true, false) : null;
            }
            case "last":
                if (s.lower(i + 1).equals("but") && s.lower(i + 2).equals("one")) {
                    return ordinalRanking(s, i, i + 2, 2, true, false);
                }
                return ordinalRanking(s, i, i, 1, true, true);
            case "bottom": {
                if (before.equals("rock")) {
                    return null; // hit rock bottom
                }
                Ranking r = bottomOf(s, i);
                if (r == null && before.equals("the")) {
                    r = group(s, i, true);
                }
                return r != null ? r : ordinalRanking(s, i, i, 1, true, true);
            }
            default: // foot
                return bottomOf(s, i);
        }
    }

    /** {@code (at) the bottom of the league table}, {@code the foot of the table}: a ranked thing within five words. */
    private Ranking bottomOf(SentenceContext s, int i) {
        if (!s.lower(i + 1).equals("of")) {
            return null;
        }
        boolean the = s.lower(i - 1).equals("the");
        if (the && (NEAR.contains(s.lower(i - 2)) || s.lower(i - 2).equals("to") && s.lower(i - 3).equals("close"))) {
            return null; // near the bottom: not the last place
        }
        for (int k = i + 2; k <= i + 6 && k < s.size(); k++) {
            Token t = s.token(k);
            if (BOTTOM_OF.contains(t.lower())) {
                while (BOTTOM_OF.contains(s.lower(k + 1))) {
                    k++; // the league table
                }
                return withAfter(s, the ? i - 1 : i, k, 1, null, false, true);
            }
            if (!t.isWord() && !t.is("'s") && !t.is("-")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The rest of a from-end place: a place noun was not next. A verb sets it ({@code finished second to last},
     * {@code came dead last}, {@code slipped to bottom}), or a copula with a list after it ({@code is last among 38
     * countries}, {@code was second-to-last in the poll}), or a list right after it ({@code last out of 50}).
     */
    private Ranking fromEndPlace(SentenceContext s, int i, int ordEnd, int k, int position, boolean plain) {
        boolean list = !plain || (s.lower(i - 1).equals("in") ? barePlaceEnds(s, k) : placeEnds(s, k));
        if (list) {
            Ranking r = placeByVerb(s, i, ordEnd, k, position, true);
            if (r != null) {
                return r;
            }
        }
        String before = s.lower(i - 1);
        boolean lastWord = plain && s.lower(i).equals("last");
        boolean ranked = s.lower(k).equals("among") || s.lower(k).equals("out") && s.lower(k + 1).equals("of")
                || (s.lower(k).equals("in") || s.lower(k).equals("on")) && tableAhead(s, k + 1);
        if (COPULAS.contains(before) && (lastWord ? ranked : barePlaceEnds(s, k))
                || ranked && !DETERMINERS.contains(before) && !before.equals("a")) {
            return withAfter(s, before.equals("dead") ? i - 1 : i, ordEnd, position, null, false, true);
        }
        return null;
    }

    /**
     * After a bare {@code last} or {@code bottom} right after its verb: the end of the sentence, a preposition
     * ({@code came last in}), or a comma and one ({@code came last, behind}, {@code came last, with 3%}); not
     * {@code came last: news that …}, {@code came last, and …}.
     */
    private static boolean placeEnds(SentenceContext s, int k) {
        Token t = s.token(k);
        if (t == null || AFTER_BARE_PLACE.contains(t.lower())) {
            return true;
        }
        String w = t.lower();
        if (w.equals(",")) {
            Token u = s.token(k + 1);
            return u != null && (u.isNumber() || AFTER_BARE_PLACE.contains(u.lower()));
        }
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(")") || w.equals("\"") || w.equals("'");
    }

    /** A table noun within the next four words: (in) the OECD rankings, (on) the list. */
    private static boolean tableAhead(SentenceContext s, int k) {
        for (int j = k; j < k + 4 && j < s.size(); j++) {
            Token t = s.token(j);
            if (TABLE_NOUNS.contains(t.lower())) {
                return true;
            }
            if (!t.isWord() && !t.is("'s") && !t.is("-")) {
                return false;
            }
        }
        return false;
    }

    /** {@code finished in the last place}, {@code dropped to the last spot}: a rank or move verb before "the". */
    private static boolean placeSetBy(SentenceContext s, int j) {
        String w = s.lower(j);
        if (RANK_VERBS.contains(w) || MOVE_VERBS.contains(w)) {
            return true;
        }
        String v = s.lower(j - 1);
        return (w.equals("in") || w.equals("to") || w.equals("into")) && (RANK_VERBS.contains(v)
                || MOVE_VERBS.contains(v));
    }

    /** A whole number of at most three digits, or a small spelled cardinal; 0 otherwise. */
    private static int groupSize(Token t) {
        if (t == null) {
            return 0;
        }
        if (t.isNumber()) {
            String x = t.text();
            if (x.length() > 3) {
                return 0;
            }
            for (int c = 0; c < x.length(); c++) {
                if (x.charAt(c) < '0' || x.charAt(c) > '9') {
                    return 0;
                }
            }
            return Integer.parseInt(x);
        }
        Integer n = t.isWord() ? CARDINALS.get(t.lower()) : null;
        return n == null ? 0 : n;
    }

    /** A superlative at k: {@code largest}, {@code most corrupt} (not {@code most of}, {@code most people}). */
    private static boolean superlativeAhead(SentenceContext s, int k) {
        String w = s.lower(k);
        if (!SUPERLATIVES.contains(w) || w.equals("top") || w.equals("leading")) {
            return false;
        }
        if (w.equals("most") || w.equals("least")) {
            Token adj = s.token(k + 1);
            return adj != null && adj.isWord() && !adj.capitalized() && !isPluralNoun(adj.lower())
                    && !NOT_RANKED_AFTER_MOST.contains(adj.lower());
        }
        return true;
    }

    /**
     * {@code among the ten most corrupt countries}, {@code one of the three biggest banks}: a top group of
     * {@code count}, {@code oneOf} (not {@code between the two largest cities}, a mere reference).
     */
    private Ranking topGroup(SentenceContext s, int i, int count) {
        int end = s.lower(i + 1).equals("most") || s.lower(i + 1).equals("least") ? i + 2 : i + 1;
        return groupRanking(s, i - 1, end, count, false);
    }

    /** A top group from {@code first} (or the "one of" before it) to the superlative at {@code end} and its noun. */
    private Ranking groupRanking(SentenceContext s, int first, int end, int count, boolean fromEnd) {
        if (s.lower(first - 1).equals("of") && s.lower(first - 2).equals("one")) {
            first -= 2;
        }
        int head = headNoun(s, end + 1);
        return withAfter(s, first, head >= 0 ? head : end, count, list(s, end + 1), true, fromEnd);
    }

    /** After a bare place: the end, punctuation or a preposition ("third in NATO"), not a noun ("third time"). */
    private static boolean barePlaceEnds(SentenceContext s, int k) {
        Token t = s.token(k);
        return t == null || !t.isWord() && !t.isNumber() || AFTER_BARE_PLACE.contains(t.lower());
    }

    /** {@code putting the UK third}: a setting verb, then one to four words of a name (or "the"). */
    private static boolean putBefore(SentenceContext s, int i) {
        for (int j = i - 1; j >= i - 5 && j >= 0; j--) {
            Token t = s.token(j);
            if (PUT_VERBS.contains(t.lower())) {
                return j < i - 1;
            }
            if (!t.isWord() || !t.capitalized() && !t.lower().equals("the")) {
                return false;
            }
        }
        return false;
    }

    /** {@code on 27%}, {@code with 11 per cent} at k. */
    private static boolean pollShare(SentenceContext s, int k) {
        String w = s.lower(k);
        return (w.equals("on") || w.equals("at") || w.equals("with")) && s.token(k + 1) != null
                && s.token(k + 1).isNumber() && POINT_UNITS.contains(s.lower(k + 2)) && !s.lower(k + 2).equals("points")
                || (w.equals("on") || w.equals("at") || w.equals("with")) && s.token(k + 1) != null
                && s.token(k + 1).isNumber() && s.lower(k + 2).equals("per") && s.lower(k + 3).equals("cent");
    }

    /**
     * A lead in a poll: {@code leads on 38%}, {@code leads the ruling party by six points}, {@code leads in the
     * polls}; not {@code leads the inquiry}.
     */
    private static boolean pollLead(SentenceContext s, int i) {
        for (int k = i + 1; k <= i + 8 && k < s.size(); k++) {
            Token t = s.token(k);
            String w = t.lower();
            if (k == i + 1 && pollShare(s, k)) {
                return true;
            }
            if (w.equals("by") && groupSize(s.token(k + 1)) > 0 && POINT_UNITS.contains(s.lower(k + 2))
                    || POLL_NOUNS.contains(w)) {
                return true;
            }
            if (!t.isWord() && !t.is("'s")) {
                return false;
            }
        }
        return false;
    }

    /** {@code topped the index}, {@code tops the league table}: a table noun within four words. */
    private static boolean namesTable(SentenceContext s, int i) {
        if (!s.lower(i + 1).equals("the")) {
            return false;
        }
        for (int k = i + 2; k <= i + 5 && k < s.size(); k++) {
            Token t = s.token(k);
            if (TABLE_NOUNS.contains(t.lower())) {
                return true;
            }
            if (!t.isWord() && !t.is("'s") && !t.is("-")) {
                return false;
            }
        }
        return false;
    }

    private Ranking superlative(SentenceContext s, int i) {
        String w = s.lower(i);
        String before = s.lower(i - 1);
        if (IDIOMS.contains(w + " " + s.lower(i + 1))) {
            return null; // the best man, for the most part
        }
        if (w.equals("top") || w.equals("leading")) {
            if (!before.equals("the") && !before.equals("'s")) {
                return null;
            }
            Token next = s.token(i + 1);
            if (next == null || !next.isWord() || next.capitalized() || NOT_RANKED_AFTER_TOP
                    .contains(next.lower()) || SHARE_WORDS.contains(next.lower())) {
                return null; // the top third of earners: a share, a quantity
            }
            if (next.lower().equals("one")) {
                return topOne(s, before.equals("the") ? i - 1 : i, i); // the top one: a pronoun, a place only with a list after it
            }
        }
        boolean oneOf = before.equals("the") && s.lower(i - 2).equals("of") && s.lower(i - 3).equals("one");
        if (!DETERMINERS.contains(before) && !(s.token(i - 1) != null && s.token(i - 1).is("'s"))) {
            return null;
        }
        if ((w.equals("least") || w.equals("most")) && !before.equals("the") && !before.equals("'s")
                && !before.equals("its") && !before.equals("their")) {
            return null;
        }
        int end = i;
        if (w.equals("most") || w.equals("least")) {
            Token adj = s.token(i + 1);
            if (adj == null || !adj.isWord() || adj.capitalized() || isPluralNoun(adj.lower())
                    || NOT_RANKED_AFTER_MOST.contains(adj.lower())
                    && !RANKED_AFTER_MOST.contains(adj.lower())) {
                // "the most people" is an amount; "the most recent" no ranking worth checking
                if (adj == null || !POPULOUS.contains(adj.lower())) {
                    return null;
                }
            }
            end = i + 1;
        }
        if (w.equals("best") || w.equals("worst")) {
            Token next = s.token(i + 1);
            if (next == null || !next.isWord() || NOT_RANKED_AFTER_BEST.contains(next.lower())) {
                return null;
            }
        }
        end = compoundEnd(s, end); // its highest-profile, the most right-wing
        int first = oneOf ? i - 3 : before.equals("'s") ? i : i - 1;
        int head = headNoun(s, end + 1);
        String list = list(s, end + 1);
        return withAfter(s, first, head >= 0 ? head : end, 1, list, oneOf, false);
    }

    /**
     * {@code the top one in the league}, {@code the top one among …}: position 1 with the list after the
     * preposition; a bare {@code the top one} refers back to a noun it does not name, and {@code the top one
     * percent} is a share: no ranking.
     */
    private Ranking topOne(SentenceContext s, int first, int i) {
        String prep = s.lower(i + 2);
        if (!prep.equals("in") && !prep.equals("among") && !prep.equals("on")) {
            return null;
        }
        int k = s.lower(i + 3).equals("the") ? i + 4 : i + 3;
        String list = list(s, k);
        return list == null ? null : withAfter(s, first, i + 1, 1, list, false, false);
    }

    private static boolean isPluralNoun(String w) {
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous") && w.length() > 3;
    }

    /** {@code top five}, {@code the top 10}; with {@code fromEnd}, {@code the bottom five}. */
    private Ranking group(SentenceContext s, int i, boolean fromEnd) {
        Token next = s.token(i + 1);
        if (next == null) {
            return null;
        }
        Integer count = null;
        int end = i + 1;
        if (next.isNumber() && !next.text().contains(".") && next.text().length() <= 3) {
            count = Integer.parseInt(next.text().replace(",", ""));
        } else if (CARDINALS.containsKey(next.lower())) {
            count = CARDINALS.get(next.lower());
        }
        if (count == null || count < 2) {
            return null;
        }
        Token after = s.token(end + 1);
        if (after != null && after.glued() || TOP_AS_VERB.contains(s.lower(i - 1))
                || s.lower(end + 1).equals("percent") || s.lower(end + 1).equals("per")
                || s.lower(end + 1).equals("percentile") || fromEnd && PARTS.contains(s.lower(end + 1))) {
            return null; // "will top 200mph", "top 5%", "the bottom two floors": a verb, a measure, a part
        }
        return groupRanking(s, s.lower(i - 1).equals("the") ? i - 1 : i, end, count, fromEnd);
    }

    /** The noun right after a superlative or place word, when it is one word of lower case. */
    private static int headNoun(SentenceContext s, int k) {
        Token t = s.token(k);
        if (t != null && t.capitalized() && s.token(k + 1) != null && s.token(k + 1).isWord()
                && !s.token(k + 1).capitalized() && !LIST_STOP.contains(s.lower(k + 1))
                && !NOUN_STOPS.contains(s.lower(k + 1))) {
            return k + 1; // most populous Catholic country
        }
        if (t == null || !t.isWord() || t.capitalized() || LIST_STOP.contains(t.lower())
                || NOUN_STOPS.contains(t.lower())) {
            return -1;
        }
        k = compoundEnd(s, k); // medical-marijuana
        // adjective + noun: longest land border
        Token u = s.token(k + 1);
        if (u != null && u.isWord() && !u.capitalized() && !LIST_STOP.contains(u.lower())
                && !LIST_TRIM.contains(u.lower())
                && !u.lower().endsWith("ing") && !u.lower().endsWith("ed") && !u.lower().endsWith("ly")
                && !verbAfterNoun(s, k + 1)) {
            return compoundEnd(s, k + 1);
        }
        return k;
    }

    /**
     * A verb right after a noun at j: "(the most gun) laws tend", "(biggest) applause came". Only a verb form
     * without -s (a plural subject's verb or a past tense): the tagger takes plural nouns for verbs too often.
     */
    /** Common past forms without -ed. */
    private static final Set<String> IRREGULAR_PAST = Words.set("came", "gave", "said", "took", "made", "won",
            "lost", "went", "rose", "fell", "grew", "saw", "got", "led", "left", "held", "told", "paid", "spent",
            "sold", "built", "brought", "found", "became", "began", "ran", "hit", "cut", "put", "set", "kept", "met",
            "sent", "stood", "drew", "fought", "struck", "wrote", "spoke", "chose", "knew", "felt", "meant", "sought");

    private static boolean verbAfterNoun(SentenceContext s, int j) {
        Token t = s.token(j);
        Token p = s.token(j - 1);
        return t != null && p != null && t.isWord() && !t.capitalized() && !t.lower().endsWith("s")
                && p.isWord() && !p.is("'s") && !p.capitalized() && !LIST_TRIM.contains(p.lower())
                && !NOUN_STOPS.contains(p.lower())
                // such a verb follows a plural ("laws tend") or is a past form ("-ed", "applause came"): only
                // then is the POS model asked, which costs a pass over the sentence
                && (p.lower().endsWith("s") || t.lower().endsWith("ed") || IRREGULAR_PAST.contains(t.lower()))
                && s.tag(j).equals("VERB");
    }

    /** The last word of a hyphenated compound starting at word k ({@code medical-marijuana}), else k. */
    private static int compoundEnd(SentenceContext s, int k) {
        while (s.token(k + 2) != null && s.token(k + 1).is("-") && s.token(k + 1).glued() && s.token(k + 2).glued()
                && s.token(k + 2).isWord()) {
            k += 2;
        }
        return k;
    }

    /** What is ranked: the words after the superlative up to a verb or clause boundary, at most eight. */
    private static String list(SentenceContext s, int k) {
        int end = k - 1;
        for (int j = k; j < s.size() && j < k + 8; j++) {
            Token t = s.token(j);
            if (!t.isWord() && !t.is("'s") && !t.is("-") || t.is("-") && !t.glued()) {
                break; // a spaced dash opens an aside: "the four big banks - Bank of …"
            }
            String w = t.lower();
            if (LIST_STOP.contains(w) || !t.capitalized() && j > k && (w.endsWith("ing") || w.endsWith("ed")
                    || verbAfterNoun(s, j))) {
                break; // a verb ends the list: "the most gun laws tend to"
            }
            end = j;
        }
        while (end >= k && (LIST_TRIM.contains(s.lower(end)) || s.token(end).is("-"))) { // "state in the union -"
            end--;
        }
        return end >= k ? s.span(k, end) : null;
    }

    private Ranking withAfter(SentenceContext s, int first, int last, int position, String list, boolean oneOf,
            boolean fromEnd) {
        String after = null;
        for (int j = last + 1; j <= last + 8 && j < s.size(); j++) {
            String w = s.lower(j);
            if (w.equals("after") || w.equals("behind")
                    || w.equals("to") && s.lower(j - 1).equals("only") || w.equals("trailing")) {
                int a = j + 1;
                if (s.lower(a).equals("the")) {
                    a++;
                }
                int b = a;
                while (b < s.size() && s.token(b).isWord() && (s.token(b).capitalized()
                        || s.lower(b).equals("of") && s.token(b + 1) != null && s.token(b + 1).capitalized())) {
                    b++;
                }
                if (b > a) {
                    after = s.span(s.lower(j + 1).equals("the") ? j + 1 : a, b - 1);
                }
                break;
            }
            if (!s.token(j).isWord()) {
                break;
            }
        }
        return ranking(s, first, last, position, list, after, oneOf, fromEnd);
    }

    /** The ranking from {@code first} to {@code last}, with the size of its field when the text gives one. */
    private Ranking ranking(SentenceContext s, int first, int last, int position, String list, String after,
            boolean oneOf, boolean fromEnd) {
        Field field = fieldAfter(s, first, last);
        if (field == null) {
            field = fieldBefore(s, first);
        } else if (field.size() >= position && field.start() == last + 1 && (list == null || list.startsWith("of ")
                || list.startsWith("among ") || list.startsWith("out of ")) && fieldNoun(s, field.end() + 1)) {
            list = list(s, field.end() + 1); // the lowest of any of the 27 EU members: "EU members"
        }
        Integer outOf = field == null || field.size() < position ? null : field.size(); // "10th of 5": no field
        s.use(first, last);
        return new Ranking(s.originalStart(first), s.originalEnd(last), s.span(first, last), position, list, after,
                oneOf, fromEnd, outOf);
    }

    /** The size of a field, from the index of its first word to that of the last token of its number. */
    private record Field(int size, int start, int end) {
    }

    /** A noun right after a field's number names what is ranked: (49th out of 50) states, (of the 27) EU members. */
    private static boolean fieldNoun(SentenceContext s, int k) {
        Token t = s.token(k);
        return t != null && t.isWord() && !LIST_STOP.contains(t.lower()) && !LIST_TRIM.contains(t.lower());
    }

    /**
     * The size of the field right after a place: {@code out of 50 (states)}, {@code among (the) 12}, {@code of the
     * 38 OECD members}, {@code of all 50}, {@code of any of the 27}, {@code in a field of 40}, and a bare {@code of
     * 27 (countries)} after the place word itself ({@code came 3rd of 27}, not {@code the largest town of 900
     * people}: the size of the town); no {@code of} after a part ({@code the biggest share of the 27 budgets}).
     * {@code out of} and {@code among} may follow a short phrase: {@code ranks second in the nation out of 50
     * states}.
     */
    private static Field fieldAfter(SentenceContext s, int first, int last) {
        int k = last + 1;
        if (s.lower(k).equals("of") && PARTS_OF.contains(s.lower(last))) {
            return null; // the biggest slice of the 246,570 cases
        }
        Field n = fieldAt(s, k, rankWordEnds(s, first, last));
        if (n != null || !FIELD_GAP_OPENERS.contains(s.lower(k))) {
            return n;
        }
        for (int j = k + 1; j <= k + 5 && j < s.size(); j++) {
            Token t = s.token(j);
            String w = t.lower();
            if (w.equals("out") && s.lower(j + 1).equals("of") || w.equals("among")) {
                return fieldAt(s, j, false);
            }
            if (!t.isWord() && !t.is("'s") && !t.is("-") || LIST_STOP.contains(w)) {
                return null;
            }
        }
        return null;
    }

    /**
     * A field at {@code k}: {@code out of} or {@code among} and a number; {@code of} and {@code the}, {@code all
     * (the)}, {@code any of the} or a possessive ({@code Canada's}) and a number (a bare {@code of} and a number only
     * with {@code bareOf}); {@code in a field of} and a number.
     */
    private static Field fieldAt(SentenceContext s, int k, boolean bareOf) {
        String w = s.lower(k);
        int n;
        if (w.equals("out") && s.lower(k + 1).equals("of")) {
            n = k + 2;
        } else if (w.equals("among") || w.equals("of")) {
            n = k + 1;
        } else if ((w.equals("in") || w.equals("from")) && s.lower(k + 1).equals("a")
                && s.lower(k + 2).equals("field") && s.lower(k + 3).equals("of")) {
            return fieldNumber(s, k, k + 4); // placed 7th in a field of 40
        } else {
            return null;
        }
        if (w.equals("of") && s.lower(n).equals("any") && s.lower(n + 1).equals("of")) {
            n += 2; // the lowest of any of the 27 EU members
        }
        boolean determined = false;
        if (s.lower(n).equals("all")) {
            n++;
            determined = true;
        }
        if (s.lower(n).equals("the")) {
            n++;
            determined = true;
        }
        int owner = possessiveEnd(s, n);
        if (owner > 0) {
            n = owner + 1; // of Canada's 10 provinces, among the nation's 50 governors
            determined = true;
        }
        return w.equals("of") && !determined && !bareOf ? null : fieldNumber(s, k, n);
    }

    /** The {@code 's} that ends one to three words from {@code k} ({@code Canada's}, {@code the country's}), or -1. */
    private static int possessiveEnd(SentenceContext s, int k) {
        for (int j = k; j <= k + 3 && j < s.size(); j++) {
            Token t = s.token(j);
            if (t.is("'s") && j > k) {
                return j;
            }
            if (!t.isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The number of a field at {@code k}: whole digits (not a year, {@code 20th}, {@code 1990s}, {@code 5%},
     * {@code 2.5}, nor a number another reader took) or a spelled number ({@code twelve}, {@code twenty-seven}),
     * not the start of a measure, a span of time or a range ({@code 2 million}, {@code 12 months}, {@code 10 to 12}).
     */
    private static Field fieldNumber(SentenceContext s, int from, int k) {
        Token t = s.token(k);
        if (t == null || s.used(k)) {
            return null;
        }
        int end = k;
        int value;
        if (t.isNumber()) {
            String x = t.text().replace(",", "");
            if (x.isEmpty() || x.length() > 7 || !x.chars().allMatch(Character::isDigit)
                    || x.length() == 4 && !t.text().contains(",") && x.compareTo("1800") >= 0
                    && x.compareTo("2100") <= 0) {
                return null; // a decimal, or a year: "the top 10 of 2023"
            }
            value = Integer.parseInt(x);
        } else if (t.isWord() && FIELD_WORDS.containsKey(t.lower())) {
            value = FIELD_WORDS.get(t.lower());
            Token unit = s.token(k + 2);
            if (value >= 20 && value % 10 == 0 && s.lower(k + 1).equals("-") && unit != null && unit.glued()
                    && FIELD_WORDS.containsKey(unit.lower()) && FIELD_WORDS.get(unit.lower()) < 10) {
                value += FIELD_WORDS.get(unit.lower()); // twenty-seven
                end = k + 2;
            }
        } else {
            return null;
        }
        Token next = s.token(end + 1);
        if (value < 2 || next != null && (next.glued() && !FIELD_CLOSERS.contains(next.lower())
                || NOT_A_FIELD.contains(next.lower()))) {
            return null; // the 20th century, the 1990s, 2023's, 5%, 2 million, 12 months
        }
        return new Field(value, from, end);
    }

    /**
     * The place ends on its place word (an ordinal, a number, a superlative, last or bottom, a place noun) rather
     * than on a noun after it: only then may a bare {@code of N} give the field ({@code came 3rd of 27}, {@code the
     * bottom 10 of 50 states}; not {@code the largest town of 900 people}).
     */
    private static boolean rankWordEnds(SentenceContext s, int first, int last) {
        Token t = s.token(last);
        if (!t.isWord()) {
            return true; // a number: No. 5, the top 10
        }
        String w = t.lower();
        return ORDINAL_SUFFIXES.contains(w) && last > first && s.token(last - 1).isNumber()
                || SUPERLATIVES.contains(w) || FROM_END_WORDS.contains(w) || PLACE_NOUNS.contains(w)
                || ordinal(s, last) != null;
    }

    /**
     * A field that opens the sentence, ended by a comma before the place: {@code Of the 50 states, Alabama ranks
     * 49th}, {@code Among 38 OECD countries, Finland is 14th}.
     */
    private static Field fieldBefore(SentenceContext s, int first) {
        int k = s.lower(0).equals("and") || s.lower(0).equals("but") ? 1 : 0;
        String w = s.lower(k);
        if (!(w.equals("of") || w.equals("among") || w.equals("out") && s.lower(k + 1).equals("of"))) {
            return null;
        }
        for (int j = k + 1; j < first && j <= k + 10; j++) {
            if (s.lower(j).equals(",")) {
                return fieldAt(s, k, true);
            }
        }
        return null;
    }

    private Ranking make(SentenceContext s, int first, int last, int position) {
        return withAfter(s, first, last, position, null, false, false);
    }
}
