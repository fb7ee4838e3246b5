package org.factcheck.engine.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.text.Digits;
import org.factcheck.engine.text.Words;
import org.factcheck.engine.text.SentenceContext;
import org.factcheck.engine.text.Token;
import org.factcheck.engine.time.TimeExtractor;

/**
 * Finds the figures of a sentence and normalises them: value, unit (ISO 4217, UCUM-style symbol, {@code %},
 * {@code pp}, or the singular counted noun), qualifier, range bounds and rate. Reads tokens left to right;
 * dates must already be marked used by the {@link TimeExtractor}. Stateless and thread-safe.
 */
public final class QuantityExtractor {

    private static final Set<String> TIME_UNIT_WORDS = Words.set("year", "years", "month", "day", "week");
    private static final Set<String> TIME_UNIT_SINGULARS = Words.set("year", "month", "day", "week");
    private static final Set<String> LOOSE_QUALIFIERS = Words.set("over", "under", "up", "down", "top", "near", "passed");
    private static final Set<String> YEAR_PREPOSITIONS = Words.set("the", "in", "of", "since", "by", "until", "from", "between",
            "during", "for", "before", "after", "'s", "and", "to", "through", "early", "late", "mid", "-", "fiscal",
            "its", "their", "this", "that", "at", "on", "his", "her", "our", "my", "your");
    private static final Set<String> SQUARE_LENGTHS = Words.set("km", "m", "mi", "ft", "cm", "yd");
    private static final Set<String> CUBIC_LENGTHS = Words.set("km", "m", "ft", "cm");
    private static final Set<String> SPACED_SYMBOLS = Words.set("km", "kg", "mi", "ft", "cm", "mm", "oz", "lb",
            "\u03bcg", "\u00b5g", "\u03bcm", "\u00b5m");
    /** ≥ ⩾ ≤ ⩽: at least / at most written as signs. */
    private static final Set<String> BOUND_SIGNS = Set.of("\u2265", "\u2a7e", "\u2264", "\u2a7d");
    /**
     * One-letter symbols read with a space before them when what follows ends the figure ("75 g of", "24 h,");
     * not {@code m}: "turnover reached 5 m." may be millions (a spaced m is metres only by {@link #METRE_AFTER}).
     */
    private static final Set<String> SPACED_LETTERS = Set.of("g", "l", "L", "s", "h", "t");
    private static final Set<String> SYMBOL_ENDS = Words.set("of", ")", ",", ".", ";", ":", "]", "!", "?");
    /** Signs a minus may be glued to: "~-3%", "(-5 °C", "≤-2 °C". */
    private static final Set<String> SIGNS_BEFORE = Set.of("~", "(", "[", "<", ">", "\u2264", "\u2265", "=");
    private static final Set<String> COMPASS = Set.of("N", "S", "E", "W");
    private static final Set<String> RANGE_JOINERS = Words.set("to", "and", "or", "-");
    /** What after a spaced {@code m} makes it metres: "200 m wide", "a 100 m sprint", "3 m/s" (not "5 m jobs"). */
    private static final Set<String> METRE_AFTER = Words.set("long", "wide", "high", "tall", "deep", "thick", "across",
            "away", "apart", "above", "below", "beneath", "underground", "sprint", "race", "hurdles", "freestyle",
            "butterfly", "backstroke", "breaststroke", "medley", "relay", "dash", "depth", "offshore", "inland",
            "downstream", "upstream", "/", "\u00b2", "\u00b3");
    /**
     * Whether a spaced {@code m} at {@code k} means million: before a plural not measured in metres ({@code 5 m
     * units}), or opening a range that ends so ({@code 5 m to 10 m people}).
     */
    private static boolean spacedMillion(SentenceContext s, int k) {
        int noun = k + 1;
        if (RANGE_JOINERS.contains(s.lower(k + 1)) && s.token(k + 2) != null && s.token(k + 2).isNumber()
                && s.token(k + 3) != null && s.token(k + 3).text().equals("m") && !s.token(k + 3).glued()) {
            noun = k + 4;
        }
        Token t = s.token(noun);
        return t != null && t.isWord() && Lexicon.looksPlural(t.text()) && !METRE_PLURALS.contains(t.lower());
    }

    /** Words that make a letter after a number a temperature scale ({@code C}, {@code K}) anywhere in the sentence. */
    private static final Set<String> TEMPERATURE_WORDS = Words.set("temperature", "temperatures", "degrees", "kelvin",
            "celsius", "heat", "heatwave", "hot", "hotter", "hottest", "cold", "colder", "coldest", "warm", "warmer",
            "warmest", "cool", "cooler", "cooled", "heated", "freezing", "frost", "thermometer", "mercury", "weather",
            "forecast", "highs", "lows", "cryogenic", "superconducting", "boils", "melts", "freezes", "zero");
    /** Words before a number that lead to a temperature reading: {@code reached 44C}, {@code to 30C}. */
    private static final Set<String> TEMPERATURE_BEFORE = Words.set("to", "of", "at", "reached", "reach", "reaching",
            "hit", "hits", "hitting", "topped", "peaked", "around", "about", "above", "below", "than", "minus",
            "near", "nearly", "almost", "over", "under", "high", "low", "from", "between", "degrees");
    /** Words after a glued {@code K} that make it a distance run: {@code a 5K run}. */
    private static final Set<String> RACE_WORDS = Words.set("run", "race", "walk", "swim", "row");
    /** Plurals measured in metres after a spaced {@code m}: {@code the 400 m hurdles}, {@code 10 m waves}. */
    private static final Set<String> METRE_PLURALS = Words.set("hurdles", "relays", "waves", "walls", "cliffs",
            "trees", "towers", "pools", "dunes", "drops", "depths", "heights", "lengths", "sprints", "swells",
            "yachts", "boats", "ships", "poles", "steps", "jumps", "falls", "seas", "tides", "rolls", "pipes",
            "intervals", "laps", "races", "events", "finals", "heats", "swims", "dives", "platforms", "buildings");
    private static final Set<String> POWER_UNITS = Words.set("kW", "MW", "GW", "TW");
    private static final Set<String> SPEED_LENGTHS = Words.set("km", "mi", "m");
    private static final Set<String> HOUR_WORDS = Words.set("h", "hr", "hour");
    private static final Set<String> ARTICLE_RATES = Words.set("year", "month", "week", "day", "hour", "capita", "person",
            "barrel", "share", "head", "night", "minute", "second", "household", "t", "kg", "l", "gal", "oz", "lb",
            "decade", "season", "term", "semester", "quarter");
    private static final Set<String> EVERY_RATES = Words.set("year", "month", "week", "day", "hour", "night", "season");
    private static final Set<String> NOT_A_RATE_AFTER = Words.set("earlier", "ago", "before", "later", "after", "prior");
    /** "a year from now": no rate; "deaths a year from the disease": one. */
    private static final Set<String> FROM_A_TIME = Words.set("now", "today", "then", "that", "this", "next", "last");
    private static final Set<String> ARTICLES = Words.set("a", "an", "the", "its", "his", "her", "their");
    /** Units that are as often the body or a moment: one foot in the door, not one inch, in a second. */
    private static final Set<String> BODY_UNITS = Words.set("ft", "in", "s");
    private static final Set<String> DURATION_UNITS = Words.set("a", "mo", "wk", "d", "h", "min", "season");
    private static final Set<String> TIME_PREFIXES = Words.set("mid", "pre", "post", "early", "late", "us", "non", "over",
            "under");
    private static final Set<String> AGE_UNITS = Words.set("year", "years", "month", "months", "week", "weeks", "day",
            "days");

    /** Words that end a counted noun phrase. */
    private static final Set<String> FUNCTION_WORDS = Words.set("of", "in", "on", "at", "to", "for", "from", "with",
            "by", "and", "or", "but", "that", "who", "which", "whose", "were", "was", "are", "is", "be", "been",
            "have", "had", "has", "will", "would", "could", "should", "may", "might", "can", "the", "a", "an", "this",
            "these", "those", "their", "its", "his", "her", "our", "my", "your", "per", "than", "as", "into", "over",
            "under", "after", "before", "since", "during", "between", "among", "about", "across", "through", "out",
            "up", "down", "more", "less", "fewer", "each", "every", "all", "some", "no", "not", "while", "when",
            "where", "if", "because", "so", "then", "also", "only", "just", "last", "next", "ago", "later",
            "earlier", "old", "in", "s", "there", "they", "he", "she", "it", "we", "you", "i", "what", "whom",
            "such", "most", "least", "other", "another", "both", "either", "neither", "do", "did", "does", "got",
            "get", "against", "within", "without", "including", "like", "than", "already", "still", "yet", "even",
            "around", "approximately", "nearly", "almost", "roughly", "annually", "monthly", "daily", "weekly",
            "yearly", "respectively", "apiece", "alone", "total", "overall", "altogether", "combined", "near",
            "outside", "inside", "along", "behind", "beyond", "toward", "towards", "onto", "upon", "via", "off",
            "beside", "besides", "amid", "despite");

    /** What may follow the last number of a list of names: "Games 6 and 7 were", "Articles 5 and 6 of". */
    private static final Set<String> LIST_ENDS = Words.set("and", "or", "of", "in", "on", "to", "were", "was", "are",
            "is", "have", "had", "show", "shows", "showed");
    /** Words before a spelled number of years or months that make it a period: {@code the next two years}. */
    private static final Set<String> PERIOD_WORDS = Words.set("last", "next", "past", "first", "previous",
            "coming", "final");

    private static final Set<String> DETERMINERS = Words.set("the", "these", "those", "its", "their", "his", "her",
            "our", "my", "your", "all", "both", "first", "last", "next", "other", "every", "each", "whose", "which",
            "'s");

    /** Names that take a number: {@code Section 427}, {@code Article 5}, {@code Flight 370}. */
    private static final Set<String> NAME_PREFIXES = Words.set("section", "sections", "article", "articles", "chapter",
            "paragraph", "clause", "amendment", "resolution", "title", "annex", "appendix", "schedule", "flight",
            "route", "highway", "interstate", "gate", "platform", "terminal", "apollo", "windows", "iphone",
            "boeing", "airbus", "formula", "proposition", "prop", "decree", "directive", "protocol", "precinct",
            "no", "nos", "number", "#", "psalm", "verse", "vol", "volume", "page", "pages", "p", "pp", "fig",
            "figure", "exhibit", "ward", "district", "room", "suite", "apartment", "apt", "channel", "studio",
            "bus", "tram", "train", "exit", "lot", "galaxy", "pixel", "ps", "xbox", "covid", "sars", "mig", "su",
            "tu", "il", "an", "model", "version", "level", "phase", "stage", "season", "episode", "category",
            "grade", "class", "type", "series", "round", "game", "match", "week", "day", "part", "unit", "block",
            "zone", "sector", "line", "lane", "row", "seat", "table", "item", "group", "division", "league", "bill",
            "act", "law", "rule", "regulation", "order", "code", "mark", "mk", "g", "f", "s", "b", "c", "a", "t",
            "u", "r", "k", "ch", "art", "sec", "para", "pt", "hole", "lap", "stage", "ligue", "serie", "bundesliga");

    /**
     * Prefixes of {@link #CAPITALISED_ONLY} that name a grade in lower case too, before a whole number below 100:
     * {@code a phase 3 trial}, {@code type 2 diabetes}, {@code stage 4 cancer}, {@code a category 5 storm}; not after
     * a modal ({@code will stage 3 concerts}), nor after {@code to} before a plural ({@code to level 4 charges}).
     */
    private static final Set<String> LOWER_CASE_GRADES = Words.set("phase", "type", "category", "stage", "level",
            "grade", "season", "episode", "series", "tier");
    private static final Set<String> MODALS = Words.set("will", "would", "can", "could", "may", "might", "must",
            "shall", "should", "did", "do", "does", "not", "n't", "'ll", "'d");

    /** Prefixes that count as names only when capitalised ({@code Game 7}, not {@code game 7}). */
    private static final Set<String> CAPITALISED_ONLY = Words.set("model", "version", "level", "phase", "stage",
            "season", "episode", "category", "grade", "class", "type", "series", "round", "game", "match", "week",
            "day", "part", "unit", "block", "zone", "sector", "line", "lane", "row", "seat", "table", "item", "group",
            "division", "league", "bill", "act", "law", "rule", "regulation", "order", "code", "mark", "an",
            "room", "exit", "lot", "bus", "train", "number", "hole", "lap", "a", "s", "t", "c", "b", "g", "f", "u",
            "r", "k");

    /** Currencies whose hundredth is called a cent. */
    private static final Set<String> CENT_CURRENCIES = Words.set("USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD",
            "TWD", "ZAR", "KES");

    /** People named by age: "children under 12", "those over 65". */
    private static final Set<String> AGE_GROUPS = Words.set("children", "kids", "people", "those", "adults",
            "anyone", "everyone", "women", "men", "girls", "boys", "pensioners", "residents", "voters", "teenagers",
            "patients", "citizens", "individuals", "persons", "youngsters", "users", "drivers", "workers");

    private static final Set<String> STREET_WORDS = Words.set("street", "st", "avenue", "ave", "road", "rd",
            "boulevard", "blvd", "lane", "drive", "way", "place", "square", "court", "terrace", "crescent",
            "parkway", "alley", "strasse", "straße", "prospekt", "embankment", "row", "highway", "pike");

    private static final Set<String> TIME_OF_DAY = Words.set("am", "pm", "gmt", "utc", "bst", "cet", "cest", "est",
            "edt", "pst", "pdt", "msk", "ist", "hrs", "local");


    private static final Set<String> CHANGE_UP = Words.set("up", "rose", "rise", "rises", "rising", "risen",
            "increased", "increase", "increases", "increasing", "grew", "grow", "grows", "growing", "grown",
            "gained", "gain", "gains", "climbed", "climbs", "climb", "jumped", "jumps", "jump", "soared", "soars",
            "surged", "surges", "added", "adds", "spiked", "rallied", "advanced", "boosted",
            "expanded", "widened", "higher", "hiked", "swelled", "rebounded", "skyrocketed", "skyrocketing",
            "skyrockets", "ballooned", "balloons", "soar", "soaring", "surge", "surging", "jumping", "climbing",
            "leaps", "leapt", "leaped", "leaping", "rocketed", "rocketing", "spikes", "spiking", "rallies",
            "rallying", "advances", "advancing", "expands", "expanding", "widens", "widening");
    private static final Set<String> CHANGE_DOWN = Words.set("down", "fell", "fall", "falls", "falling", "fallen",
            "dropped", "drop", "drops", "dropping", "declined", "decline", "declines", "declining", "decreased",
            "decrease", "decreases", "cut", "cuts", "cutting", "lost", "lose", "loses", "losing", "slumped",
            "slumps", "plunged", "plunges", "plummeted", "tumbled", "shrank", "shrunk", "shrinks", "slid", "slides",
            "sank", "sinks", "dipped", "dips", "eased", "reduced", "reduces", "slashed", "lowered", "lower",
            "retreated", "contracted", "narrowed", "shed", "sheds", "trimmed", "weakened", "slump", "slumping",
            "plunge", "plunging", "plummet", "plummets", "plummeting", "tumble", "tumbles", "tumbling", "shrink",
            "shrinking", "slide", "sliding", "dip", "dipping", "slashes", "slashing", "sunk");
    private static final Set<String> CHANGE_NOUNS_UP = Words.set("increase", "rise", "jump", "gain", "growth",
            "hike", "surge", "spike", "boost", "climb", "uptick", "expansion", "raise", "increment");
    private static final Set<String> CHANGE_NOUNS_DOWN = Words.set("decrease", "decline", "drop", "fall", "cut",
            "reduction", "loss", "slump", "dip", "plunge", "contraction", "slide", "shrinkage", "downturn");

    /** Words that make an age a statistic: "a mean age of 61 years", "median age 45". */
    private static final Set<String> AVERAGES = Words.set("mean", "average", "median", "typical", "avg");
    private static final Set<String> AGE_WORDS = Words.set("aged", "ages", "age", "pages", "page", "chapters",
            "verses", "items", "rows", "columns", "slides", "lines", "paragraphs", "sections", "articles", "rules");
    private static final Set<String> OPENING_HOURS = Words.set("open", "opens", "opened", "closed", "closes",
            "shut", "work", "works", "worked", "working", "runs", "run", "staffed", "served", "available");
    private static final Set<String> MONEY_VERBS = Words.set("fined", "fine", "cost", "costs", "costing", "paid",
            "pay", "pays", "paying", "worth", "raised", "spent", "spend", "spends", "charged", "charge", "charges",
            "priced", "earn", "earns", "earned", "earning", "salary", "wage", "rent", "budget", "price", "donated",
            "owed", "owes", "compensation", "bill", "fee", "fees", "sold", "bought", "awarded", "grant");
    /** "hundreds of", "tens of thousands of": vague multiples, read as at least the scale. */
    private static final Set<String> EARLY_YEAR_BEFORE = Words.set("in", "of", "since", "from", "until", "till",
            "by", "before", "after", "around", "circa", "c.", "year");
    /** Words between a number and its counted noun: {@code 133 other people}, {@code 3 more days}. */
    private static final Set<String> OTHER_WORDS = Words.set("other", "more", "additional", "further", "extra",
            "new", "fewer");
    /** Plural nouns a year names the period of ({@code 1988 sales}, {@code 2019 levels}): no counted nouns. */
    private static final Set<String> YEAR_MODIFIED = Words.set("sales", "earnings", "profits", "revenues", "results",
            "figures", "elections", "levels", "prices", "budgets", "accounts", "exports", "imports", "olympics",
            "games", "totals", "returns", "numbers", "estimates", "forecasts", "rankings", "standings",
            "championships", "finals", "playoffs", "midterms", "primaries", "polls", "rates", "costs", "emissions");
    /** Units a bare number before "to"/"and" takes from the number after it when the pair is no range. */
    private static final Set<String> SHARED_UNITS = Words.set("%", "pp", "point");
    /** Words before "from X to Y" that make it a range, whichever bound comes first. */
    private static final Set<String> RANGE_VERBS = Words.set("ranged", "range", "ranges", "ranging", "varied",
            "vary", "varies", "varying", "spanning", "spans", "spanned");
    private static final Map<String, Qualifier> PHRASES = phrases();
    /**
     * Words after which {@code about}, {@code over} or {@code under} names a topic or a superior, not a hedge:
     * {@code evidence about 14 deaths}, {@code a dispute over 40 acres}, {@code served under 4 prime ministers}.
     * Not verbs that take an object or a clause, where the hedge is the usual reading: {@code asked about 500
     * residents to leave}, {@code warned about 2,000 jobs could go}, {@code wrote about 40 books}.
     */
    private static final Map<String, Set<String>> TOPIC_HEADS = Words.map(Map.of(
            "about", Words.set("evidence", "question", "questions", "concern", "concerns", "worries", "fears",
                    "complaints", "allegations", "information", "details", "story", "stories", "news", "talk",
                    "talks", "talked", "talking", "spoke", "speak", "speaks", "complained", "testified", "debate",
                    "documentary", "film", "book"),
            "over", Words.set("dispute", "disputes", "row", "rows", "battle", "battles", "fight", "clash", "clashes",
                    "feud", "standoff", "argument", "arguments", "wrangle", "tussle", "lawsuit", "anger", "outrage",
                    "protest", "protests", "concern", "concerns", "fears", "worries", "talks", "negotiations",
                    "arrested", "jailed", "questioned", "probe", "inquiry", "investigation", "sacked", "resigned",
                    "criticism", "controversy", "scandal", "tensions"),
            "under", Words.set("served", "serving", "serve", "serves", "worked", "working", "played", "playing",
                    "trained", "studied")));
    /** What a factor compares with: {@code three times the cost}, {@code double what it was}. */
    private static final Set<String> COMPARED_WITH = Words.set("the", "that", "what", "its", "their", "his", "her",
            "our", "your", "my", "this", "those", "these");
    /** Words after {@code N times} that make it a factor: {@code as many}, {@code more}, {@code the size}. */
    private static final Set<String> FACTOR_AFTER = Words.set("as", "more", "less", "fewer", "the", "that", "what",
            "its", "their", "his", "her", "our", "your", "my", "this", "those", "these", "higher", "greater", "larger",
            "bigger", "lower", "smaller", "faster", "better", "worse", "likelier");
    /** Predeterminers of a comparison by a factor: {@code twice as many}, {@code double the rate}. */
    private static final Map<String, Double> FACTOR_WORDS = Words.map(Map.of("twice", 2.0, "thrice", 3.0,
            "double", 2.0, "triple", 3.0, "treble", 3.0, "quadruple", 4.0));
    /** Modal and infinitive markers: after them {@code double the tax} is a verb, a change. */
    private static final Set<String> VERB_MARKERS = Words.set("to", "will", "would", "could", "can", "may", "might",
            "should", "must", "'ll");
    private static final Map<String, Double> MULTIPLIER_VERBS = Words.map(Map.of("doubled", 2.0, "tripled", 3.0,
            "trebled", 3.0, "quadrupled", 4.0, "halved", 0.5));
    /** Every word {@link #multiplierVerbs} reads, for one look-up a token: the verbs, the comparisons, "half". */
    private static final Map<String, Double> FACTOR_TOKENS = factorTokens();

    private static Map<String, Double> factorTokens() {
        Map<String, Double> m = new java.util.HashMap<>(MULTIPLIER_VERBS);
        m.putAll(FACTOR_WORDS);
        m.put("half", 0.5);
        return Words.map(m);
    }
    private static final int LONGEST_PHRASE = 5;
    /** What a legislature passes: {@code passed 3 bills} is no threshold passed. */
    private static final Set<String> LAWS = Words.set("bill", "law", "measure", "amendment", "resolution",
            "budget", "ordinance", "act", "reform", "motion", "cut", "increase", "hike", "raise", "package");
    /** Before "up to", a sum, not a bound: {@code adds up to $5,000}. */
    private static final Set<String> ADDING = Words.set("add", "adds", "added", "adding", "totals", "totaled",
            "totalled", "amounts", "amounted");
    /** Words between a change verb and its figure that leave the change: {@code grew only 2%}. */
    private static final Set<String> TRANSPARENT = Words.set("only", "just", "another");

    private static Map<String, Qualifier> phrases() {
        Map<String, Qualifier> m = new java.util.HashMap<>();
        for (String p : List.of("about", "approximately", "approx", "approx.", "around", "roughly", "some", "nearly",
                "almost", "an estimated", "estimated", "estimated at", "close to", "circa", "ca.", "c.", "~",
                "just about", "in the region of", "on the order of", "an approximate", "approximate", "about a",
                "some a", "reportedly", "rough", "an approximately", "put at", "pegged at", "near", "nigh on",
                "in the order of", "of the order of", "of order")) {
            m.put(p, Qualifier.APPROXIMATE);
        }
        for (String p : List.of("more than", "over", "above", "exceeded", "exceeds", "exceeding", "exceed",
                "upwards of", "upward of", "in excess of", "topped", "tops", "top", "surpassed", "surpasses", "surpass",
                "just over", "well over", "greater than", "higher than", "north of", "beyond", ">", "well above",
                "just above", "better than", "larger than", "bigger than", "longer than", "older than", "passed")) {
            m.put(p, Qualifier.MORE_THAN);
        }
        for (String p : List.of("at least", "no fewer than", "no less than", "a minimum of", "not less than",
                "not fewer than", "at a minimum", "minimum of", "minimum", ">=", "> =", "\u2265", "\u2a7e",
                "start from", "starts from", "starting from", "start at", "starts at", "starting at",
                "greater than or equal to", "more than or equal to", "equal to or greater than", "equal to or more than")) {
            m.put(p, Qualifier.AT_LEAST);
        }
        for (String p : List.of("less than", "under", "fewer than", "below", "approaching", "nearing",
                "just under", "short of", "lower than", "shy of", "just shy of", "just below", "well under",
                "well below", "<", "smaller than", "shorter than", "younger than", "not quite", "approaches",
                "approached", "falls short of", "fell short of")) {
            m.put(p, Qualifier.LESS_THAN);
        }
        for (String p : List.of("at most", "up to", "no more than", "a maximum of", "not more than", "as many as",
                "as much as", "as high as", "maximum of", "maximum", "at the most", "not exceeding", "capped at",
                "<=", "< =", "\u2264", "\u2a7d", "a ceiling of", "less than or equal to", "equal to or less than",
                "equal to or fewer than", "fewer than or equal to")) {
            m.put(p, Qualifier.AT_MOST);
        }
        for (String v : CHANGE_UP) {
            m.put(v, Qualifier.INCREASE);
            m.put(v + " by", Qualifier.INCREASE);
            m.putIfAbsent(v + " of", Qualifier.INCREASE);
        }
        for (String v : CHANGE_DOWN) {
            m.put(v, Qualifier.DECREASE);
            m.put(v + " by", Qualifier.DECREASE);
            m.putIfAbsent(v + " of", Qualifier.DECREASE);
        }
        for (String v : CHANGE_NOUNS_UP) {
            m.put(v + " of", Qualifier.INCREASE);
        }
        for (String v : CHANGE_NOUNS_DOWN) {
            m.put(v + " of", Qualifier.DECREASE);
        }
        m.remove("loss of"); // "a net loss of $2m" is an amount, not a change
        // "raised $50k" is money collected; "raised by 50 basis points" is a change
        m.put("raised by", Qualifier.INCREASE);
        m.put("raising by", Qualifier.INCREASE);
        m.put("raise by", Qualifier.INCREASE);
        m.put("raises by", Qualifier.INCREASE);
        m.remove("lose of");
        // "rose to 5%" is the new level, not the change; "up to" is a bound
        m.put("up to", Qualifier.AT_MOST);
        m.put("up from", Qualifier.EXACT);
        m.put("down from", Qualifier.EXACT);
        return Words.map(m);
    }

    /** A figure being built. Token indices inclusive. */
    private static final class Candidate {
        int first;
        int last;
        int numFirst;
        int numLast;
        double value;
        double scale;
        String unit;
        String per;
        Qualifier qualifier = Qualifier.EXACT;
        Double low;
        Double high;
        boolean explicitUnit;
        boolean fraction;
        boolean spelledOnly;
        /** A spelled small number kept only if it starts a range ("three to five years"). */
        boolean provisional;
        /** The smaller unit last added to this figure ("40 minutes" of "3 hours 40 minutes"), or null. */
        String part;
    }

    public List<Quantity> extract(SentenceContext s) {
        return extract(s, null);
    }

    /**
     * @param documentCurrency the currency last named in the document, for bare minor units ("down 19 cents")
     */
    public List<Quantity> extract(SentenceContext s, String documentCurrency) {
        maskCodes(s);
        List<Candidate> found = new ArrayList<>();
        List<Quantity> folds = null;
        for (int i = 0; i < s.size(); i++) {
            if (s.used(i)) {
                continue;
            }
            boolean number = mayStartNumber(s, i);
            Token t = s.token(i);
            int fold = number || t.isWord() && t.lower().endsWith("fold") ? fold(s, i) : -1;
            if (fold >= 0) {
                folds = folds == null ? new ArrayList<>(2) : folds;
                i = foldFactor(s, i, fold, folds);
                continue;
            }
            if (!number) {
                continue;
            }
            if (s.token(i).isNumber() && slashed(s, i) && !fractionOfUnit(s, i)) {
                i = skipSlashed(s, i, found);
                continue;
            }
            NumberPhrase p = NumberPhrase.digitRatio(s, i);
            if (p == null) {
                p = NumberPhrase.read(s, i);
            }
            if (p == null) {
                continue;
            }
            Candidate c = interpret(s, p, documentCurrency);
            if (c == null) {
                i = p.last();
                continue;
            }
            found.add(c);
            if (c.unit != null && c.unit.length() == 3 && Lexicon.ISO_CODES.contains(c.unit)) {
                documentCurrency = c.unit;
            }
            i = c.last;
        }
        List<Candidate> compounds = mergeCompounds(s, found);
        listUnits(s, compounds);
        List<Candidate> merged = mergeRanges(s, compounds);
        elidedNouns(s, merged);
        restatedChanges(s, merged);
        List<Quantity> out = new ArrayList<>(merged.size());
        for (Candidate c : merged) {
            if (c.provisional) {
                continue;
            }
            if (c.qualifier == Qualifier.AT_MOST && c.high == null) {
                c.high = c.value; // up to 40 km
            } else if (c.qualifier == Qualifier.AT_LEAST && c.low == null) {
                c.low = c.value; // at least 3
            }
            out.add(new Quantity(s.originalStart(c.first), s.originalEnd(c.last), s.span(c.first, c.last),
                    c.value, c.unit, c.qualifier, c.low, c.high, c.per));
        }
        multiplierVerbs(s, out);
        if (folds != null) {
            out.addAll(folds);
        }
        out.sort(Comparator.comparingInt(Quantity::start));
        return out;
    }

    /** A change restated in other terms is the same change: "rose 20 points, or 0.2%", "fell £3m, or 4%". */
    private static void restatedChanges(SentenceContext s, List<Candidate> found) {
        for (int k = 1; k < found.size(); k++) {
            Candidate a = found.get(k - 1);
            Candidate b = found.get(k);
            int k0 = a.last + 1;
            if (s.lower(k0).equals("higher") || s.lower(k0).equals("lower")) {
                k0++; // "closed 41 points higher, or 0.4%"
            }
            if (b.qualifier == Qualifier.EXACT && (a.qualifier == Qualifier.INCREASE || a.qualifier == Qualifier.DECREASE)
                    && b.first == k0 + 2 && s.lower(k0).equals(",") && s.lower(k0 + 1).equals("or")) {
                b.qualifier = a.qualifier;
            }
        }
    }

    /**
     * {@code doubled}, {@code tripled}, {@code quadrupled}, {@code halved}: a change by a factor, unit {@code ×},
     * INCREASE (DECREASE for {@code halved}); {@code more than doubled} is MORE_THAN, {@code nearly doubled}
     * APPROXIMATE (one qualifier per figure). Past forms only: {@code double} and {@code doubles} are as often
     * adjectives and nouns ({@code a double room}, {@code the doubles final}).
     */
    private static void multiplierVerbs(SentenceContext s, List<Quantity> out) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            Double any = t.isWord() && !s.used(i) ? FACTOR_TOKENS.get(t.lower()) : null;
            if (any == null) {
                continue; // one look-up a token
            }
            if (FACTOR_WORDS.containsKey(t.lower())) {
                comparedBy(s, i, any, out);
                continue;
            }
            if (t.lower().equals("half")) {
                inHalf(s, i, out);
                continue;
            }
            double factor = any;
            String before = s.lower(i - 1);
            if (before.equals("a") || before.equals("an") || before.equals("the") || s.lower(i + 1).equals("down")) {
                continue; // "a doubled dose", "doubled down" (an idiom)
            }
            Qualifier q = factor > 1 ? Qualifier.INCREASE : Qualifier.DECREASE;
            if (before.equals("than") && s.lower(i - 2).equals("more")) {
                q = Qualifier.MORE_THAN;
            } else if (PHRASES.get(before) == Qualifier.APPROXIMATE) {
                q = Qualifier.APPROXIMATE; // nearly doubled
            }
            out.add(new Quantity(s.originalStart(i), s.originalEnd(i), s.span(i, i), factor, "×", q, null, null,
                    null));
        }
    }

    /**
     * {@code twice as many}, {@code double the rate}, {@code triple what it was}: a comparison by a factor, unit
     * {@code ×}; INCREASE when {@code double} is a verb after a modal or {@code to} ({@code would double the tax}).
     * Only before {@code as}, {@code the}, {@code what} …, so {@code voted twice}, {@code a double room} are none.
     */
    private static void comparedBy(SentenceContext s, int i, double factor, List<Quantity> out) {
        String after = s.lower(i + 1);
        String before = s.lower(i - 1);
        boolean twice = s.lower(i).equals("twice") || s.lower(i).equals("thrice");
        boolean comparison = twice ? FACTOR_AFTER.contains(after)
                || after.length() > 4 && after.endsWith("er") && s.lower(i + 2).equals("than")
                : COMPARED_WITH.contains(after) && !before.equals("a") && !before.equals("the");
        if (!comparison) {
            return; // voted twice, a double room, the triple crown
        }
        Qualifier q = !twice && VERB_MARKERS.contains(before) ? Qualifier.INCREASE
                : before.equals("than") && s.lower(i - 2).equals("more") ? Qualifier.MORE_THAN
                : PHRASES.get(before) == Qualifier.APPROXIMATE ? Qualifier.APPROXIMATE : Qualifier.EXACT;
        out.add(new Quantity(s.originalStart(i), s.originalEnd(i), s.span(i, i), factor, "×", q, null, null, null));
    }

    /**
     * {@code cut in half}, {@code slashed the backlog nearly in half}, {@code drops by half}: {@code in/by half} after
     * a verb of falling up to four words back is 0.5 {@code ×}, DECREASE (APPROXIMATE after {@code nearly} …).
     */
    private static void inHalf(SentenceContext s, int i, List<Quantity> out) {
        String next = s.lower(i + 1);
        boolean by = s.lower(i - 1).equals("by") && !next.equals("a") && !next.equals("an") && !next.equals("of")
                && !next.equals("the"); // not "narrowed by half a point"
        if (!(s.lower(i - 1).equals("in") || by) || s.used(i - 1)) {
            return;
        }
        int from = i - 2;
        Qualifier q = Qualifier.DECREASE;
        if (PHRASES.get(s.lower(from)) == Qualifier.APPROXIMATE) {
            q = Qualifier.APPROXIMATE;
            from--;
        }
        for (int j = from; j >= 0 && j > from - 4; j--) {
            Token t = s.token(j);
            if (!t.isWord()) {
                return;
            }
            if (CHANGE_DOWN.contains(t.lower())) {
                out.removeIf(f -> f.start() == s.originalStart(i)); // "cut in half the number": not a share
                out.add(new Quantity(s.originalStart(i - 1), s.originalEnd(i), s.span(i - 1, i), 0.5, "×", q, null,
                        null, null));
                return;
            }
        }
    }

    /**
     * The last token of a {@code -fold} factor starting at {@code i} ({@code tenfold}, {@code five-fold},
     * {@code 3-fold}), or -1.
     */
    private static int fold(SentenceContext s, int i) {
        Token t = s.token(i);
        if (s.used(i) || t == null) {
            return -1;
        }
        if (t.isWord() && t.lower().length() > 4 && t.lower().endsWith("fold")
                && Lexicon.NUMBER_WORDS.containsKey(t.lower().substring(0, t.lower().length() - 4))) {
            return i;
        }
        if (!s.lower(i + 2).equals("fold") || !s.lower(i + 1).equals("-") || !s.token(i + 1).glued()
                || !s.token(i + 2).glued() || s.used(i + 2)) {
            return -1;
        }
        return t.isNumber() || t.isWord() && Lexicon.NUMBER_WORDS.containsKey(t.lower()) ? i + 2 : -1;
    }

    /** A {@code -fold} factor: unit ×, INCREASE after a verb of growth or before "increase/rise". */
    private static int foldFactor(SentenceContext s, int i, int last, List<Quantity> out) {
        String w = last == i ? s.lower(i).substring(0, s.lower(i).length() - 4) : s.lower(i);
        Integer n = Lexicon.NUMBER_WORDS.get(w);
        double factor = n != null ? n : Digits.value(s.token(i).text());
        String before = s.lower(i - 1);
        String after = s.lower(last + 1);
        Qualifier q = CHANGE_UP.contains(before) || CHANGE_UP.contains(s.lower(i - 2)) && before.equals("a")
                || CHANGE_NOUNS_UP.contains(after) ? Qualifier.INCREASE
                : CHANGE_DOWN.contains(before) || CHANGE_NOUNS_DOWN.contains(after) ? Qualifier.DECREASE
                : PHRASES.get(before) == Qualifier.APPROXIMATE ? Qualifier.APPROXIMATE
                : before.equals("than") && s.lower(i - 2).equals("more") ? Qualifier.MORE_THAN : Qualifier.EXACT;
        out.add(new Quantity(s.originalStart(i), s.originalEnd(last), s.span(i, last), factor, "×", q, null, null,
                null));
        s.use(i, last);
        return last;
    }

    /** Whether a unit is an ISO 4217 currency code. */
    public static boolean isCurrency(String unit) {
        return unit != null && unit.length() == 3
                && (Lexicon.ISO_CODES.contains(unit) || Lexicon.ICU_CURRENCY_CODES.contains(unit));
    }

    /**
     * Whether the year-like number at {@code i} is a count ({@code 2000 people}, {@code $2020},
     * {@code 1900 km}) rather than a year.
     */
    public static boolean looksLikeCount(SentenceContext s, int i) {
        Token prev = s.token(i - 1);
        if (prev != null && (Lexicon.CURRENCY_SYMBOLS.containsKey(prev.text()) || isIsoCode(prev.text()))) {
            return true;
        }
        Token next = s.token(i + 1);
        if (next == null) {
            return false;
        }
        String w = next.lower();
        if (w.equals("%") || w.equals("percent") || w.equals("per") && s.lower(i + 2).equals("cent")
                || Lexicon.SCALES.containsKey(w) && !w.endsWith("s") || Lexicon.CURRENCY_WORDS.containsKey(w)
                || next.isWord() && next.glued() && !w.equals("s")
                || Lexicon.MEASURES.containsKey(w) && !TIME_UNIT_WORDS.contains(w)
                && !(w.equals("second") && s.token(i + 2) != null && s.token(i + 2).isWord()) // 1988 second quarter
                || w.equals("-") && next.glued() && Lexicon.MEASURES.containsKey(s.lower(i + 2))
                && !TIME_UNIT_SINGULARS.contains(s.lower(i + 2))) {
            return true;
        }
        if (YEAR_MODIFIED.contains(w)) {
            return false; // 1988 sales, 2019 levels
        }
        String before = s.lower(i - 1);
        boolean qualified = PHRASES.containsKey(before) && !LOOSE_QUALIFIERS.contains(before)
                || before.equals("than") || before.equals("least") || before.equals("most");
        boolean plural = next.isWord() && !next.capitalized() && Lexicon.looksPlural(next.text());
        if (qualified && plural) {
            return true;
        }
        return plural && (prev == null || !YEAR_PREPOSITIONS.contains(before));
    }

    /** "1/4 mile", "3/8 inch", "1/2-mile": a simple fraction before a measure unit. */
    private static boolean fractionOfUnit(SentenceContext s, int i) {
        int d = NumberPhrase.slashFraction(s, i);
        if (d < 0) {
            return false;
        }
        int u = s.lower(d + 1).equals("-") ? d + 2 : d + 1;
        Token t = s.token(u);
        return t != null && t.isWord() && (Lexicon.MEASURES.containsKey(t.lower())
                || Lexicon.ICU_MEASURES.containsKey(t.lower()) || Lexicon.CASED_MEASURES.containsKey(t.text()));
    }

    /** 1/3, 24/7, 12/05/2021: digits joined by slashes. */
    private static boolean slashed(SentenceContext s, int i) {
        Token slash = s.token(i + 1);
        Token after = s.token(i + 2);
        return slash != null && slash.is("/") && slash.glued() && after != null && after.isNumber() && after.glued();
    }

    /** "1/3 of voters" is a fraction; other slashed numbers (dates, 24/7, scores) are skipped. */
    private int skipSlashed(SentenceContext s, int i, List<Candidate> found) {
        int last = i + 2;
        while (slashed(s, last)) {
            last += 2;
        }
        Token a = s.token(i);
        Token b = s.token(i + 2);
        if (last == i + 2 && s.lower(i + 3).equals("of") && !a.text().contains(",") && !b.text().contains(",")) {
            double n = Digits.value(a.text());
            double d = Digits.value(b.text());
            if (n > 0 && d > n && d <= 100) {
                Candidate c = new Candidate();
                c.first = i;
                c.last = i + 2;
                c.numFirst = i;
                c.numLast = i + 2;
                c.value = n / d;
                c.scale = 1;
                c.fraction = true;
                qualifierBefore(s, c);
                found.add(c);
            }
        }
        s.use(i, last);
        return last;
    }

    private static boolean mayStartNumber(SentenceContext s, int i) {
        Token t = s.token(i);
        if (t.isNumber()) {
            return true;
        }
        if (!t.isWord()) {
            return Lexicon.VULGAR_FRACTIONS.containsKey(t.text());
        }
        String w = t.lower();
        return Lexicon.NUMBER_WORDS.containsKey(w) || w.equals("a") || w.equals("an") || w.equals("half")
                || NumberPhrase.VAGUE.containsKey(w) || w.equals("several");
    }

    /** Phone numbers and codes: integer runs with a leading zero or three and more groups. */
    private static void maskCodes(SentenceContext s) {
        int n = s.size();
        for (int i = 0; i < n; i++) {
            Token t = s.token(i);
            if (!t.isNumber() || s.used(i) || t.text().contains(".") || t.text().contains(",")) {
                continue;
            }
            int j = i;
            int groups = 1;
            boolean leadingZero = t.text().length() > 1 && t.text().charAt(0) == '0';
            while (j + 1 < n) {
                Token next = s.token(j + 1);
                if (next.isNumber() && !next.text().contains(",") && !next.text().contains(".")) {
                    groups++;
                    leadingZero |= next.text().length() > 1 && next.text().charAt(0) == '0';
                    j++;
                } else if ((next.is("-") || next.is(")") || next.is("(") || next.is("."))
                        && s.token(j + 2) != null && s.token(j + 2).isNumber()
                        && !s.token(j + 2).text().contains(",")) {
                    j++;
                } else {
                    break;
                }
            }
            // +44 20 …, (020) 7946 …; not a share in parentheses: (10-30%)
            boolean plus = s.lower(i - 1).equals("+") || s.lower(i - 1).equals("(") && s.lower(i + 1).equals(")");
            if (groups >= 3 || leadingZero && groups >= 2 || plus && groups >= 2 && j > i) {
                s.use(plus ? i - 1 : i, j);
                i = j;
            }
        }
    }

    private Candidate interpret(SentenceContext s, NumberPhrase p, String documentCurrency) {
        int a = p.first();
        int b = p.last();
        Candidate c = new Candidate();
        c.numFirst = a;
        c.numLast = b;
        c.value = p.value();
        c.scale = p.scale();
        c.fraction = p.fraction();
        c.spelledOnly = p.words() && !p.digits();
        c.first = a;
        if (p.digits() && !p.fraction() && (nameOrCode(s, a) || citation(s, a, b) || dottedCode(s, a, b)
                || timeOfDay(s, a, b) || age(s, a, b)
                || street(s, b) || listNumber(s, a, b))) {
            return null;
        }
        if (c.spelledOnly && age(s, a, b) || p.digits() && (namedRange(s, a - 2, a - 1) || namedRange(s, a, b + 1))) {
            return null;
        }
        if (p.digits() && a == b && (tally(s, b) || shortYear(s, a) || decadeOfLife(s, b))) {
            return null;
        }
        int k = b + 1;
        // currency before the number
        String currency = null;
        Token prev = s.token(a - 1);
        if (prev != null && !s.used(a - 1) && !c.fraction) {
            String sym = Lexicon.CURRENCY_SYMBOLS.get(prev.text());
            if (sym != null) {
                currency = sym;
                c.first = a - 1;
                Token before = s.token(a - 2);
                if (prev.is("$") && before != null && before.isWord()
                        && Lexicon.DOLLAR_PREFIXES.containsKey(before.lower())
                        && (prev.glued() || before.lower().equals("us"))) {
                    currency = Lexicon.DOLLAR_PREFIXES.get(before.lower());
                    c.first = a - 2;
                }
            } else if (prev.isWord() && isIsoCode(prev.text())) {
                currency = prev.text().equals("RMB") ? "CNY" : prev.text();
                c.first = a - 1;
            } else if (prev.isWord() && (prev.text().equals("Rs") || prev.text().equals("INR"))) {
                currency = "INR";
                c.first = a - 1;
            } else if (prev.isWord() && (prev.text().equals("RM") || prev.text().equals("Rp"))) {
                currency = prev.text().equals("RM") ? "MYR" : "IDR"; // RM2.5 billion, Rp 10,000
                c.first = a - 1;
            } else if (prev.isWord() && (prev.lower().equals("dlrs") || prev.lower().equals("dlr"))) {
                currency = "USD"; // news agency style: dlrs 1 million, US dlrs 5 billion
                c.first = s.lower(a - 2).equals("us") ? a - 2 : a - 1;
            } else if (prev.is(".") && s.token(a - 2) != null && s.token(a - 2).text().equals("Rs")) {
                currency = "INR";
                c.first = a - 2;
            }
        }
        // glued short scale: 5m, 50k, 3.5b
        Token next = s.token(k);
        if (next != null && next.isWord() && p.digits() && p.scale() == 1 && !c.fraction
                && (next.glued() || currency != null || next.text().equals("m"))
                && Lexicon.SHORT_SCALES.containsKey(next.lower())) {
            String w = next.lower();
            boolean moneyAfter = currencyAfter(s, k + 1);
            boolean strong = w.equals("bn") || w.equals("mn") || w.equals("tn");
            boolean plural = s.token(k + 1) != null && s.token(k + 1).isWord()
                    && Lexicon.looksPlural(s.token(k + 1).text());
            if (strong && next.glued() || currency != null || moneyAfter
                    || ((w.equals("m") || w.equals("k")) && next.glued() && plural) // 5m people, 12k jobs
                    // 300K, the 100K mark; not a 5K run
                    || w.equals("k") && next.glued() && !temperature(s, a, b, true)
                    && !RACE_WORDS.contains(s.lower(k + 1))
                    || next.text().equals("m") && !next.glued() && spacedMillion(s, k)) {
                double sc = Lexicon.SHORT_SCALES.get(w);
                c.value *= sc;
                c.scale = sc;
                k++;
            }
        }
        // "350 grand", "fifty grand a year": thousands, of money when money is about; not "23 grand slams"
        boolean grand = k == b + 1 && p.scale() == 1 && !c.fraction && s.token(k) != null && !s.used(k)
                && s.token(k).text().equals("grand") && !(s.token(k + 1) != null && s.token(k + 1).isWord()
                && ("NOUN".equals(s.tag(k + 1)) || "PROPN".equals(s.tag(k + 1))));
        if (grand) {
            c.value *= 1000;
            c.scale = 1000;
            k++;
            if (currency == null && (documentCurrency != null || moneyContext(s, a, k - 1))) {
                currency = documentCurrency != null ? documentCurrency : "USD";
            }
        }
        if (k == b + 1 && p.digits() && c.scale == 1 && next != null && next.glued() && next.lower().equals("k")
                && RACE_WORDS.contains(s.lower(k + 1))) {
            k = unit(c, "km", k + 1); // a 5K run, the 10K race: kilometres
        }
        boolean plus = k == b + 1 && p.digits() && s.lower(k).equals("+") && s.token(k).glued()
                && s.token(k + 1) != null && s.token(k + 1).isWord() && !s.used(k + 1);
        boolean dashPlus = k == b + 1 && s.lower(k).equals("-") && s.token(k).glued() && s.lower(k + 1).equals("plus")
                && s.token(k + 1).glued();
        if (plus) {
            k++; // "27+ miles": the unit after the plus
        } else if (dashPlus) {
            k += 2; // "10-plus years", "5 million-plus"
            plus = true;
            Double sc = Lexicon.SCALES.get(s.lower(k));
            if (sc != null && sc >= 1000 && !s.lower(k).endsWith("s") && c.scale == 1) {
                c.value *= sc; // "$11-plus trillion"
                c.scale = sc;
                k++;
            }
        }
        if (!c.fraction) {
            k = suffix(s, c, k, currency, documentCurrency);
        } else if ((s.lower(k).equals("a") || s.lower(k).equals("an")) && s.lower(k - 1).equals("half")) {
            k = fractionUnit(s, c, k, k + 1, documentCurrency); // half a percentage point, half a point
        } else if (s.lower(k).equals("of") && (s.lower(k + 1).equals("a") || s.lower(k + 1).equals("an"))) {
            // "a quarter of a percentage point", "a tenth of a point"; "half a mile" is read by the number itself
            k = fractionUnit(s, c, k, k + 2, documentCurrency);
        }
        boolean spokenCents = c.explicitUnit && isCurrency(c.unit) && c.value == Math.rint(c.value)
                && k > b + 1 && Lexicon.CURRENCY_WORDS.containsKey(s.lower(k - 1)) && spokenCents(s, c, k);
        if (spokenCents) {
            k = c.last + 1;
        }
        if (c.unit == null && currency != null) {
            if (currency.equals("USD/100")) {
                c.value /= 100;
                currency = "USD";
            }
            c.unit = currency;
            c.explicitUnit = true;
        }
        // a glued word that is no unit: 4G, 3D, 19th, 7am
        if (k == b + 1 && s.token(k) != null && s.token(k).isWord() && s.token(k).glued()) {
            return null;
        }
        k = rate(s, c, k);
        if (c.per == null && c.explicitUnit) {
            ofRate(s, c, k); // 3 million litres of water a week
        }
        if (c.unit == null && !c.fraction) {
            k = countNoun(s, c, k);
            if (c.per == null) {
                k = rate(s, c, k);
            }
        }
        c.last = Math.max(b, k - 1);
        if (c.spelledOnly && !c.fraction && c.scale == 1) {
            // "the two countries", "one of": spelled small numbers count only with a counted noun
            boolean hyphenUnit = c.explicitUnit && c.value >= 1 && s.lower(b + 1).equals("-")
                    && s.token(b + 1).glued(); // the three-ton satellite
            double said = p.value(); // before cents become hundredths
            // one dollar, one litre, an hour and a half; not "one day", "a second", "one of"
            boolean oneUnit = said == 1 && c.explicitUnit && (compoundFollows(s, c.last) || spokenCents
                    || !DURATION_UNITS.contains(c.unit) && !BODY_UNITS.contains(c.unit) && s.lower(a).equals("one"));
            boolean period = c.value > 1 && c.unit != null && DURATION_UNITS.contains(c.unit)
                    && PERIOD_WORDS.contains(s.lower(a - 1)); // the next two years, our last three months
            if (!hyphenUnit && !period && (said < 1 || said == 1 && !oneUnit || c.unit == null
                    || DETERMINERS.contains(s.lower(a - 1)))) {
                if (said < 1 || !rangeStart(s, a, b)) {
                    return null;
                }
                c.provisional = true;
            }
        }
        if (c.fraction && c.value >= 1) {
            return null;
        }
        if (c.explicitUnit && c.per == null && p.value() >= 1 && p.value() == Math.rint(p.value()) && !c.fraction
                && s.lower(c.last + 1).equals("and") && s.lower(c.last + 2).equals("a")
                && s.lower(c.last + 3).equals("half") && !s.used(c.last + 3)) {
            c.value = c.value / p.value() * (p.value() + 0.5); // an hour and a half, a year and a half
            c.last += 3;
        }
        if (!c.explicitUnit && p.digits() && !c.fraction && p.scale() == 1 && c.scale == 1 && a == b
                && c.unit == null && (TimeExtractor.isYear(s.token(a)) || earlyYear(s, a))) {
            return null;
        }
        if (c.unit == null && p.digits() && a == b && c.first == a && namedNumber(s, a)) {
            return null; // Soyuz 36, Apollo 11, Route 66
        }
        negative(s, c);
        qualifierBefore(s, c);
        qualifierAfter(s, c);
        if (c.qualifier == Qualifier.EXACT && s.lower(c.numLast + 1).equals("fewer") && c.last > c.numLast + 1) {
            c.qualifier = Qualifier.DECREASE; // "130,000 fewer jobs": a difference
        }
        if (p.vague() && c.qualifier == Qualifier.EXACT) {
            c.qualifier = Qualifier.AT_LEAST;
        }
        if (plus && c.qualifier == Qualifier.EXACT) {
            c.qualifier = Qualifier.MORE_THAN;
        }
        return c;
    }

    /**
     * A whole number right after a name and with nothing counted: {@code Soyuz 36}, {@code Apollo 11}, {@code Route
     * 66}. A capital at the start of the sentence counts only when the POS model calls the word a proper noun.
     */
    private static boolean namedNumber(SentenceContext s, int a) {
        Token name = s.token(a - 1);
        Token t = s.token(a);
        if (name == null || !name.capitalized() || t.text().length() > 4
                || !t.text().chars().allMatch(Character::isDigit) || PHRASES.containsKey(name.lower())
                || FUNCTION_WORDS.contains(name.lower()) || rangeStart(s, a, a)
                || TimeExtractor.isMonthName(name.lower()) || s.lower(a + 1).equals("-")
                || s.lower(a + 1).equals("%")) {
            return false;
        }
        return a - 1 > 0 || s.tag(a - 1).equals("PROPN");
    }

    /** "5-to-4", "7-to-2": a vote or a score written with "-to-"; both numbers are dropped. */
    private static boolean tally(SentenceContext s, int b) {
        Token second = s.token(b + 3);
        if (s.lower(b + 1).equals("-") && s.token(b + 1).glued() && s.lower(b + 2).equals("to")
                && s.token(b + 2).glued() && s.lower(b + 3).equals("-") && s.token(b + 3).glued()
                && s.token(b + 4) != null && s.token(b + 4).isNumber() && s.token(b + 4).glued()) {
            s.use(b, b + 4);
            return true;
        }
        return false;
    }

    /** 1066, 1780: a year before 1800 after a word that dates ("in 1776", "the constitution of 1780"). */
    private static boolean earlyYear(SentenceContext s, int a) {
        String t = s.token(a).text();
        return t.length() == 4 && t.charAt(0) == '1' && t.charAt(1) <= '7' && t.chars().allMatch(Character::isDigit)
                && EARLY_YEAR_BEFORE.contains(s.lower(a - 1));
    }

    /** '16, '90s: a year written with an apostrophe. */
    private static boolean shortYear(SentenceContext s, int a) {
        Token t = s.token(a);
        Token before = s.token(a - 2);
        return t.text().length() == 2 && t.glued() && s.lower(a - 1).equals("'")
                && (before == null || !before.isWord() || !s.token(a - 1).glued());
    }

    /** "in his 20s", "her mid-30s": a decade of someone's life, no figure. */
    private static boolean decadeOfLife(SentenceContext s, int b) {
        Token t = s.token(b);
        Token next = s.token(b + 1);
        return next != null && next.is("s") && next.glued() && t.text().length() == 2 && t.text().endsWith("0");
    }

    /** "three to five", "between four and six", "two-three": a number that opens a range. */
    private static boolean rangeStart(SentenceContext s, int a, int b) {
        String joiner = s.lower(b + 1);
        Token next = s.token(b + 2);
        boolean number = next != null && (next.isNumber() || Lexicon.NUMBER_WORDS.containsKey(next.lower()));
        return number && (joiner.equals("to") || joiner.equals("-") || joiner.equals("or") || joiner.equals("through")
                || joiner.equals("and") && s.lower(a - 1).equals("between"));
    }

    /**
     * Whether the numbers at {@code first} and {@code joiner + 1} form a range of ages or of names: "aged between
     * 18 and 65", "pages 10-15", "chapters 3 to 5".
     */
    private static boolean namedRange(SentenceContext s, int first, int joiner) {
        String j = s.lower(joiner);
        Token a = s.token(first);
        Token b = s.token(joiner + 1);
        if (!(j.equals("-") || j.equals("to") || j.equals("and")) || a == null || !a.isNumber() || b == null
                || !b.isNumber()) {
            return false;
        }
        int at = first - 1;
        if (s.lower(at).equals("between") || s.lower(at).equals("from")) {
            at--;
        }
        String before = s.lower(at);
        if (before.equals("of") && AGE_WORDS.contains(s.lower(at - 1))) {
            return true; // the ages of 18 and 29
        }
        if (AGE_WORDS.contains(before)) {
            return true;
        }
        if (!NAME_PREFIXES.contains(before) || CAPITALISED_ONLY.contains(before) && !s.token(at).capitalized()) {
            return false;
        }
        if (j.equals("and") && counted(s, joiner + 2)) {
            return false; // Flight 370 and 239 passengers: a count after a name
        }
        return before.length() > 1 || s.token(first).glued(); // "a 10-15% rise" is no name
    }

    /** Whether a plural noun, after at most one adjective, starts at {@code k}: something counted. */
    private static boolean counted(SentenceContext s, int k) {
        if (s.token(k) != null && s.token(k).isWord() && "ADJ".equals(s.tag(k))) {
            k++;
        }
        Token t = s.token(k);
        return t != null && t.isWord() && !t.capitalized() && (Lexicon.looksPlural(t.text())
                || Lexicon.IRREGULAR.containsKey(t.lower())) && "NOUN".equals(s.tag(k));
    }

    private static boolean isIsoCode(String text) {
        return text.length() == 3 && Character.isUpperCase(text.charAt(0)) && Character.isUpperCase(text.charAt(2))
                && Lexicon.ISO_CODES.contains(text);
    }

    private static boolean currencyAfter(SentenceContext s, int k) {
        Token t = s.token(k);
        if (t == null || !t.isWord()) {
            return false;
        }
        return Lexicon.CURRENCY_WORDS.containsKey(t.lower()) && !t.lower().startsWith("pound")
                || isIsoCode(t.text()) || Lexicon.CURRENCY_ADJECTIVES.containsKey(t.lower())
                && s.token(k + 1) != null && Lexicon.CURRENCY_WORDS.containsKey(s.lower(k + 1));
    }

    /** Percent, money words, measures after the number; returns the next unread token. */
    private int suffix(SentenceContext s, Candidate c, int k, String currency, String documentCurrency) {
        Token t = s.token(k);
        if (t == null || s.used(k)) {
            return k;
        }
        String w = t.lower();
        if (w.equals("%") || w.equals("percent") || w.equals("percents") || w.equals("pct") || (w.equals("pc") && (t.glued()
                || s.token(k - 1).text().indexOf('.') > 0 || changeVerbBefore(s, k - 2) != null))
                || w.equals("per-cent")) {
            return unit(c, "%", k + 1);
        }
        if (w.equals("per") && s.lower(k + 1).equals("cent")) {
            return unit(c, "%", k + 2);
        }
        if (w.equals("-") && t.glued() && s.lower(k + 1).equals("percent")) {
            return unit(c, "%", k + 2);
        }
        if (w.equals("percentage") && s.lower(k + 1).startsWith("point")) {
            return unit(c, "pp", k + 2);
        }
        if (w.equals("basis") && s.lower(k + 1).startsWith("point")) {
            return unit(c, "bp", k + 2);
        }
        if (w.equals("bps") || w.equals("bp") && t.glued()) {
            return unit(c, "bp", k + 1);
        }
        // a symbol after the number: 500 €, 20€, 99¢
        String trailing = Lexicon.CURRENCY_SYMBOLS.get(t.text());
        if (trailing != null && currency == null && !c.fraction && (t.glued() || s.token(k + 1) == null
                || !(s.token(k + 1).isNumber() && s.token(k + 1).glued()))) {
            if (trailing.equals("USD/100")) {
                c.value /= 100;
                trailing = "USD";
            }
            return unit(c, trailing, k + 1);
        }
        // a currency named in full by ICU's data: 420 million Finnish markkas, 6 billion French francs
        if (currency == null && t.isWord() && Lexicon.ICU_CURRENCY_FIRST_WORDS.contains(w)) {
            StringBuilder name = new StringBuilder(w);
            String found = Lexicon.CURRENCY_WORDS.containsKey(w) ? null : Lexicon.ICU_CURRENCY_NAMES.get(w);
            int end = k + 1;
            for (int n = 1; n < Lexicon.ICU_CURRENCY_WORDS && s.token(k + n) != null && s.token(k + n).isWord(); n++) {
                name.append(' ').append(s.lower(k + n));
                String icu = Lexicon.ICU_CURRENCY_NAMES.get(name.toString());
                if (icu != null) {
                    found = icu;
                    end = k + n + 1;
                }
            }
            if (found != null) {
                return unit(c, found, end);
            }
        }
        // money words, with adjectives: US dollars, Hong Kong dollars
        int m = k;
        String adjective = null;
        while (m < k + 2 && Lexicon.CURRENCY_ADJECTIVES.containsKey(s.lower(m))
                && !Lexicon.CURRENCY_WORDS.containsKey(s.lower(m))) {
            adjective = Lexicon.CURRENCY_ADJECTIVES.get(s.lower(m));
            m++;
        }
        if (s.lower(m).equals("new") || s.lower(m).equals("-")) {
            m++;
        }
        String cw = s.lower(m);
        String code = Lexicon.CURRENCY_WORDS.get(cw);
        if (code != null && !(cw.equals("won") && c.scale == 1 && currency == null)) {
            boolean pound = cw.startsWith("pound");
            if (pound && !("GBP".equals(currency) || c.scale > 1 || adjective != null
                    || s.lower(m + 1).equals("sterling") || moneyContext(s, c.numFirst, m + 1))) {
                return unit(c, "lb", m + 1);
            }
            if (adjective != null && (cw.startsWith("dollar") || cw.startsWith("rupee") || cw.startsWith("peso")
                    || cw.startsWith("franc") || cw.startsWith("ruble") || cw.startsWith("rouble")
                    || cw.startsWith("pound") || cw.startsWith("shilling") || cw.startsWith("dinar"))) {
                code = adjective;
            }
            if (currency != null && !currency.equals("USD/100")) {
                code = currency;
            }
            int end = m + 1;
            if (s.lower(end).equals("sterling")) {
                end++;
            }
            return unit(c, code, end);
        }
        String minor = Lexicon.MINOR_UNITS.get(cw);
        if (minor != null && (!cw.equals("p") || s.token(m).glued())) {
            String cur = currency != null && !currency.equals("USD/100") ? currency
                    : adjective != null ? adjective : s.lower(m - 1).equals("euro") ? "EUR"
                    : cw.startsWith("cent") && documentCurrency != null && CENT_CURRENCIES.contains(documentCurrency)
                    ? documentCurrency : minor;
            c.value /= 100;
            return unit(c, cur, m + 1);
        }
        if (s.lower(k).equals("euro") && Lexicon.MINOR_UNITS.containsKey(s.lower(k + 1))) {
            c.value /= 100;
            return unit(c, "EUR", k + 2);
        }
        if (t.isWord() && isIsoCode(t.text())) {
            return unit(c, t.text().equals("RMB") ? "CNY" : t.text(), k + 1);
        }
        if (currency != null) {
            return k;
        }
        return measure(s, c, k);
    }

    /**
     * The unit of a fraction after "half a" / "of a" at {@code unitAt} ("a tenth of a point" is a poll or index
     * point, as in "a 10-point lead"); {@code k} when there is none.
     */
    private int fractionUnit(SentenceContext s, Candidate c, int k, int unitAt, String documentCurrency) {
        if (s.lower(unitAt).equals("point") && !s.used(unitAt)) {
            return unit(c, "point", unitAt + 1);
        }
        int after = suffix(s, c, unitAt, null, documentCurrency);
        return c.unit != null ? after : k;
    }

    /**
     * Cents said after a currency word at {@code k - 1}: {@code two dollars fifty}, {@code a dollar twenty-five} →
     * 2.50, 1.25 (a spelled number below 100 with nothing counted after it; not {@code two dollars fifty times}).
     * Adds them to {@code c} and sets {@code c.last}.
     */
    private static boolean spokenCents(SentenceContext s, Candidate c, int k) {
        Token t = s.token(k);
        if (t == null || !t.isWord() || !Lexicon.NUMBER_WORDS.containsKey(t.lower()) || s.used(k)) {
            return false;
        }
        NumberPhrase q = NumberPhrase.read(s, k);
        if (q == null || q.digits() || q.fraction() || q.scale() != 1 || q.value() < 1 || q.value() >= 100
                || q.value() != Math.rint(q.value())) {
            return false;
        }
        Token after = s.token(q.last() + 1);
        if (after != null && after.isWord() && !FUNCTION_WORDS.contains(after.lower())
                && ("NOUN".equals(s.tag(q.last() + 1)) || Lexicon.MINOR_UNITS.containsKey(after.lower())
                || Lexicon.MEASURES.containsKey(after.lower()))) {
            return false;
        }
        c.value += q.value() / 100;
        c.last = q.last();
        return true;
    }

    /** "fined five hundred pounds", "costs three pounds", "1,100 pounds a month": money, not mass. */
    private static boolean moneyContext(SentenceContext s, int number, int after) {
        for (int j = number - 1; j >= 0 && j >= number - 4; j--) {
            if (MONEY_VERBS.contains(s.lower(j))) {
                return true;
            }
        }
        String rate = s.lower(after + 1);
        return (s.lower(after).equals("a") || s.lower(after).equals("an") || s.lower(after).equals("per"))
                && (rate.equals("month") || rate.equals("week") || rate.equals("year") || rate.equals("hour"));
    }

    /**
     * Whether a letter after the number {@code a..b} may be a temperature scale: a sign before it, a temperature
     * word in the sentence, or (for {@code C}) a word that leads to a reading ({@code reached 44C}); without a sign
     * never before a capitalised word other than a day or month ({@code the 3C Corridor}). Only called for a glued
     * or spaced {@code C} or {@code K}.
     */
    private static boolean temperature(SentenceContext s, int a, int b, boolean kelvin) {
        if (s.lower(a - 1).equals("-") && s.token(a).glued() || s.lower(a - 1).equals("minus")) {
            return true;
        }
        Token after = s.token(b + 2);
        if (after != null && after.isWord() && Character.isUpperCase(after.text().charAt(0))
                && !TimeExtractor.isDayOrMonth(after.lower())) {
            return false; // the 3C Corridor; not "hit 44C Tuesday"
        }
        if (!kelvin && TEMPERATURE_BEFORE.contains(s.lower(a - 1))) {
            return true;
        }
        for (int j = 0; j < s.size(); j++) {
            if (TEMPERATURE_WORDS.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    private static int unit(Candidate c, String unit, int next) {
        c.unit = unit;
        c.explicitUnit = true;
        return next;
    }

    private int measure(SentenceContext s, Candidate c, int k) {
        int m = k;
        boolean adjectival = false;
        if (s.lower(m).equals("-") && s.token(m).glued()) {
            m++;
            adjectival = true;
        }
        Token t = s.token(m);
        if (t == null || s.used(m)) {
            return k;
        }
        String w = t.lower();
        Lexicon.Unit unit = null;
        int end = m + 1;
        if ((w.equals("square") || w.equals("sq")) && s.token(m + 1) != null) {
            int u = m + 1;
            if (s.lower(u).equals(".")) {
                u++;
            }
            Lexicon.Unit length = Lexicon.MEASURES.get(s.lower(u));
            if (length == null && s.token(u) != null && s.token(u).text().equals("m")) {
                length = new Lexicon.Unit("m", 1);
            }
            if (length != null && SQUARE_LENGTHS.contains(length.symbol())) {
                unit = new Lexicon.Unit(length.symbol() + "2", 1);
                end = u + 1;
            }
        } else if (w.equals("cubic") && s.token(m + 1) != null) {
            Lexicon.Unit length = Lexicon.MEASURES.get(s.lower(m + 1));
            if (length != null && CUBIC_LENGTHS.contains(length.symbol())) {
                unit = new Lexicon.Unit(length.symbol() + "3", 1);
                end = m + 2;
            }
        } else if (w.equals("degrees") || w.equals("degree") || w.equals("deg") || w.equals("\u00b0")
                || w.equals("\u00ba")) {
            if (w.equals("deg") && s.lower(m + 1).equals(".") && s.token(m + 1).glued()) {
                m++; // 40 deg. C
            }
            String scale = s.token(m + 1) == null ? "" : s.token(m + 1).text();
            Lexicon.Unit named = Lexicon.MEASURES.get(scale.toLowerCase(Locale.ROOT));
            if (COMPASS.contains(scale)) {
                unit = new Lexicon.Unit("°" + scale, 1); // 38.3°N, 54 °S: a latitude or longitude
                end = m + 2;
            } else if (named != null && named.symbol().startsWith("°") || scale.equals("C") || scale.equals("F")) {
                unit = named != null ? named : new Lexicon.Unit("°" + scale, 1); // degrees Celsius, degrees F
                end = m + 2;
            } else {
                unit = new Lexicon.Unit("°", 1); // 40 degrees, 85°, a 180-degree turn: no scale named
            }
        } else if ((w.equals("metric") || w.equals("nautical")) && s.token(m + 1) != null) {
            Lexicon.Unit u = Lexicon.MEASURES.get(s.lower(m + 1));
            if (u != null) {
                unit = w.equals("nautical") ? new Lexicon.Unit("nmi", 1) : u;
                end = m + 2;
            }
        } else if (w.equals("bpd") || w.equals("b") && s.lower(m + 1).equals("/") && s.lower(m + 2).equals("d")) {
            unit = new Lexicon.Unit("bbl", 1);
            end = w.equals("bpd") ? m + 1 : m + 3;
            c.per = "day";
        } else if ((w.equals("mb") || w.equals("kb")) && s.lower(m + 1).equals("/") && s.lower(m + 2).equals("d")) {
            // the oil trade's mb/d and kb/d: million (thousand) barrels a day
            unit = new Lexicon.Unit("bbl", w.equals("mb") ? 1e6 : 1e3);
            end = m + 3;
            c.per = "day";
        } else if (adjectival && w.equals("point")) {
            unit = new Lexicon.Unit("point", 1); // a 10-point lead
        } else if (w.equals("in") && t.glued() && m == k && s.token(k - 1).isNumber()) {
            unit = new Lexicon.Unit("in", 1); // a 10in screen, 5ft 10in
        } else if (w.equals("x") && t.glued() && m == k && s.token(k - 1).isNumber()
                && !(s.token(m + 1) != null && s.token(m + 1).isNumber() && s.token(m + 1).glued())) {
            unit = new Lexicon.Unit("×", 1); // 297x higher, grew 10x (not 4x4)
        } else if (w.equals("times") && !adjectival) {
            unit = new Lexicon.Unit(factorTimes(s, c, m) ? "×" : "time", 1);
        } else if (w.equals("parts") && s.lower(m + 1).equals("per")
                && (s.lower(m + 2).equals("million") || s.lower(m + 2).equals("billion"))) {
            unit = new Lexicon.Unit(s.lower(m + 2).equals("million") ? "ppm" : "ppb", 1); // 420 parts per million
            end = m + 3;
        } else if (SPACED_LETTERS.contains(t.text()) && !t.glued() && !adjectival && m == k
                && (SYMBOL_ENDS.contains(s.lower(m + 1)) || s.token(m + 1) == null)) {
            unit = Lexicon.CASED_MEASURES.get(t.text()); // "75 g of sugar", "within 24 h,", "40 t of grain"
        } else if (w.equals("\u00d7") && t.glued() && !(s.token(m + 1) != null && s.token(m + 1).isNumber())) {
            unit = new Lexicon.Unit("\u00d7", 1); // a 10× zoom; not 3×4
        } else if (t.text().equals("m") && !t.glued() && !adjectival && m == k && (METRE_AFTER.contains(s.lower(m + 1))
                || RANGE_JOINERS.contains(s.lower(m + 1)) && s.token(m + 2) != null && s.token(m + 2).isNumber()
                && s.token(m + 3) != null && s.token(m + 3).text().equals("m")
                || RANGE_JOINERS.contains(s.lower(m - 2)) && s.token(m - 3) != null
                && s.token(m - 3).text().equals("m"))) {
            unit = new Lexicon.Unit("m", 1); // "200 m wide", "the 100 m sprint", "from 120 m to 380 m"
        } else if (t.isWord()) {
            Lexicon.Unit cased = Lexicon.CASED_MEASURES.get(t.text());
            if (cased == null) {
                cased = Lexicon.ICU_SYMBOLS.get(t.text()); // 3.5 GHz, 400 kV, 140 mmHg
            }
            boolean slashed = s.lower(m + 1).equals("/") && s.token(m + 1).glued() && s.token(m + 2) != null
                    && s.token(m + 2).isWord() && s.token(m + 2).glued(); // 30 L/min, 9 g/kg
            if (t.text().equals("C") && !temperature(s, c.numFirst, c.numLast, false)) {
                cased = null; // the 3C Corridor, 14C and 13C
            }
            if (t.text().equals("K") && !t.glued() && m == k && temperature(s, c.numFirst, c.numLast, true)) {
                unit = cased; // cooled to 300 K
            } else if (cased != null && (t.glued() && m == k || t.text().length() >= 2 && !t.text().equals("ha")
                    && !t.text().equals("an") || adjectival || slashed)) {
                unit = cased;
            } else {
                unit = Lexicon.MEASURES.get(w);
                if (unit != null && w.length() <= 2 && !t.glued() && !adjectival
                        && !SPACED_SYMBOLS.contains(w)) {
                    unit = null;
                }
                if (unit == null && w.length() > 3) {
                    unit = Lexicon.ICU_MEASURES.get(w);
                }
            }
        }
        if (unit == null) {
            return k;
        }
        // kilowatt hours, kilometres per hour, km/h
        String symbol = unit.symbol();
        if (s.token(end) != null && s.token(end).glued() && (s.token(end).is("\u00b2") || s.token(end).is("\u00b3"))
                && (SQUARE_LENGTHS.contains(symbol))) {
            symbol = symbol + (s.token(end).is("\u00b2") ? "2" : "3"); // 5 km²
            end++;
        }
        if (s.lower(end).equals("-") && s.lower(end + 1).startsWith("hour") || s.lower(end).startsWith("hour")
                && POWER_UNITS.contains(symbol)) {
            symbol = symbol + "h";
            end = s.lower(end).equals("-") ? end + 2 : end + 1;
        }
        if (SPEED_LENGTHS.contains(symbol)) {
            boolean slash = s.lower(end).equals("/") && HOUR_WORDS.contains(s.lower(end + 1));
            if (s.lower(end).equals("/") && s.token(end + 1) != null && s.token(end + 1).text().equals("s")
                    && s.token(end + 1).glued()) {
                symbol = symbol + "/s"; // 11 km/s, 3 m/s
                end += 2;
            }
            boolean perHour = (s.lower(end).equals("per") || s.lower(end).equals("an") || s.lower(end).equals("a"))
                    && (s.lower(end + 1).equals("hour") || s.lower(end + 1).equals("second"));
            if (slash || perHour) {
                symbol = symbol.equals("m") && s.lower(end + 1).equals("second") ? "m/s" : symbol + "/h";
                end += 2;
            }
        }
        c.value *= unit.factor();
        c.scale *= unit.factor(); // 2-3 Mt, 1.2-1.6 mb/d: the range's first number takes the same scale
        c.unit = symbol;
        c.explicitUnit = true;
        return end;
    }

    /**
     * Whether {@code N times} at {@code m} is a factor ({@code four times as many}, {@code three times the cost},
     * {@code 20 times higher}, {@code grew ten times}, {@code 1.5 times}) rather than a count of occasions ({@code
     * voted 14 times}, {@code six times a day}, {@code cut taxes 63 times}).
     */
    private static boolean factorTimes(SentenceContext s, Candidate c, int m) {
        String after = s.lower(m + 1);
        if (c.value != Math.rint(c.value) || FACTOR_AFTER.contains(after) || after.length() > 4 && after.endsWith("er")
                && s.lower(m + 2).equals("than")) {
            return true;
        }
        String before = s.lower(c.numFirst - 1);
        return CHANGE_UP.contains(before) || before.equals("by") || before.equals("multiplied");
    }

    /**
     * "of water a week", "of electricity per year", money "in tax breaks a year": the rate after what is measured
     * (the span stays).
     */
    private static void ofRate(SentenceContext s, Candidate c, int k) {
        if (!s.lower(k).equals("of") && !(s.lower(k).equals("in") && isCurrency(c.unit))) {
            return; // money also with "in": "$10 million in police contracts a year"
        }
        for (int j = k + 2; j <= k + 3; j++) {
            Token noun = s.token(j - 1);
            if (noun == null || !noun.isWord() || FUNCTION_WORDS.contains(noun.lower())) {
                return;
            }
            String w = s.lower(j);
            String adverb = Lexicon.RATE_ADVERBS.get(w);
            if (adverb != null && !w.equals("pa")) {
                c.per = adverb;
                return;
            }
            if ((w.equals("a") || w.equals("per") || w.equals("an")) && EVERY_RATES.contains(s.lower(j + 1))
                    && !notARate(s, j + 2)) {
                c.per = Lexicon.RATE_NOUNS.get(s.lower(j + 1));
                return;
            }
        }
    }

    /**
     * After "a year": "a year earlier", "a year and a half", "a year or two", "a year from now", "a week on Monday"
     * are no rate; "$50,000 a year and a car", "$250 a month or $300 a month", "deaths a year from the flu", "$80
     * million a year on research" are.
     */
    private static boolean notARate(SentenceContext s, int k) {
        String w = s.lower(k);
        String next = s.lower(k + 1);
        Token after = s.token(k + 1);
        return NOT_A_RATE_AFTER.contains(w) || w.equals("and") && next.equals("a") && s.lower(k + 2).equals("half")
                || w.equals("or") && (after != null && after.isNumber() || Lexicon.NUMBER_WORDS.containsKey(next)
                || next.equals("so") || next.equals("more") || next.equals("less") || next.equals("longer"))
                || w.equals("from") && FROM_A_TIME.contains(next)
                || w.equals("on") && (after != null && after.capitalized() && TimeExtractor.isDayOrMonth(next)
                || TIME_UNIT_WORDS.contains(next)); // a week on Monday; $400 a month on Netflix is a rate
    }

    /** per year, a barrel, per capita, annually, /kg. */
    private static int rate(SentenceContext s, Candidate c, int k) {
        if (c.per != null || s.used(k)) {
            return k;
        }
        String w = s.lower(k);
        if (w.equals("-") && s.token(k).glued() && (s.lower(k + 1).equals("a") || s.lower(k + 1).equals("per"))) {
            int after = rate(s, c, k + 1); // £20m-a-year
            return c.per != null ? after : k;
        }
        String adverb = Lexicon.RATE_ADVERBS.get(w);
        if (adverb != null && !w.equals("pa")) {
            c.per = adverb;
            return k + 1;
        }
        if ((w.equals("more") || w.equals("less")) && (s.lower(k + 1).equals("a") || s.lower(k + 1).equals("per"))) {
            int after = rate(s, c, k + 1); // "pay $6,000 more a year"
            return c.per != null ? after : k;
        }
        if (w.equals("per") && s.token(k + 1) != null && s.token(k + 1).isNumber()) {
            return perNumber(s, c, k); // 3.5 per 1,000 live births
        }
        if (w.equals("per") || w.equals("a") || w.equals("an") || w.equals("each") || w.equals("every")
                || w.equals("/") && s.token(k + 1) != null && s.token(k + 1).glued()) {
            int n = k + 1;
            if (s.lower(n).equals("-")) {
                n++;
            }
            Token t = s.token(n);
            if (t == null || !t.isWord()) {
                return k;
            }
            String noun = Lexicon.singular(t.lower());
            String per = Lexicon.RATE_NOUNS.get(noun);
            Lexicon.Unit perUnit = Lexicon.MEASURES.get(t.lower());
            if (perUnit == null) {
                perUnit = Lexicon.CASED_MEASURES.get(t.text());
            }
            if (perUnit == null && w.equals("/")) {
                perUnit = Lexicon.ICU_SYMBOLS.get(t.text()); // 200 mg/dL
            }
            if (perUnit != null && (w.equals("per") || w.equals("/")) && per == null) {
                String symbol = perUnit.symbol();
                if (s.token(n + 1) != null && s.token(n + 1).glued() && SQUARE_LENGTHS.contains(symbol)
                        && (s.token(n + 1).is("\u00b2") || s.token(n + 1).is("\u00b3"))) {
                    symbol += s.token(n + 1).is("\u00b2") ? "2" : "3"; // µg/m³
                    n++;
                }
                if (s.lower(n + 1).equals("-") && s.lower(n + 2).startsWith("hour")
                        && POWER_UNITS.contains(symbol)) {
                    symbol += "h";
                    n += 2;
                }
                c.per = symbol;
                return n + 1;
            }
            if (per == null && w.equals("per")) {
                per = noun;
            }
            boolean article = w.equals("a") || w.equals("an") || w.equals("each") || w.equals("every");
            if (per != null && article && !ARTICLE_RATES.contains(per)) {
                per = null;
            }
            if (per != null && article && (w.equals("each") || w.equals("every")) && !EVERY_RATES.contains(per)) {
                per = null;
            }
            if (per != null && article && notARate(s, n + 1)) {
                per = null; // "78 a year earlier"
            }
            if (per != null) {
                if (per.equals("m2") && s.token(n + 1) != null) {
                    Lexicon.Unit u = Lexicon.MEASURES.get(s.lower(n + 1));
                    per = u == null ? "m2" : u.symbol() + "2";
                    n++;
                }
                c.per = per;
                return n + 1;
            }
        }
        return k;
    }

    /**
     * A rate per a number of something: {@code per 1,000 live births} → per {@code 1000 birth}, {@code per
     * 100,000 people} → {@code 100000 person}; without a counted noun just the number.
     */
    private static int perNumber(SentenceContext s, Candidate c, int k) {
        double base = Digits.value(s.token(k + 1).text());
        String number = base == Math.rint(base) ? String.valueOf((long) base) : String.valueOf(base);
        for (int j = k + 2; j < k + 5 && s.token(j) != null && s.token(j).isWord() && !s.used(j); j++) {
            Token t = s.token(j);
            if (FUNCTION_WORDS.contains(t.lower())) {
                break;
            }
            if (Lexicon.looksPlural(t.text()) || Lexicon.IRREGULAR.containsKey(t.lower())) {
                c.per = number + " " + Lexicon.singular(t.lower());
                return j + 1;
            }
        }
        c.per = number;
        return k + 2;
    }

    /** The counted noun after the number, singular: 60 thousand students → student. */
    private int countNoun(SentenceContext s, Candidate c, int k) {
        if (OTHER_WORDS.contains(s.lower(k)) && !s.used(k) && s.token(k + 1) != null && s.token(k + 1).isWord()) {
            int after = measure(s, c, k + 1); // 3 more days
            if (c.unit != null) {
                return after;
            }
            after = countNoun(s, c, k + 1); // 133 other people
            return after > k + 1 ? after : k;
        }
        Token hyphen = s.token(k);
        Token noun = s.token(k + 1);
        if (!c.spelledOnly && hyphen != null && hyphen.is("-") && hyphen.glued() && noun != null && noun.isWord()
                && noun.glued() && !noun.lower().equals("plus")
                && !noun.capitalized() && !s.used(k + 1) && s.token(k + 2) != null && s.token(k + 2).isWord()
                && s.tag(k + 1).equals("NOUN")) {
            c.unit = Lexicon.singular(noun.lower()); // a 22-story tower, a 10-member panel
            return k + 2;
        }
        int runEnd = k;
        int limit = k + 4;
        while (runEnd < limit && runEnd < s.size() && !s.used(runEnd)) {
            Token t = s.token(runEnd);
            if (compoundHyphen(s, runEnd) && runEnd > k) {
                runEnd++; // full-time workers, high-paying jobs: a hyphenated modifier is one word
                limit += 2;
                continue;
            }
            if (!t.isWord() || FUNCTION_WORDS.contains(t.lower()) || Lexicon.NUMBER_WORDS.containsKey(t.lower())) {
                break;
            }
            runEnd++;
        }
        for (int j = k; j < runEnd; j++) {
            Token t = s.token(j);
            if (t.is("-")) {
                continue;
            }
            if (Lexicon.looksPlural(t.text()) && (!t.capitalized() || j == k || s.token(j - 1).capitalized())) {
                int head = j;
                // compounds take the last plural, one word past the run at most: "civil rights bills"
                int end = Math.min(runEnd + 1, s.size());
                while (head + 1 < end && !s.used(head + 1) && s.token(head + 1).isWord()
                        && Lexicon.looksPlural(s.token(head + 1).text()) && !s.token(head + 1).lower().endsWith("ing")
                        && !FUNCTION_WORDS.contains(s.lower(head + 1))
                        && (s.token(head).capitalized() || !s.tag(head + 1).equals("VERB"))) {
                    head++; // but not into the verb: "a survey of 1,300 bosses suggests"
                }
                setNoun(s, c, head);
                return head + 1;
            }
            String lw = t.lower();
            Token after = s.token(j + 1);
            boolean adjective = (lw.endsWith("ed") || lw.endsWith("ing")) && j + 1 < runEnd && !after.capitalized()
                    && Lexicon.looksPlural(after.text()); // 112 standardized tests, 500 armed men, 500 failing schools
            boolean inCompound = j > k && s.token(j - 1).is("-") || j + 1 < runEnd && after.is("-");
            if (!t.capitalized() && !adjective && !inCompound
                    && (lw.endsWith("ing") || lw.endsWith("ed") || lw.endsWith("ly"))) {
                break;
            }
        }
        if (runEnd > k) {
            // no plural form: ask the POS model (staff, cattle, a singular after "1")
            int j = k;
            while (j < runEnd && (s.tag(j).equals("ADJ") || s.tag(j).equals("NUM") || s.token(j).is("-"))) {
                j++;
            }
            if (j < runEnd && (s.tag(j).equals("NOUN") || s.tag(j).equals("PROPN") && s.token(j).capitalized()
                    && Lexicon.looksPlural(s.token(j).text()))) {
                int head = j;
                while (head + 1 < runEnd && s.tag(head + 1).equals("NOUN")) {
                    head++;
                }
                if (c.value == 1 || Lexicon.looksPlural(s.token(head).text())
                        || Lexicon.IRREGULAR.containsKey(s.token(head).lower())
                        || j > k && s.lower(head).endsWith("s")) { // 50 different plans (a verb form alone)
                    setNoun(s, c, head);
                    return head + 1;
                }
            }
        }
        c.unit = fallbackNoun(s, c);
        return k;
    }

    /** A hyphen inside a word pair ({@code full-time}): glued to a word on both sides. */
    private static boolean compoundHyphen(SentenceContext s, int i) {
        Token t = s.token(i);
        Token before = s.token(i - 1);
        Token after = s.token(i + 1);
        return t.is("-") && t.glued() && before != null && before.isWord() && after != null && after.isWord()
                && after.glued() && !s.used(i + 1);
    }

    private static void setNoun(SentenceContext s, Candidate c, int head) {
        Token t = s.token(head);
        if (t.lower().equals("dollars") || t.lower().equals("euros")) {
            c.unit = Lexicon.CURRENCY_WORDS.get(t.lower()); // millions of taxpayer dollars
            c.explicitUnit = true;
            return;
        }
        Lexicon.Unit time = Lexicon.MEASURES.get(t.lower());
        if (time != null && time.factor() == 1 && DURATION_UNITS.contains(time.symbol())) {
            c.unit = time.symbol(); // 21 consecutive months, five straight years
            c.explicitUnit = true;
            return;
        }
        String singular = Lexicon.singular(t.text());
        String unit = t.capitalized() ? singular : singular.toLowerCase(Locale.ROOT);
        if (t.glued() && head > 1 && compoundHyphen(s, head - 1)) {
            unit = s.token(head - 2).text() + "-" + unit; // e-mails → e-mail, African-Americans → African-American
        }
        c.unit = unit;
    }

    /** Counted noun stated elsewhere: "a population of 19 million", "the number of Russians … is 3 million". */
    private static String fallbackNoun(SentenceContext s, Candidate c) {
        int a = c.first;
        for (int j = a - 1; j >= Math.max(0, a - 7); j--) {
            String w = s.lower(j);
            if (w.equals("population") || w.equals("populations")) {
                return "person";
            }
            if (w.equals("toll") && s.lower(j - 1).equals("death")) {
                return "death";
            }
            if (w.equals(",") || w.equals(";")) {
                break;
            }
        }
        for (int j = a - 1; j >= 0; j--) {
            if (s.lower(j).equals("number") && s.lower(j + 1).equals("of")) {
                for (int m = j + 2; m < Math.min(a, j + 6); m++) {
                    Token t = s.token(m);
                    if (t.isWord() && Lexicon.looksPlural(t.text())) {
                        String sg = Lexicon.singular(t.text());
                        return t.capitalized() ? sg : sg.toLowerCase(Locale.ROOT);
                    }
                }
                break;
            }
            if (s.lower(j).equals("number") && (s.lower(j - 1).equals("whose") || s.lower(j - 1).equals("their"))
                    || s.lower(j).equals("numbering") || s.lower(j).equals("numbered")) {
                for (int m = c.numLast + 1; m < Math.min(s.size(), c.numLast + 16); m++) {
                    Token t = s.token(m);
                    if (t.isWord() && !t.capitalized() && Lexicon.looksPlural(t.text())) {
                        return Lexicon.singular(t.lower());
                    }
                    if (t.isNumber()) {
                        break;
                    }
                }
                break;
            }
        }
        return null;
    }

    /**
     * A sign: {@code -3.5%}, {@code -$1.2bn}, {@code -504}, {@code minus 20 degrees}, {@code negative 0.5 percent},
     * {@code 15 degrees below zero}. Not for counted things ({@code -3 votes} is a dash or a typo, not a figure
     * below zero), nor a hyphen glued to what comes before ({@code 10-20}).
     */
    private static void negative(SentenceContext s, Candidate c) {
        if (c.unit != null && !c.explicitUnit || c.fraction || c.value <= 0) {
            return;
        }
        Token minus = s.token(c.first - 1);
        boolean signed = minus != null && minus.is("-") && s.token(c.first).glued()
                && (c.first - 1 == 0 || !minus.glued() || SIGNS_BEFORE.contains(s.lower(c.first - 2)));
        boolean word = s.lower(c.first - 1).equals("minus") && !s.lower(c.first - 2).equals("or") // plus or minus 2
                || s.lower(c.first - 1).equals("negative")
                && c.first == c.numFirst && !ARTICLES.contains(s.lower(c.first - 2)); // not "a negative 42-49% rating"
        if (signed || word) {
            c.value = -c.value;
            c.first--;
        } else if ((c.unit == null || c.unit.startsWith("°")) && s.lower(c.last + 1).equals("below")
                && s.lower(c.last + 2).equals("zero")) {
            c.value = -c.value;
            c.last += 2;
        }
    }

    private static void qualifierBefore(SentenceContext s, Candidate c) {
        String[] words = new String[LONGEST_PHRASE];
        int n = 0;
        boolean period = false;
        for (int j = c.first - 1; j >= 0 && n < LONGEST_PHRASE; j--) {
            Token t = s.token(j);
            if (!t.isWord() && !t.is("~") && !t.is(">") && !t.is("<") && !t.is(".") && !t.is("=")
                    && !BOUND_SIGNS.contains(t.text())) {
                break;
            }
            if (t.is(".") && !(s.token(j - 1) != null && (s.lower(j - 1).equals("approx")
                    || s.lower(j - 1).equals("ca") || s.lower(j - 1).equals("c")))) {
                break;
            }
            if (t.is(".")) {
                continue; // folded into the word before it: "approx.", "ca.", "c."
            }
            if (n == 0 && TRANSPARENT.contains(t.lower()) && j == c.first - 1) {
                continue; // "grew only 2%", "rose just 9%", "raised by another $510"
            }
            if (n == 0 && j == c.first - 1 && c.unit != null && DURATION_UNITS.contains(c.unit)
                    && PERIOD_WORDS.contains(t.lower()) && s.lower(j - 1).equals("the")) {
                j--; // "for at least the last 15 years": a bound before "the last", not a change
                period = true;
                continue;
            }
            words[n++] = s.token(j + 1).is(".") && j + 1 < c.first ? t.lower() + "." : t.lower();
        }
        for (int len = Math.min(n, LONGEST_PHRASE); len >= 1; len--) {
            StringBuilder sb = new StringBuilder();
            for (int k = len - 1; k >= 0; k--) {
                if (words[k] == null) {
                    sb = null;
                    break;
                }
                sb.append(words[k]);
                if (k > 0) {
                    sb.append(' ');
                }
            }
            if (sb == null) {
                continue;
            }
            Qualifier q = PHRASES.get(sb.toString());
            if (q == null && len == 1 && "by".equals(words[0])) {
                // "raised rates by 50 basis points", "reduced the risk of death by 25%"
                q = changeVerbBefore(s, c.first - 2);
            }
            if (len == 2 && q == Qualifier.AT_MOST && sb.toString().equals("up to") && n > 2
                    && ADDING.contains(words[2])) {
                return; // "would add up to $803,700" is a sum
            }
            if (q == Qualifier.MORE_THAN && len == 1 && words[0].equals("top") && s.lower(c.first - 2).equals("the")
                    || period && (q == Qualifier.INCREASE || q == Qualifier.DECREASE)
                    || words[0].equals("passed") && len == 1 && c.unit != null && LAWS.contains(c.unit)) {
                return; // "the top 1 percent" is a group; "came down the last 2 years"; "passed 3 bills"
            }
            if (q != null && q == Qualifier.DECREASE && words[0] != null && words[0].startsWith("los")
                    && c.unit != null && Lexicon.ISO_CODES.contains(c.unit)) {
                return; // "lost $3.5bn" is the size of a loss
            }
            if (q != null) {
                if (q == Qualifier.MORE_THAN && sb.toString().equals("over") && c.unit != null
                        && DURATION_UNITS.contains(c.unit)) {
                    return; // "over 10 years" is a period
                }
                Set<String> topicHeads = len == 1 ? TOPIC_HEADS.get(words[0]) : null;
                if (topicHeads != null && topicHeads.contains(s.lower(c.first - 2))
                        && (c.unit == null || !DURATION_UNITS.contains(c.unit))) {
                    return; // "evidence about 14 deaths", "a row over 40 acres", "served under 4 presidents"
                }
                c.qualifier = q;
                return;
            }
        }
    }

    /** A change verb at most six words back, within the clause: "cut prices for pensioners by". */
    private static Qualifier changeVerbBefore(SentenceContext s, int from) {
        int words = 0;
        for (int j = from; j >= 0 && words < 6; j--) {
            Token t = s.token(j);
            if (t.is("-") && t.glued()) {
                continue; // a hyphenated word counts once: "defense spending for long-term care by"
            }
            if (!t.isWord() && !t.is("'s")) {
                return null;
            }
            words++;
            Qualifier verb = PHRASES.get(t.lower() + " by");
            if (verb == Qualifier.INCREASE || verb == Qualifier.DECREASE) {
                return verb;
            }
        }
        return null;
    }

    private static void qualifierAfter(SentenceContext s, Candidate c) {
        int k = c.last + 1;
        String w = s.lower(k);
        if (w.equals("or") && (s.lower(k + 1).equals("more") || s.lower(k + 1).equals("above")
                || s.lower(k + 1).equals("higher") || s.lower(k + 1).equals("greater")
                || s.lower(k + 1).equals("over") || s.lower(k + 1).equals("older"))) {
            c.qualifier = Qualifier.AT_LEAST;
        } else if (w.equals("or") && (s.lower(k + 1).equals("less") || s.lower(k + 1).equals("fewer")
                || s.lower(k + 1).equals("below") || s.lower(k + 1).equals("lower")
                || s.lower(k + 1).equals("under") || s.lower(k + 1).equals("younger"))) {
            c.qualifier = Qualifier.AT_MOST;
        } else if (w.equals("or") && s.lower(k + 1).equals("so")) {
            c.qualifier = Qualifier.APPROXIMATE;
        } else if ((w.equals("+") && s.token(k).glued()) || (w.equals("-") && s.lower(k + 1).equals("plus"))) {
            c.qualifier = Qualifier.MORE_THAN;
        } else if (c.qualifier == Qualifier.EXACT && (w.equals("higher") || w.equals("lower"))
                && !s.lower(k + 1).equals("than") && !s.lower(c.first - 1).equals("a")) {
            // "closed 1.2% lower", "ended the day 3% higher"
            c.qualifier = w.equals("higher") ? Qualifier.INCREASE : Qualifier.DECREASE;
        } else if (c.qualifier == Qualifier.EXACT && (s.lower(c.first - 1).equals("a")
                || s.lower(c.first - 1).equals("an"))) {
            String noun = w.equals("-") ? s.lower(k + 1) : w;
            // "a 5% increase", "a 12% pay rise"
            String second = s.token(k + 1) != null && s.token(k + 1).isWord() && !w.equals("-") ? s.lower(k + 1) : "";
            if (CHANGE_NOUNS_UP.contains(noun) || CHANGE_NOUNS_UP.contains(second)) {
                c.qualifier = Qualifier.INCREASE;
            } else if (CHANGE_NOUNS_DOWN.contains(noun) || CHANGE_NOUNS_DOWN.contains(second)) {
                c.qualifier = Qualifier.DECREASE;
            }
        }
    }

    private static boolean nameOrCode(SentenceContext s, int a) {
        Token prev = s.token(a - 1);
        if (prev == null) {
            return false;
        }
        if (prev.is("#")) {
            return true;
        }
        if (s.lower(a + 1).equals("(") && s.token(a + 1).glued() && s.lower(a + 3).equals(")")
                && s.token(a + 2) != null && s.token(a + 2).text().length() == 1) {
            return true; // a 401(k) plan
        }
        if (prev.is("(") && prev.glued() && s.token(a).glued() && s.lower(a - 2).equals(")")) {
            return true; // a 501(c)(4) group
        }
        if (prev.is(",") || prev.is("&") || prev.lower().equals("and") || prev.lower().equals("or")) {
            // the next of a list of names: "Articles 5 and 6", "Games 6 and 7 were", "Figs. 2, 3 and 5"
            int q = a - 2;
            if (s.token(q) != null && s.token(q).is(",")) {
                q--; // "phases 3, 5, and 7"
            }
            Token after = s.token(a + 1);
            return s.token(q) != null && s.token(q).isNumber() && q < a - 1
                    && (after == null || !after.isWord() || LIST_ENDS.contains(after.lower())) && nameOrCode(s, q);
        }
        // COVID-19, F-35, S-400
        if (prev.is("-") && s.token(a).glued() && prev.glued() && s.token(a - 2) != null && s.token(a - 2).isWord()
                && !TIME_PREFIXES.contains(s.lower(a - 2))) {
            return true;
        }
        int p = a - 1;
        if (prev.is(".") && s.token(a - 2) != null) {
            p = a - 2;
        }
        Token name = s.token(p);
        if (name == null || !name.isWord()) {
            return false;
        }
        String w = name.lower();
        if (!NAME_PREFIXES.contains(w) && w.length() > 3 && w.endsWith("s")
                && NAME_PREFIXES.contains(w.substring(0, w.length() - 1))) {
            w = w.substring(0, w.length() - 1); // Figs. 2 and 3, Phases 3 and 4
        }
        if (!NAME_PREFIXES.contains(w)) {
            return false;
        }
        if (w.equals("number") && (!name.capitalized() || s.lower(p - 1).equals("the"))) {
            String n = s.token(a).text(); // a place is a small whole number
            return n.length() <= 3 && n.chars().allMatch(Character::isDigit) && placeNoun(s, a + 1);
        }
        if (CAPITALISED_ONLY.contains(w) && !name.capitalized() && !lowerCaseGrade(s, p, a, w)) {
            return false;
        }

        return !(w.length() == 1 && !(s.token(p + 1).is("-") || p == a - 1 && s.token(a).glued()));
    }

    /**
     * Whether the token at {@code i} is a singular common noun that a number before it labels ({@code the number 10
     * position}, {@code the number 2 official}; not {@code the number 40,000 keeps}): no unit, scale or currency,
     * singular and tagged NOUN.
     */
    private static boolean placeNoun(SentenceContext s, int i) {
        Token t = s.token(i);
        if (t == null || !t.isWord() || t.capitalized() || Lexicon.looksPlural(t.text()) || !"NOUN".equals(s.tag(i))) {
            return false;
        }
        String w = t.lower();
        return !Lexicon.MEASURES.containsKey(w) && !Lexicon.SCALES.containsKey(w)
                && !Lexicon.CURRENCY_WORDS.containsKey(w) && !w.equals("percent");
    }

    private static boolean lowerCaseGrade(SentenceContext s, int label, int a, String w) {
        String number = s.token(a).text();
        if (!LOWER_CASE_GRADES.contains(w) || label != a - 1 || number.length() > 2
                || !Character.isDigit(number.charAt(0)) || !Character.isDigit(number.charAt(number.length() - 1))
                || MODALS.contains(s.lower(label - 1))) {
            return false;
        }
        Token after = s.token(a + 1);
        return !(s.lower(label - 1).equals("to") && after != null && after.isWord()
                && Lexicon.looksPlural(after.text()));
    }

    /** A number inside a dotted code: a version or an address ({@code 17.2.1}, {@code 192.168.1.1}, {@code 3.1.3}). */
    private static boolean dottedCode(SentenceContext s, int a, int b) {
        Token prev = s.token(a - 1);
        Token next = s.token(b + 1);
        return prev != null && prev.is(".") && prev.glued() && s.token(a).glued() && s.token(a - 2) != null
                && s.token(a - 2).isNumber()
                || next != null && next.is(".") && next.glued() && s.token(b + 2) != null && s.token(b + 2).isNumber()
                && s.token(b + 2).glued();
    }

    /** A reference mark in square brackets, alone or in a list: {@code [18]}, {@code [27-30]}, {@code [15, 16]}. */
    private static boolean citation(SentenceContext s, int a, int b) {
        int i = a - 1;
        while (i > a - 12 && s.token(i) != null && !s.token(i).is("[")) {
            Token t = s.token(i--);
            if (!t.isNumber() && !t.is(",") && !t.is("-")) {
                return false;
            }
        }
        if (s.token(i) == null || !s.token(i).is("[")) {
            return false;
        }
        for (int j = b + 1; j < b + 12 && s.token(j) != null; j++) {
            Token t = s.token(j);
            if (t.is("]")) {
                return true;
            }
            if (!t.isNumber() && !t.is(",") && !t.is("-")) {
                return false;
            }
        }
        return false;
    }

    private static boolean timeOfDay(SentenceContext s, int a, int b) {
        if (s.lower(a - 1).equals(":") && s.token(a).glued() && s.token(a - 2) != null && s.token(a - 2).isNumber()) {
            return true; // the minutes of 10:30
        }
        String w = s.lower(b + 1);
        if (w.equals(":") && s.token(b + 2) != null && s.token(b + 2).isNumber() && s.token(b + 2).glued()) {
            return true;
        }
        if (TIME_OF_DAY.contains(w) && (!w.equals("hrs") || s.token(a).text().length() == 4)) {
            return true; // 1400 hrs is a time, 3 hrs a duration
        }
        if ((w.equals("a") || w.equals("p")) && s.lower(b + 2).equals(".") && s.lower(b + 3).equals("m")) {
            return true;
        }
        return w.equals("o") && s.lower(b + 2).equals("'clock");
    }

    private static boolean age(SentenceContext s, int a, int b) {
        String before = s.lower(a - 1);
        if (before.equals("aged") || before.equals("age") || before.equals("ages") || before.equals("age of")) {
            return !AVERAGES.contains(s.lower(a - 2)); // "a mean age 54.8 years" is a statistic
        }
        if ((before.equals("of") || before.equals("to")) && (s.lower(a - 2).equals("age")
                || s.lower(a - 2).equals("ages"))) {
            // between the ages of 18 and 29, raise the retirement age to 67; not "a median age of 61"
            return !AVERAGES.contains(s.lower(a - 3));
        }
        int k = b + 1;
        Token second = s.token(k + 1);
        if ((s.lower(k).equals("or") || s.lower(k).equals("to")) && second != null
                && (second.isNumber() || Lexicon.NUMBER_WORDS.containsKey(second.lower()))) {
            k += 2; // "5 or 6 years old"
        }
        if (s.lower(k).equals("-")) {
            k++;
        }
        String unit = s.lower(k);
        if (AGE_UNITS.contains(unit)) {
            int o = k + 1;
            if (s.lower(o).equals("-")) {
                o++;
            }
            if (s.lower(o).equals("old") || s.lower(o).equals("olds")) {
                return true;
            }
        }
        // "children under 12", "people over 65"
        if ((before.equals("under") || before.equals("over") || before.equals("above") || before.equals("below"))
                && AGE_GROUPS.contains(s.lower(a - 2)) && s.token(a).isNumber() && a == b
                && s.token(a).text().length() <= 3 && !isUnitOrPercent(s.lower(b + 1))) {
            return true;
        }
        // "John Smith, 45, said" and "Smith (45)"
        Token t = s.token(a);
        if (t.isNumber() && a == b && t.text().length() <= 3 && !t.text().contains(".")
                && Integer.parseInt(t.text()) <= 115) {
            Token name = s.token(a - 2);
            if (before.equals(",") && name != null && name.capitalized()
                    && (s.lower(b + 1).equals(",") || s.lower(b + 1).equals(")"))
                    && !(s.token(b + 2) != null && s.token(b + 2).isNumber())) {
                return true;
            }
            return before.equals("(") && s.lower(b + 1).equals(")") && name != null && name.capitalized();
        }
        return false;
    }

    private static boolean isUnitOrPercent(String w) {
        return w.equals("%") || w.equals("percent") || w.equals("per") || Lexicon.MEASURES.containsKey(w)
                || Lexicon.CURRENCY_WORDS.containsKey(w) || Lexicon.SCALES.containsKey(w);
    }

    private static boolean street(SentenceContext s, int b) {
        int k = b + 1;
        int capitalised = 0;
        while (capitalised < 3 && s.token(k) != null && s.token(k).capitalized()) {
            if (capitalised > 0 && STREET_WORDS.contains(s.lower(k))) {
                return true;
            }
            k++;
            capitalised++;
        }
        return capitalised > 0 && STREET_WORDS.contains(s.lower(k - 1)) && capitalised > 1;
    }

    private static boolean listNumber(SentenceContext s, int a, int b) {
        boolean first = a == 0 || a == 1 && s.lower(0).equals("(");
        boolean marker = s.lower(b + 1).equals(".") || s.lower(b + 1).equals(")");
        // "1. Open the door", or a numbered item standing alone: "7."
        return first && marker && (s.size() > b + 2 || s.size() == b + 2) && !s.token(a).text().contains(".");
    }

    /** "at least 3 and at most 7", "more than 100 and fewer than 200", "a minimum of 18 and a maximum of 24". */
    private static Candidate bounded(SentenceContext s, Candidate c, Candidate d) {
        boolean lower = c.qualifier == Qualifier.AT_LEAST || c.qualifier == Qualifier.MORE_THAN;
        boolean upper = d.qualifier == Qualifier.AT_MOST || d.qualifier == Qualifier.LESS_THAN;
        int gap = d.first - c.last - 1;
        if (!lower || !upper || gap < 2 || gap > 5 || !s.lower(c.last + 1).equals("and") || c.value >= d.value) {
            return null;
        }
        if (c.unit != null && c.explicitUnit && d.unit != null && !c.unit.equals(d.unit)) {
            return null;
        }
        Candidate r = new Candidate();
        r.first = c.first;
        while (r.first > 0 && s.token(r.first - 1).isWord() && PHRASES.get(s.lower(r.first - 1)) != null) {
            r.first--;
        }
        r.last = d.last;
        r.value = c.value;
        r.low = c.value;
        r.high = d.value;
        r.unit = d.unit != null ? d.unit : c.unit;
        r.per = d.per != null ? d.per : c.per;
        r.qualifier = Qualifier.RANGE;
        r.explicitUnit = true;
        return r;
    }

    /**
     * A bare count after a counted one in the same sentence counts the same thing when nothing else follows it:
     * "Cruz has 11 delegates and Rubio has 10", "killed 247 people in Kenya and 10 in Tanzania".
     */
    private static void elidedNouns(SentenceContext s, List<Candidate> found) {
        String noun = null;
        for (Candidate c : found) {
            if (c.unit != null && !c.explicitUnit && !c.fraction) {
                noun = c.unit;
            } else if (noun != null && c.unit == null && !c.explicitUnit && !c.fraction && !c.provisional
                    && c.value == Math.rint(c.value) && c.value >= 1 && elisionEnds(s, c.last + 1)) {
                c.unit = noun;
            }
        }
    }

    /** After an elided count: the end, punctuation, or a preposition or conjunction ("10 in Tanzania", "10 and"). */
    private static boolean elisionEnds(SentenceContext s, int k) {
        Token t = s.token(k);
        return t == null || !t.isWord() && !t.isNumber() || FUNCTION_WORDS.contains(t.lower())
                && !t.lower().equals("of") && !t.lower().equals("per");
    }

    /** After a figure's unit at {@code last}: {@code and a half}, {@code and 45 minutes}, {@code and forty-two cents}. */
    static boolean compoundFollows(SentenceContext s, int last) {
        if (!s.lower(last + 1).equals("and")) {
            return false;
        }
        Token next = s.token(last + 2);
        if (s.lower(last + 2).equals("a") && s.lower(last + 3).equals("half")) {
            return true;
        }
        if (next == null || !next.isNumber() && !Lexicon.NUMBER_WORDS.containsKey(next.lower())) {
            return false;
        }
        int unit = s.lower(last + 3).equals("-") && s.token(last + 3).glued() ? last + 5 : last + 3; // forty-two
        return Lexicon.MEASURES.containsKey(s.lower(unit)) || Lexicon.MINOR_UNITS.containsKey(s.lower(unit));
    }

    /** Units written as a larger and a smaller part, and how many of the smaller make one larger. */
    private static final Map<String, Map<String, Double>> COMPOUND_UNITS = Map.of("ft", Map.of("in", 12.0),
            "lb", Map.of("oz", 16.0), "h", Map.of("min", 60.0, "s", 3600.0), "min", Map.of("s", 60.0),
            "a", Map.of("mo", 12.0, "wk", 365.25 / 7, "d", 365.25), "mo", Map.of("wk", 365.25 / 84, "d", 365.25 / 12),
            "wk", Map.of("d", 7.0), "d", Map.of("h", 24.0, "min", 1440.0));

    /**
     * 6 feet 2 inches, 7lb 6oz, 3 hours 40 minutes (and 12 seconds), two years and six months: one figure in the
     * largest unit (6.1667 ft, 7.375 lb, 3.67 h, 2.5 a).
     */
    private static List<Candidate> mergeCompounds(SentenceContext s, List<Candidate> found) {
        List<Candidate> out = null;
        for (int i = 0; i + 1 < found.size(); i++) {
            Candidate c = found.get(i);
            Candidate d = found.get(i + 1);
            int gap = d.first - c.last - 1;
            String minor = s.lower(d.numLast + 1);
            if (isCurrency(c.unit) && c.unit.equals(d.unit) && c.value == Math.rint(c.value) && c.value > 0
                    && d.value > 0 && d.value < 1 && (Lexicon.MINOR_UNITS.containsKey(minor) || minor.equals("c"))
                    && c.per == null && c.low == null && d.qualifier == Qualifier.EXACT && !c.provisional
                    && (gap == 0 || gap == 1 && s.lower(c.last + 1).equals("and"))) {
                out = out == null ? new ArrayList<>(found) : out;
                c.value += d.value; // 20 dollars 43 cents, a dollar and 42 cents
                c.last = d.last;
                c.per = d.per;
                out.remove(d);
                found = out;
                i--;
                continue;
            }
            Map<String, Double> parts = c.unit == null ? null : COMPOUND_UNITS.get(c.unit);
            Double factor = parts == null || d.unit == null ? null : parts.get(d.unit);
            // after a first part the next must be smaller and below one of that part: 3 h 40 min 12 s
            double partFactor = c.part == null ? 1 : parts.get(c.part);
            if (factor == null || !(gap == 0 || gap == 1 && (s.lower(c.last + 1).equals("and")
                    || s.lower(c.last + 1).equals(",")))
                    || c.part == null && c.value != Math.rint(c.value) || factor <= partFactor
                    || d.value >= factor / partFactor || d.value <= 0 || d.value != Math.rint(d.value) && c.part != null
                    || d.qualifier != Qualifier.EXACT || c.per != null || c.low != null || c.provisional) {
                continue;
            }
            c.part = d.unit;
            if (out == null) {
                out = new ArrayList<>(found);
            }
            c.value += d.value / factor;
            c.last = d.last;
            c.per = d.per;
            out.remove(d);
            found = out;
            i--; // c may take a further, smaller part: 3 hours 40 minutes and 12 seconds
        }
        return out == null ? found : out;
    }

    /** between 10 and 20, 10-20%, from 5 to 7 million, 2 to 3 degrees. */
    /**
     * A value with its tolerance: {@code 5 ± 0.2 cm}, {@code 1.1 +/- 0.1 °C}, {@code 46% plus or minus 3} → one
     * APPROXIMATE figure with {@code low}/{@code high} the value less and plus the tolerance, unit shared.
     */
    private static Candidate tolerance(SentenceContext s, Candidate c, Candidate d, int gap) {
        boolean sign = gap == 1 && s.lower(c.last + 1).equals("\u00b1")
                || gap == 3 && s.lower(c.last + 1).equals("+") && s.lower(c.last + 2).equals("/")
                && s.lower(c.last + 3).equals("-")
                || gap == 3 && s.lower(c.last + 1).equals("plus") && s.lower(c.last + 2).equals("or")
                && s.lower(c.last + 3).equals("minus");
        if (!sign || c.fraction || d.fraction || d.qualifier != Qualifier.EXACT || d.value < 0
                || c.explicitUnit && d.explicitUnit && !c.unit.equals(d.unit)) {
            return null;
        }
        double value = c.scale == 1 && d.scale > 1 ? c.value * d.scale : c.value;
        Candidate r = new Candidate();
        r.first = c.first;
        r.last = d.last;
        r.value = value;
        java.math.BigDecimal v = java.math.BigDecimal.valueOf(value);
        java.math.BigDecimal t = java.math.BigDecimal.valueOf(d.value);
        r.low = v.subtract(t).doubleValue(); // 1.1 ± 0.1 → 1.0 .. 1.2, without binary rounding noise
        r.high = v.add(t).doubleValue();
        r.unit = c.explicitUnit ? c.unit : d.unit != null ? d.unit : c.unit;
        r.per = c.per != null ? c.per : d.per;
        r.qualifier = c.qualifier == Qualifier.EXACT ? Qualifier.APPROXIMATE : c.qualifier;
        r.explicitUnit = c.explicitUnit || d.explicitUnit;
        return r;
    }

    /**
     * A list of bare numbers before a number with a unit shares it: {@code 34 and 38 °C}, {@code 4.5, 6 and 13 kg},
     * {@code 2 and 3 per cent}. Not with {@code or} ({@code 3 or 4 km} is a range), nor after {@code between}, nor for
     * counted nouns, nor across a scale word ({@code 2 and 3 million}).
     */
    private static void listUnits(SentenceContext s, List<Candidate> found) {
        for (int i = found.size() - 2; i >= 0; i--) {
            Candidate c = found.get(i);
            Candidate d = found.get(i + 1);
            if (c.unit != null || c.explicitUnit || c.fraction || c.spelledOnly || !d.explicitUnit || d.unit == null
                    || d.scale != 1 || d.fraction || s.lower(c.first - 1).equals("between")) {
                continue;
            }
            String joiner = s.lower(c.last + 1);
            int gap = d.first - c.last - 1;
            boolean list = gap == 1 && (joiner.equals(",") || joiner.equals("and"))
                    || gap == 2 && joiner.equals(",") && s.lower(c.last + 2).equals("and");
            if (list) {
                c.unit = d.unit;
                c.explicitUnit = true;
            }
        }
    }

    private static List<Candidate> mergeRanges(SentenceContext s, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i);
            if (i + 1 < found.size()) {
                Candidate d = found.get(i + 1);
                int gap = d.first - c.last - 1;
                String joiner = gap == 1 ? s.lower(c.last + 1) : "";
                if (gap == 2 && s.lower(c.last + 1).equals("-") && s.token(c.last + 1).glued()
                        && (s.lower(c.last + 2).equals("to") || s.lower(c.last + 2).equals("and"))) {
                    joiner = "to"; // a 10- to 15-minute walk
                }
                String before = s.lower(c.first - 1);
                if (PHRASES.get(before) == Qualifier.APPROXIMATE && s.lower(c.first - 2).equals("between")) {
                    before = "between"; // between roughly $20,000 and $60,000
                }
                boolean between = before.equals("between") && joiner.equals("and");
                boolean from = before.equals("from") && (joiner.equals("to") || joiner.equals("-"));
                boolean changeFrom = from && (CHANGE_UP.contains(s.lower(c.first - 2))
                        || CHANGE_DOWN.contains(s.lower(c.first - 2)) || s.lower(c.first - 2).equals("by")
                        || FACTOR_WORDS.containsKey(s.lower(c.first - 2))
                        || MULTIPLIER_VERBS.containsKey(s.lower(c.first - 2))
                        || s.lower(c.first - 2).equals("went") || s.lower(c.first - 2).equals("changed"));
                boolean dash = joiner.equals("-") || joiner.equals("to") && !before.equals("from")
                        || joiner.equals("through") // grades 6 through 12
                        || joiner.equals("or") && !c.explicitUnit && d.unit != null; // four or five people
                boolean sameUnit = c.unit == null || !c.explicitUnit || d.unit == null
                        || c.unit.equals(d.unit);
                // "rise 5-10%", "cut by 20 to 30 percent" are ranges; "rise 25 cents to $2.75" is a change and a level
                boolean change = c.qualifier == Qualifier.INCREASE || c.qualifier == Qualifier.DECREASE;
                boolean plainFirst = c.qualifier == Qualifier.EXACT || c.qualifier == Qualifier.APPROXIMATE
                        || change && (joiner.equals("-") || !c.explicitUnit) || between || from
                        || c.qualifier == Qualifier.AT_MOST && (joiner.equals("to") || joiner.equals("-"))
                        && c.value < d.value; // "up to $36,000 to $38,000", "as much as 5 to 7 percent": the range
                boolean fractions = c.fraction && d.fraction && between;
                if (joiner.equals("-") && !c.explicitUnit && !d.explicitUnit && !c.fraction && !d.fraction
                        && c.value >= d.value && d.value < 200 && s.token(c.last + 1).glued()) {
                    i++; // a score or a vote: 3-1, 52-48
                    continue;
                }
                if ((between || from) && AGE_WORDS.contains(s.lower(c.first - 2))) {
                    i++; // aged between 18 and 65
                    continue;
                }
                if (from && c.unit == null && d.unit == null && c.value <= 24 && d.value <= 24
                        && OPENING_HOURS.contains(s.lower(c.first - 2))) {
                    i++; // open from 9 to 5: hours of the day
                    continue;
                }
                if (!c.explicitUnit && c.unit == null && d.explicitUnit && gap == 1 && SHARED_UNITS.contains(d.unit)
                        && (joiner.equals("to") || joiner.equals("and") || joiner.equals("or")) && !c.fraction
                        && (c.value > d.value || changeFrom) && !between && c.qualifier == Qualifier.EXACT) {
                    // "beat Trump 46 to 40 percent", "11 and 8 percent respectively", "rose from 5 to 7 percent"
                    c.unit = d.unit;
                    c.explicitUnit = true;
                }
                Candidate tolerance = tolerance(s, c, d, gap);
                if (tolerance != null) {
                    out.add(tolerance);
                    i++;
                    continue;
                }
                Candidate bounded = bounded(s, c, d);
                if (bounded != null) {
                    out.add(bounded);
                    i++;
                    continue;
                }
                if ((between || from && !changeFrom || dash) && plainFirst && sameUnit
                        && (fractions || !c.fraction && !d.fraction) && d.qualifier == Qualifier.EXACT) {
                    double low = c.value;
                    if (c.scale == 1 && d.scale > 1 && c.value * d.scale <= d.value) {
                        low = c.value * d.scale;
                    }
                    if (c.unit != null && c.explicitUnit && c.unit.equals(d.unit) || !c.explicitUnit) {
                        double high = d.value;
                        if (low > high && c.explicitUnit
                                && (between || from && RANGE_VERBS.contains(s.lower(c.first - 2)))) {
                            high = low; // "ranged from -18C to -34C": the bounds in the other order
                            low = d.value;
                        }
                        if (low < high) {
                            Candidate r = new Candidate();
                            r.first = c.first;
                            r.last = d.last;
                            r.value = low;
                            r.low = low;
                            r.high = high;
                            r.unit = d.unit != null ? d.unit : c.unit;
                            r.per = d.per != null ? d.per : c.per;
                            r.qualifier = Qualifier.RANGE;
                            r.explicitUnit = true;
                            out.add(r);
                            i++;
                            continue;
                        }
                    }
                }
            }
            out.add(c);
        }
        return out;
    }
}
