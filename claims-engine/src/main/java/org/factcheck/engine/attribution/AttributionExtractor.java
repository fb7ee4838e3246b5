package org.factcheck.engine.attribution;

import java.util.Set;

import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.text.Words;
import org.factcheck.engine.text.SentenceContext;
import org.factcheck.engine.text.Token;

/**
 * Who asserts a sentence: {@code according to X}, {@code X said/says/told/stated/claimed/estimated …},
 * {@code said X}, quoted speech with its speaker ({@code "…," Petrov said}), {@code data from X show},
 * {@code a study by X found}, {@code surveys conducted by X}. Pronoun speakers ({@code he said}) are resolved to
 * the last named speaker of the document when there is one.
 */
public final class AttributionExtractor {

    private static final Set<String> EVIDENCE_MODIFIERS = Words.set("a", "an", "the", "new", "latest", "recent", "official",
            "government", "annual", "independent");
    private static final Set<String> ARTICLES = Words.set("a", "an", "the");
    private static final Set<String> AUXILIARIES = Words.set("has", "have", "had", "also", "later", "previously", "would",
            "will", "earlier", "recently", "once", "then", "repeatedly", "publicly", "is", "was", "are", "were", "been",
            "reportedly", "further", "however");
    private static final Set<String> FUNCTION_ONLY = Words.set("the", "a", "an", "its", "his", "her", "their", "some", "many",
            "most", "also", "not");
    private static final Set<String> SOURCE_OPENERS = Words.set("the", "a", "an", "official", "officials", "police",
            "government", "researchers", "analysts", "experts", "scientists");
    private static final Set<String> PHRASE_STOPS = Words.set("that", "which", "who", "show", "shows", "showed", "found",
            "said", "says", "and", "but", "is", "are", "was", "were", "has", "have", "had", "since", "when", "while",
            "because", "suggest", "suggests", "indicate", "indicates", "on", "last", "this", "in");

    private static final Set<String> SAY_VERBS = Words.set("said", "says", "say", "told", "tells", "tell", "stated",
            "states", "claimed", "claims", "claim", "estimated", "estimates", "estimate", "reported", "reports",
            "report", "announced", "announces", "added", "adds", "noted", "notes", "wrote", "writes", "argued",
            "argues", "warned", "warns", "insisted", "insists", "explained", "explains", "confirmed", "confirms",
            "believes", "believe", "thinks", "think", "acknowledged", "acknowledges", "admitted", "admits",
            "revealed", "reveals", "declared", "declares", "asserted", "asserts", "alleged", "alleges", "predicted",
            "predicts", "projected", "projects", "found", "finds", "show", "shows", "showed", "shown", "suggest",
            "suggests", "suggested", "indicate", "indicates", "indicated", "pointed", "points", "stressed",
            "stresses", "emphasised", "emphasized", "told", "tweeted", "posted", "calculated", "calculates",
            "concluded", "concludes", "disclosed", "discloses", "testified", "maintained", "maintains",
            "contended", "contends", "countered", "replied", "responded", "recalled", "observed", "remarked",
            "according");

    /** Verbs that need evidence-like subjects: "data show", "a study found". */
    private static final Set<String> EVIDENCE_VERBS = Words.set("found", "finds", "show", "shows", "showed", "shown",
            "suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "concluded", "concludes",
            "calculated", "calculates", "projected", "projects", "predicted", "predicts", "revealed", "reveals");

    private static final Set<String> EVIDENCE_NOUNS = Words.set("data", "figures", "statistics", "stats",
            "estimates", "estimate", "survey", "surveys", "poll", "polls", "study", "studies", "report", "reports",
            "analysis", "analyses", "research", "census", "numbers", "records", "findings", "review", "audit",
            "investigation", "assessment", "index", "ranking", "rankings", "projections", "forecast", "forecasts",
            "calculations", "count", "tally", "model", "models", "paper", "documents", "filings", "registry");

    /** Verb forms that are also nouns or need "that" to be a verb of saying. */
    private static final Set<String> BASE_FORMS = Words.set("claim", "estimate", "report", "think", "believe",
            "tell", "estimates", "reports", "claims");

    /**
     * Verb forms that are as often plural nouns ("in three states", "the United States", "40 shows"): verbs of
     * saying only where the POS tagger reads a verb ("the report states").
     */
    private static final Set<String> NOUN_OR_VERB = Words.set("states", "notes", "shows", "projects");

    /** Verbs of saying that attribute whatever follows them ("said on Monday", "told reporters"). */
    private static final Set<String> FREE_VERBS = Words.set("said", "says", "say", "told", "tells", "added", "adds");

    private static final Set<String> SOURCE_LINKS = Words.set("by", "from");
    private static final Set<String> SOURCE_PARTICIPLES = Words.set("conducted", "published", "released", "compiled",
            "carried", "commissioned", "gathered", "collected", "produced", "issued", "provided", "cited", "run");

    private static final Set<String> BOUNDARIES = Words.set(",", "\"", ";", ":", "(", ")", "that", "and", "but", "as",
            "who", "which", "when", "while", "because", "if", "where", "-", "\u2014");

    private static final Set<String> PRONOUNS = Words.set("he", "she", "they", "we", "i");
    private static final Set<String> NOT_SOURCES = Words.set("it", "this", "that", "which", "what", "there", "you",
            "who", "one", "some", "many", "others", "people", "critics", "experts");

    /**
     * @param lastSpeaker the last named speaker of the document, to resolve {@code he said}; may be null
     */
    public Attribution extract(SentenceContext s, String lastSpeaker) {
        int n = s.size();
        for (int i = 0; i < n; i++) {
            Token t = s.token(i);
            if (!t.isWord()) {
                continue;
            }
            String w = t.lower();
            if (w.equals("according") && s.lower(i + 1).equals("to")) {
                int end = phraseEnd(s, i + 2, 12);
                if (end >= i + 2) {
                    return make(s, i, end, s.span(i + 2, end));
                }
            }
            if (EVIDENCE_NOUNS.contains(w)) {
                int k = i + 1;
                if (SOURCE_PARTICIPLES.contains(s.lower(k))) {
                    k++;
                    if (s.lower(k).equals("out")) {
                        k++;
                    }
                }
                if (SOURCE_LINKS.contains(s.lower(k)) && s.token(k + 1) != null
                        && !s.token(k + 1).isNumber() && startsName(s, k + 1)) {
                    int end = phraseEnd(s, k + 1, 10);
                    if (end >= k + 1) {
                        int first = i;
                        while (first > 0 && s.token(first - 1).isWord() && EVIDENCE_MODIFIERS.contains(s.lower(first - 1))) {
                            first--;
                        }
                        return make(s, first, end, s.span(k + 1, end));
                    }
                }
            }
        }
        for (int i = 1; i < n; i++) {
            Token t = s.token(i);
            if (!t.isWord() || !SAY_VERBS.contains(t.lower()) || t.lower().equals("according")) {
                continue;
            }
            String w = t.lower();
            if ((w.equals("pointed") || w.equals("points")) && !s.lower(i + 1).equals("out")) {
                continue;
            }
            int verbEnd = (w.equals("pointed") || w.equals("points")) ? i + 1 : i;
            if (BASE_FORMS.contains(w) && !FREE_VERBS.contains(w) && !s.lower(verbEnd + 1).equals("that")) {
                continue; // "the original estimate", "a think tank"
            }
            if (!FREE_VERBS.contains(w) && !EVIDENCE_VERBS.contains(w) && !introducesStatement(s, verbEnd + 1)) {
                continue; // "wrote an article", "think tanks"
            }
            if (NOUN_OR_VERB.contains(w) && !s.tag(i).equals("VERB")) {
                continue; // "floods hit three states", "signed with the United States"
            }
            // said X: after a quote or a comma
            String before = s.lower(i - 1);
            if ((before.equals(",") || before.equals("\"")) && !EVIDENCE_VERBS.contains(w) && !w.startsWith("tel")
                    && !w.equals("told") && startsName(s, i + 1)) {
                int end = phraseEnd(s, i + 1, 6);
                if (end > i) {
                    return make(s, i, end, s.span(i + 1, end));
                }
            }
            if (ARTICLES.contains(before)) {
                continue; // "an estimated 870,000"
            }
            // X said; "The minister, Karl Weber, told"
            int subjectEnd = i - 1;
            boolean appositive = before.equals(",") && s.token(i - 2) != null && s.token(i - 2).capitalized();
            if (appositive) {
                subjectEnd = i - 2;
            } else if (before.equals(",") && s.token(i - 2) != null && s.token(i - 2).isNumber()
                    && s.lower(i - 3).equals(",") && s.token(i - 4) != null && s.token(i - 4).capitalized()) {
                subjectEnd = i - 4; // "union leader Mark Evans, 52, told"
            }
            // "X has said", "X would later say"
            while (subjectEnd > 0 && AUXILIARIES.contains(s.lower(subjectEnd))) {
                subjectEnd--;
            }
            int subjectStart = subjectEnd;
            while (subjectStart > 0 && subjectEnd - subjectStart < 8 && !BOUNDARIES.contains(s.lower(subjectStart - 1))
                    && s.token(subjectStart - 1).isWord() || subjectStart > 0 && s.token(subjectStart - 1).is("'s")
                    || subjectStart > 1 && s.token(subjectStart - 1).is("'") && s.token(subjectStart - 1).glued()
                    && s.token(subjectStart - 2).isWord()
                    || subjectStart > 0 && s.lower(subjectStart - 1).equals("-") && s.token(subjectStart).glued()) {
                subjectStart--;
            }
            if (subjectStart > subjectEnd || !s.token(subjectEnd).isWord()) {
                continue;
            }
            if (subjectStart > 0 && !BOUNDARIES.contains(s.lower(subjectStart - 1))) {
                continue; // subject longer than we trust
            }
            String subject = s.span(subjectStart, subjectEnd);
            String first = s.lower(subjectStart);
            if (NOT_SOURCES.contains(first) && subjectStart == subjectEnd) {
                continue;
            }
            if (EVIDENCE_VERBS.contains(w)) {
                boolean evidence = false;
                for (int j = subjectStart; j <= subjectEnd; j++) {
                    evidence |= EVIDENCE_NOUNS.contains(s.lower(j));
                }
                if (!evidence) {
                    continue;
                }
            } else if (!hasNounLike(s, subjectStart, subjectEnd)) {
                continue;
            }
            String source = subject;
            if (subjectStart == subjectEnd && PRONOUNS.contains(first)) {
                source = lastSpeaker != null ? lastSpeaker : subject;
            }
            int end = verbEnd;
            if (w.equals("told") || w.equals("tells")) {
                if (s.token(verbEnd + 1) != null && s.token(verbEnd + 1).capitalized()) {
                    end = phraseEnd(s, verbEnd + 1, 4);
                }
            }
            return make(s, subjectStart, Math.max(end, verbEnd), source);
        }
        return null;
    }

    /** "that", a quote, a colon or comma, a pronoun or the end: what a verb of saying is followed by. */
    private static boolean introducesStatement(SentenceContext s, int k) {
        Token t = s.token(k);
        if (t == null) {
            return true;
        }
        String w = t.lower();
        if ((w.equals("in") || w.equals("on")) && s.token(k + 1) != null && s.token(k + 1).capitalized()) {
            return true; // "researchers reported in The Lancet"
        }
        return w.equals("that") || w.equals(",") || w.equals(":") || w.equals("\"") || w.equals(".")
                || PRONOUNS.contains(w) || w.equals("it") || w.equals("there") || t.capitalized()
                || w.equals("the") && k + 1 < s.size() && s.token(k + 1).isWord()
                && EVIDENCE_NOUNS.contains(s.lower(k + 1)) || s.token(k).isNumber();
    }

    private static boolean hasNounLike(SentenceContext s, int from, int to) {
        for (int j = from; j <= to; j++) {
            Token t = s.token(j);
            if (t.capitalized() || !FUNCTION_ONLY.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsName(SentenceContext s, int k) {
        Token t = s.token(k);
        return t != null && t.isWord() && (t.capitalized() || SOURCE_OPENERS.contains(t.lower()));
    }

    /** Last token of a noun phrase starting at k: stops at punctuation, clause words or a verb of saying. */
    private static int phraseEnd(SentenceContext s, int k, int max) {
        int end = k - 1;
        for (int j = k; j < s.size() && j < k + max; j++) {
            Token t = s.token(j);
            String w = t.lower();
            if (!t.isWord() && !t.is("'s") && !t.is("-") && !t.is("&") && !t.is(".")
                    || t.is(".") && j == s.size() - 1) {
                break;
            }
            if (t.is(".") && !(s.token(j - 1) != null && s.token(j - 1).text().length() <= 2)) {
                break;
            }
            if (PHRASE_STOPS.contains(w)
                    && !(w.equals("in") && j + 1 < s.size() && s.token(j + 1).capitalized())
                    && !(w.equals("and") && j + 1 < s.size() && s.token(j + 1).capitalized()
                            && s.token(j - 1).capitalized())) {
                break;
            }
            end = j;
        }
        while (end >= k && !s.token(end).isWord()) {
            end--;
        }
        return end;
    }

    private static Attribution make(SentenceContext s, int first, int last, String source) {
        return new Attribution(s.originalStart(first), s.originalEnd(last), s.span(first, last), source);
    }
}
