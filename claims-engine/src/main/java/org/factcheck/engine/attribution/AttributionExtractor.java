package org.factcheck.engine.attribution;

import java.util.Set;

import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.text.Words;
import org.factcheck.engine.text.SentenceContext;
import org.factcheck.engine.text.Token;
import org.factcheck.engine.time.TimeExtractor;

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
            "calculations", "count", "tally", "model", "models", "paper", "documents", "filings", "registry",
            "average", "averages", "video", "videos", "footage", "photos", "photographs", "images", "results",
            "evidence", "emails", "memo", "memos", "transcript", "transcripts", "slide", "slides", "chart", "charts",
            "polling", "inquiry", "probe", "evaluation", "autopsy", "testing", "experiments", "experiment", "trial",
            "trials");

    /** Evidence verbs that a person or a body also says things with, before "that": "Clinton suggested that …". */
    private static final Set<String> PERSON_FINDINGS = Words.set("suggested", "suggests", "suggest", "predicted",
            "predicts", "concluded", "concludes", "revealed", "reveals", "found", "finds", "calculated", "indicated");

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

    private static final Set<String> PRONOUNS = Words.set("he", "she", "they", "we", "i", "i've", "we've", "they've",
            "i'd", "we'd", "they'd", "he'd", "she'd");
    /** Words that open an appositive between a subject and its verb: "X, the finance minister, said". */
    private static final Set<String> APPOSITIVE_OPENERS = Words.set("the", "a", "an", "his", "her", "its", "their",
            "who", "whose", "which");
    private static final Set<String> RELATIVES = Words.set("who", "whose", "which");
    /** Determiners before a noun: "its annual report that", "the claim that" are nouns, not verbs. */
    private static final Set<String> DETERMINERS = Words.set("the", "a", "an", "its", "his", "her", "their", "our",
            "this", "these", "those", "whose", "your", "my");
    /** Finite auxiliaries and modals: what tells a clause ("the vote had been rigged") from an object. */
    private static final Set<String> FINITE = Words.set("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "could", "can", "should", "may", "might", "must", "did", "does", "do", "shall");
    /** Verbs of saying that attribute in the passive with {@code by}: "it was reported by local media". */
    private static final Set<String> PASSIVE_SAY = Words.set("said", "reported", "stated", "announced", "claimed",
            "estimated", "alleged", "revealed", "disclosed", "projected", "predicted", "calculated");
    private static final Set<String> PASSIVE_AUX = Words.set("is", "are", "was", "were", "been", "be", "being");
    /** "according to plan", "according to schedule": a manner, no source. */
    private static final Set<String> NOT_ACCORDING_TO = Words.set("plan", "plans", "schedule", "script", "tradition",
            "custom", "need", "needs", "size", "age", "type", "taste", "form", "expectations");
    /** Objects of "tell" that make it no verb of saying: "tells the story of", "told the truth". */
    private static final Set<String> NOT_TOLD = Words.set("story", "stories", "tale", "tales", "truth", "joke", "jokes",
            "lie", "lies", "difference", "time", "history");
    /** Abbreviated titles before a name: "Mr. Burman", "Sen. Lindsey Graham", "the Rev. Al Sharpton". */
    private static final Set<String> NAME_ABBREVIATIONS = Words.set("mr", "mrs", "ms", "messrs", "dr", "prof", "sen",
            "rep", "reps", "gov", "lt", "rev", "gen", "col", "maj", "capt", "cmdr", "sgt", "adm", "del", "supt", "atty",
            "hon", "pres", "jr", "sr", "st", "ft");
    private static final Set<String> NEGATIONS = Words.set("not", "n't", "'t", "never");
    /** Past participles of verbs of saying not in -ed: "we have been told", "it is thought". */
    private static final Set<String> PARTICIPLES = Words.set("told", "said", "found", "shown", "thought", "written");
    /** Words that make a would-be subject a question or a free relative: "Do you think", "what he says". */
    private static final Set<String> QUESTION_WORDS = Words.set("what", "whatever", "how", "why", "whether");
    private static final Set<String> WEEKDAYS = Words.set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> PERIODS = Words.set("week", "weekend", "month", "year", "morning", "afternoon",
            "evening", "night");
    /** Opening words of an adverbial phrase, which is no subject: "In a message posted Friday, …". */
    private static final Set<String> PREPOSITIONS = Words.set("in", "on", "at", "during", "after", "before", "from",
            "with", "for", "of", "to", "since", "under", "over", "into", "about", "among", "amid", "despite",
            "without", "through", "like", "by");
    /** Verbs that after "I"/"we" hedge rather than attribute: "I think that's why". */
    private static final Set<String> THINKING = Words.set("think", "thinks", "believe", "believes", "know", "knows",
            "hope", "hopes", "guess", "suppose", "feel", "feels");
    /** Participles that report what the main subject said: "…, saying she was unstable". */
    private static final Set<String> SAYING_PARTICIPLES = Words.set("saying", "adding", "arguing", "noting",
            "insisting", "claiming", "warning", "explaining", "stressing", "asserting", "contending", "declaring",
            "acknowledging", "telling", "writing");
    private static final Set<String> CONJUNCTIONS = Words.set("but", "and", "so", "yet", "still", "meanwhile");
    private static final Set<String> NOUN_PHRASE_TAGS = Words.set("NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON", "ADP");
    /** Adverbs between a subject and its verb: "Clinton now says", "Wells Fargo just announced". */
    private static final Set<String> VERB_ADVERBS = Words.set("now", "often", "just", "still", "already", "always",
            "again", "even", "only", "first", "long", "soon", "since", "sometimes", "meanwhile", "too");
    /** Words that open a subordinate clause before its subject: "shortly after Trump said", "though a review found". */
    private static final Set<String> SUBORDINATORS = Words.set("after", "although", "though", "before", "until",
            "unless", "whereas", "whether", "everything", "anything");
    private static final Set<String> TRAILING_FUNCTION_WORDS = Words.set("of", "for", "at", "in", "from", "and", "the",
            "a", "an", "to", "on", "with", "by");
    private static final Set<String> HEDGES = Words.set("think", "believe", "say", "guess");
    private static final Set<String> TIME_WORDS = Words.set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow", "last", "this", "earlier", "later",
            "recently", "previously", "morning", "afternoon", "evening", "on", "in", "at", "during", "after", "before");
    /** Nouns and adjectives before "reports"/"claims"/"estimates" that make them nouns: "press reports that". */
    private static final Set<String> REPORT_MODIFIERS = Words.set("news", "media", "press", "newspaper", "newspapers",
            "weekend", "unconfirmed", "unverified", "earlier", "recent", "initial", "early", "local", "official",
            "police", "intelligence", "conflicting", "widespread", "false");
    private static final Set<String> NAME_LINKS = Words.set("the", "of", "&");
    /** Sentence adverbs and conjunctions before a subject, no part of it: "Meanwhile the minister said". */
    private static final Set<String> DISCOURSE_OPENERS = Words.set("meanwhile", "yet", "now", "however", "instead",
            "so", "but", "and", "or", "also", "still", "indeed", "then", "moreover", "furthermore", "nevertheless",
            "nonetheless", "separately", "elsewhere", "previously", "earlier", "later", "today", "again");
    /** Floating quantifiers after a subject: "the three banks all said", "they both said". */
    private static final Set<String> FLOATING_QUANTIFIERS = Words.set("all", "both", "each");
    /** Words that open a new noun phrase: after a noun without a preposition between, a new clause has begun. */
    private static final Set<String> PHRASE_OPENERS = Words.set("the", "a", "an", "these", "those", "many", "most",
            "some", "several", "its", "his", "her", "their", "our");
    /** Verbs of saying that make "it" a speaker, a body named earlier: "It said it would appeal". */
    private static final Set<String> IT_SAYS = Words.set("said", "says", "added", "announced", "reported", "warned",
            "stated", "confirmed", "told", "argued", "insisted", "claimed", "denied", "estimated", "predicted");
    private static final Set<String> NOT_LOWER_SPEAKERS = Words.set("it", "this", "that", "which", "what", "there",
            "you", "who", "so", "not", "no", "yes", "nothing", "only", "just", "also", "goodbye", "hello", "sorry",
            "little", "much", "more", "less", "otherwise", "anything", "something", "again", "later", "earlier",
            "then", "now", "too", "instead", "afterwards", "softly", "quietly");
    private static final Set<String> NOT_SOURCES = Words.set("it", "this", "that", "which", "what", "there", "you",
            "who", "one", "some", "many", "others", "people", "critics", "experts");

    /**
     * @param lastSpeaker the last named speaker of the document, to resolve {@code he said}; may be null
     */
    public Attribution extract(SentenceContext s, String lastSpeaker) {
        return extract(s, pronoun -> lastSpeaker);
    }

    /**
     * @param speakerFor the earlier speaker a pronoun ({@code he}, {@code they}, lower case) stands for, or null
     */
    public Attribution extract(SentenceContext s, java.util.function.Function<String, String> speakerFor) {
        int n = s.size();
        boolean[] quoted = null;
        boolean verbs = false;
        for (int i = 0; i < n; i++) {
            Token t = s.token(i);
            if (!t.isWord()) {
                continue;
            }
            String w = t.lower();
            verbs |= SAY_VERBS.contains(w) || SAYING_PARTICIPLES.contains(w);
            if (w.equals("according") && s.lower(i + 1).equals("to") && !NOT_ACCORDING_TO.contains(s.lower(i + 2))
                    && !QUESTION_WORDS.contains(s.lower(i + 2)) // "according to how long he plays": a manner
                    && !(quoted = quoted(s))[i]) { // inside a quote it belongs to the quoted speaker
                int end = phraseEnd(s, i + 2, 12);
                if (end >= i + 2 && hasNounLike(s, i + 2, end)) { // not "according to a 2014 study"
                    int by = evidenceSource(s, i + 2, end);
                    return make(s, i, end, s.span(by < 0 ? i + 2 : by, end)); // "according to a poll by YouGov"
                }
            }
            if (EVIDENCE_NOUNS.contains(w)) {
                int k = i + 1;
                if (s.lower(k).equals(",") && SOURCE_PARTICIPLES.contains(s.lower(k + 1))) {
                    k++; // "The report, published by the Audit Office, said"
                }
                boolean venue = false;
                if (SOURCE_PARTICIPLES.contains(s.lower(k))) {
                    k++;
                    if (s.lower(k).equals("out")) {
                        k++;
                    }
                    // "a study published in The Lancet": the journal, not a month
                    venue = s.lower(k).equals("in") && s.token(k + 1) != null && s.token(k + 1).capitalized()
                            && !TimeExtractor.isMonthName(s.lower(k + 1));
                }
                if ((venue || SOURCE_LINKS.contains(s.lower(k))) && s.token(k + 1) != null
                        && !s.token(k + 1).isNumber() && startsName(s, k + 1) && !timeWord(s, k + 1)) {
                    int end = phraseEnd(s, k + 1, 10);
                    for (int j = k + 2; j <= end; j++) {
                        Token x = s.token(j);
                        if (x.isWord() && !x.capitalized() && x.lower().endsWith("ed") && s.tag(j).equals("VERB")) {
                            end = -1; // "evidence from the bombing arrived at the lab": what the evidence did
                            break;
                        }
                    }
                    if (end >= k + 1 && hasNounLike(s, k + 1, end)) { // not "data from the 2014 survey"
                        int first = i;
                        while (first > 0 && s.token(first - 1).isWord() && EVIDENCE_MODIFIERS.contains(s.lower(first - 1))) {
                            first--;
                        }
                        return make(s, first, end, s.span(k + 1, end));
                    }
                }
            }
        }
        if (!verbs) {
            return null; // most sentences: no verb of saying, nothing more to look at
        }
        quoted = quoted(s);
        int tail = finalClause(s);
        for (int i = tail; i > 0 && i < n; i++) {
            Attribution a = verbAt(s, i, speakerFor, quoted); // "…, the source added." governs the sentence
            if (a != null) {
                return a;
            }
        }
        for (int i = 1; i < n; i++) {
            Attribution a = verbAt(s, i, speakerFor, quoted);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** The attribution whose verb of saying is token {@code i}, or null. */
    private static Attribution verbAt(SentenceContext s, int i, java.util.function.Function<String, String> speakerFor,
            boolean[] quoted) {
        Token t = s.token(i);
        if (quoted != null && quoted[i] || !t.isWord()) {
            return null; // "What I would also say is …," Earnest said: the quote's own verbs are no attribution
        }
        if (SAYING_PARTICIPLES.contains(t.lower()) && s.lower(i - 1).equals(",")) {
            // "Trump attacked Clinton for her record, saying she was unstable": the speaker is the main subject
            return statementFollows(s, i + 1) ? sharedSubject(s, i, i - 1, speakerFor) : null;
        }
        // "Donald Trump is warning voters that …", "The White House is saying that …"
        boolean progressive = SAYING_PARTICIPLES.contains(t.lower()) && progressive(s, i)
                && !s.lower(i + 1).equals(",") && !s.lower(i + 1).equals(".");
        if (!SAY_VERBS.contains(t.lower()) && !progressive || t.lower().equals("according")
                || t.capitalized() && i > 0 && !quoteMark(s, i - 1) && !titleCase(s)) {
            return null; // a capital inside a sentence is a name: "the Cook Political Report"
        }
        String w = t.lower();
        int mark = reportingMark(s, i);
        // "…, The Wall Street Journal reports.", "The New York Times reports:"
        boolean closingReport = mark >= -1 && (s.lower(i + 1).equals(".") && i + 2 >= s.size() || s.lower(i + 1).equals(":"));
        if (s.lower(i - 1).equals("and") && !EVIDENCE_VERBS.contains(w)) {
            // "Cruz urged voters to follow their conscience and said he would not endorse"
            return statementFollows(s, i + 1) ? sharedSubject(s, i, i - 1, speakerFor) : null;
        }
        if ((w.equals("pointed") || w.equals("points")) && !s.lower(i + 1).equals("out")) {
            return null;
        }
        if (s.lower(i - 1).equals("to") || negated(s, i) || passive(s, i)) {
            return null; // "declined to say", "Kadzik wouldn't say", "offshore profits are reported"
        }
        int verbEnd = (w.equals("pointed") || w.equals("points")) ? i + 1 : i;
        if (PASSIVE_SAY.contains(w) && PASSIVE_AUX.contains(s.lower(i - 1)) && s.lower(i + 1).equals("by")
                && s.token(i + 2) != null && s.token(i + 2).isWord()) {
            int end = phraseEnd(s, i + 2, 8); // "it was reported by local media that"
            if (end >= i + 2) {
                return make(s, i, end, s.span(i + 2, end));
            }
        }
        if (BASE_FORMS.contains(w) && !FREE_VERBS.contains(w) && (!s.lower(verbEnd + 1).equals("that") && !closingReport
                || DETERMINERS.contains(s.lower(i - 1)) || s.lower(i - 1).equals("'s")
                || s.lower(i - 2).equals("'s") && !s.token(i - 1).capitalized()
                || DETERMINERS.contains(s.lower(i - 2)) && !s.token(i - 1).capitalized()
                && !s.tag(i).equals("VERB"))) {
            return null; // "the original estimate", "a think tank", "the claim that", "its annual report that"
        }
        if ((w.equals("tells") || w.equals("tell") || w.equals("told")) && toldNoStatement(s, i + 1)) {
            return null; // "the film tells the story of"
        }
        boolean afterQuote = mark >= 0 && quoteMark(s, mark) && closes(s, mark); // "…," Mr. Clarke recalled of
        if (!FREE_VERBS.contains(w) && !EVIDENCE_VERBS.contains(w) && !introducesStatement(s, verbEnd + 1)
                && !s.lower(afterTime(s, verbEnd + 1)).equals("that") // "announced last month that"
                && !asClause(s, verbEnd + 1) && !afterQuote && !closingReport && !w.equals("telling")
                && !(w.startsWith("warn") && recipientThat(s, verbEnd + 1))) {
            return null; // "wrote an article", "think tanks"
        }
        if (NOUN_OR_VERB.contains(w) && !s.tag(i).equals("VERB")
                && !(s.lower(i + 1).equals("that") && EVIDENCE_NOUNS.contains(s.lower(i - 1)))) { // "a poll shows that"
            return null; // "floods hit three states", "signed with the United States"
        }
        // said X: after a quote or a comma
        String before = s.lower(i - 1);
        if ((before.equals(",") || quoteMark(s, i - 1)) && !EVIDENCE_VERBS.contains(w) && !w.startsWith("tel")
                && !w.equals("told") && (startsName(s, i + 1) || lowerSpeaker(s, i + 1)) && !timeWord(s, i + 1)) {
            int end = phraseEnd(s, i + 1, 8);
            if (end > i && !FINITE.contains(s.lower(end + 1)) && !clauseIn(s, i + 2, end + 1)
                    && !finiteAhead(s, end + 1) && (startsName(s, i + 1) || closesSentence(s, end + 1))) {
                return make(s, i, end, s.span(i + 1, end)); // not "…, said the project was", "said the union expected"
            }
        }
        if (DETERMINERS.contains(before) && !before.equals("her") // "a person close to her said"
                || REPORT_MODIFIERS.contains(before) && BASE_FORMS.contains(w)
                && !s.token(i - 1).capitalized()) { // but "CBS News reports"
            return null; // "an estimated 870,000", "his declared interests", "newspaper reports that"
        }
        // X said; "The minister, Karl Weber, told"
        int subjectEnd = i - 1;
        int auxiliaries = i - 1;
        while (auxiliaries > 1 && AUXILIARIES.contains(s.lower(auxiliaries)) && !s.token(auxiliaries).capitalized()) {
            auxiliaries--; // "Deutsche Boerse, the German exchange …, has said"
        }
        int head = before.equals(",") ? appositiveHead(s, i - 1)
                : auxiliaries < i - 1 && s.lower(auxiliaries).equals(",") ? appositiveHead(s, auxiliaries) : -1;
        boolean appositive = before.equals(",") && s.token(i - 2) != null && s.token(i - 2).capitalized();
        if (head >= 0) {
            subjectEnd = head; // "Ingrid Solberg, the finance minister, said"; "The committee, which met, said"
        } else if (appositive) {
            subjectEnd = i - 2;
        } else if (before.equals(",") && s.token(i - 2) != null && s.token(i - 2).isNumber()
                && s.lower(i - 3).equals(",") && s.token(i - 4) != null && s.token(i - 4).capitalized()) {
            subjectEnd = i - 4; // "union leader Mark Evans, 52, told"
        }
        // "X has said", "X would later say", "X forcefully told"
        while (subjectEnd > 0 && (AUXILIARIES.contains(s.lower(subjectEnd)) || lyAdverb(s, subjectEnd)
                || VERB_ADVERBS.contains(s.lower(subjectEnd)) // "Clinton now says", "Mexicans often say"
                || FLOATING_QUANTIFIERS.contains(s.lower(subjectEnd)) && !s.token(subjectEnd).capitalized())) {
            subjectEnd--;
        }
        subjectEnd = beforeAffiliation(s, subjectEnd); // "Rep. Gwen Moore (D-Wis.) said"
        int opener = timeOpener(s);
        int subjectStart = subjectEnd;
        while (subjectStart > opener && subjectEnd - subjectStart < 8 && !BOUNDARIES.contains(s.lower(subjectStart - 1))
                && !FREE_VERBS.contains(s.lower(subjectStart - 1)) && !thinking(s, subjectStart - 1)
                && !SUBORDINATORS.contains(s.lower(subjectStart - 1))
                && s.token(subjectStart - 1).isWord() || subjectStart > 0 && s.token(subjectStart - 1).is("'s")
                || subjectStart > 1 && s.token(subjectStart - 1).is("'") && s.token(subjectStart - 1).glued()
                && s.token(subjectStart - 2).isWord() && !quoteMark(s, subjectStart - 1)
                || subjectStart > 1 && nameDot(s, subjectStart - 1)
                || subjectStart > 0 && s.lower(subjectStart - 1).equals("-") && s.token(subjectStart).glued()) {
            subjectStart--;
        }
        if (subjectStart > subjectEnd || !s.token(subjectEnd).isWord() && !numberedName(s, subjectEnd)
                || BOUNDARIES.contains(s.lower(subjectEnd))) {
            return null;
        }
        if (subjectStart > opener && !BOUNDARIES.contains(s.lower(subjectStart - 1))
                && !FREE_VERBS.contains(s.lower(subjectStart - 1)) && !quoteMark(s, subjectStart - 1)
                && !thinking(s, subjectStart - 1) && !SUBORDINATORS.contains(s.lower(subjectStart - 1))) {
            return null; // subject longer than we trust
        }
        if (s.lower(subjectStart - 1).equals("and") && s.token(subjectStart - 2) != null
                && s.token(subjectStart - 2).isWord()) {
            subjectStart = coordinatedSubject(s, subjectStart, subjectEnd); // "Mr. Grassley and Mr. Leahy say"
        }
        if (subjectStart == 0 || BOUNDARIES.contains(s.lower(subjectStart - 1))) {
            if (s.lower(subjectEnd).equals("so") && (subjectStart == subjectEnd
                    || subjectStart == subjectEnd - 1 && s.lower(subjectStart).equals("or"))) {
                int end = phraseEnd(s, i + 1, 8); // "Or so says the Home Secretary": the speaker follows the verb
                return end > i && startsName(s, i + 1) ? make(s, i, end, s.span(i + 1, end)) : null;
            }
            while (subjectStart < subjectEnd && !s.lower(subjectStart + 1).equals("'s")) {
                int skip = DISCOURSE_OPENERS.contains(s.lower(subjectStart)) ? 1
                        : timeAfterSubject(s, subjectStart) ? (WEEKDAYS.contains(s.lower(subjectStart)) ? 1 : 2) : 0;
                if (skip == 0 || subjectStart + skip > subjectEnd || s.lower(subjectStart + skip).equals("'s")
                        || s.lower(subjectStart + skip + 1).equals("'s")) { // "Last year's figures show"
                    break;
                }
                subjectStart += skip; // "Meanwhile the minister said", "Earlier this week the Tories announced"
            }
        }
        int clauseStart = subjectStart;
        if ((s.lower(subjectStart - 1).equals("who") || s.lower(subjectStart - 1).equals("that"))
                && predicate(s, subjectStart) && !clauseInside(s, subjectStart + 1, subjectEnd)) {
            // "officials who spoke on condition of anonymity said": the speakers are the noun before "who"
            int nounEnd = subjectStart - 2;
            if (nounEnd < 0 || !s.token(nounEnd).isWord()) {
                return null;
            }
            int nounStart = nounEnd;
            while (nounStart > 0 && nounEnd - nounStart < 5 && s.token(nounStart - 1).isWord()
                    && !BOUNDARIES.contains(s.lower(nounStart - 1)) && !FREE_VERBS.contains(s.lower(nounStart - 1))) {
                nounStart--;
            }
            if (nounStart > nounEnd || !s.token(nounEnd).isWord() || !s.token(nounStart).isWord()
                    || nounStart > 0 && !BOUNDARIES.contains(s.lower(nounStart - 1))) {
                return null;
            }
            subjectStart = nounStart;
            subjectEnd = nounEnd;
        } else if (PREPOSITIONS.contains(s.lower(subjectStart)) || participleForm(s.lower(subjectStart))
                && predicate(s, subjectStart)) {
            return null; // "Having said that", "contradicting the police's claim", "In a message posted Friday"
        }
        if (s.lower(i - 1).equals("'s") && s.lower(i - 2).equals("let") || s.lower(subjectStart).equals("let")
                || (s.lower(subjectStart).equals("i") || s.lower(subjectStart).equals("we"))
                && subjectStart == subjectEnd && HEDGES.contains(w)) {
            return null; // "Let's say you", "I think that's why": a supposition or a hedge, no source
        }
        for (int j = subjectStart; j <= subjectEnd; j++) {
            boolean auxiliary = FINITE.contains(s.lower(j)) && (!s.token(j).capitalized()
                    || j == 0 && s.token(j + 1) != null && !s.token(j + 1).capitalized());
            if (auxiliary || QUESTION_WORDS.contains(s.lower(j))) {
                return null; // "Do you still believe", "what he says", "what I would also say": no statement
            }
        }
        int sourceEnd = subjectEnd;
        for (int j = subjectStart + 1; j <= subjectEnd; j++) {
            if (SOURCE_PARTICIPLES.contains(s.lower(j))) {
                sourceEnd = j - 1; // "Government figures released on Thursday show"
                break;
            }
            if (timeAfterSubject(s, j)) {
                sourceEnd = j - 1; // "Trump on Monday said", "Trump this week also said"
                break;
            }
        }
        String subject = s.span(subjectStart, sourceEnd);
        String first = s.lower(subjectStart);
        boolean it = first.equals("it") && subjectStart == subjectEnd && IT_SAYS.contains(w)
                && ((introducesStatement(s, verbEnd + 1) || finiteAhead(s, verbEnd + 1))
                && !s.lower(verbEnd + 1).equals(",") || afterQuote);
        if (NOT_SOURCES.contains(first) && subjectStart == subjectEnd && !it) {
            return null; // but "It said it would appeal": a body named before
        }
        if (EVIDENCE_VERBS.contains(w) && !(PERSON_FINDINGS.contains(w) && s.lower(verbEnd + 1).equals("that"))) {
            boolean evidence = false;
            for (int j = subjectStart; j <= subjectEnd; j++) {
                evidence |= EVIDENCE_NOUNS.contains(s.lower(j));
            }
            if (!evidence) {
                return null;
            }
        } else if (!hasNounLike(s, subjectStart, subjectEnd)) {
            return null;
        }
        String source = subject;
        if (subjectStart == subjectEnd && (PRONOUNS.contains(first) || it)) {
            String earlier = speakerFor.apply(first);
            source = earlier != null ? earlier : subject;
        }
        int end = verbEnd;
        if (w.equals("told") || w.equals("tells")) {
            if (s.token(verbEnd + 1) != null && s.token(verbEnd + 1).capitalized()) {
                end = phraseEnd(s, verbEnd + 1, 4);
            }
        }
        return make(s, Math.min(subjectStart, clauseStart), Math.max(end, verbEnd), source);
    }

    /** A word that may be a participle or a past verb: only these are worth a POS tag as a subject's first word. */
    private static boolean participleForm(String w) {
        return w.endsWith("ing") || w.endsWith("ed");
    }

    /**
     * The start of a subject of two noun phrases joined by "and" ("Mr. Grassley and Mr. Leahy", "Federal and state
     * officials", "RT and its defenders"), when the words before "and" reach a boundary or the start within the
     * subject's length and hold no verb ("Sales rose and experts said" keeps "experts"); else {@code start}.
     */
    private static int coordinatedSubject(SentenceContext s, int start, int end) {
        int k = start - 2;
        int first = k;
        while (first > 0 && end - first < 10 && (s.token(first - 1).isWord() && !BOUNDARIES.contains(s.lower(first - 1))
                && !FREE_VERBS.contains(s.lower(first - 1)) && !SUBORDINATORS.contains(s.lower(first - 1))
                || nameDot(s, first - 1) || s.token(first - 1).is("'s") || possessiveMark(s, first - 1))) {
            first--;
        }
        if (end - first >= 10 || first > 0 && !BOUNDARIES.contains(s.lower(first - 1)) && !quoteMark(s, first - 1)
                || first > 0 && s.lower(first - 1).equals("and")) {
            return start;
        }
        boolean names = true;
        for (int j = first; j <= k; j++) {
            Token t = s.token(j);
            names &= t.capitalized() || nameDot(s, j) || t.is("'s") || nameLink(s, j, first);
            if (t.isWord() && !t.capitalized() && (FINITE.contains(t.lower()) || SAY_VERBS.contains(t.lower())
                    || PREPOSITIONS.contains(t.lower()) && j == first || s.tag(j).equals("VERB"))) {
                return start;
            }
        }
        // a name ("Mr. Grassley and"), a single word ("Federal and state officials") or a short determiner phrase
        if (!names && first != k && !(DETERMINERS.contains(s.lower(first)) && k - first <= 2)) {
            return start;
        }
        return names ? listStart(s, first) : first;
    }

    /** The apostrophe of a plural possessive: "the Bankers' Association". */
    private static boolean possessiveMark(SentenceContext s, int j) {
        return j > 0 && s.token(j).is("'") && s.token(j).glued() && s.token(j - 1).isWord() && !quoteMark(s, j);
    }

    /** "the", "of", "&" or a possessive's apostrophe inside a name: "the Bank of England", "the Bankers' Association". */
    private static boolean nameLink(SentenceContext s, int j, int first) {
        String w = s.lower(j);
        return j == first && w.equals("the") || j > first && (w.equals("of") || w.equals("&") || w.equals("'"));
    }

    /**
     * The start of a list of names that ends in {@code first} ("Britain, France and Germany said"): earlier names
     * separated by commas, back to the start of the sentence; {@code first} when the words before are no such list.
     */
    private static int listStart(SentenceContext s, int first) {
        int start = first;
        while (start > 1 && s.lower(start - 1).equals(",")) {
            int segment = start - 1;
            while (segment > 0 && start - 1 - segment < 6
                    && !(PREPOSITIONS.contains(s.lower(segment - 1)) && !s.lower(segment - 1).equals("of"))
                    && (s.token(segment - 1).capitalized() || nameDot(s, segment - 1) || s.token(segment - 1).is("'s")
                    || NAME_LINKS.contains(s.lower(segment - 1)) || possessiveMark(s, segment - 1))) {
                segment--;
            }
            if (segment == start - 1 || segment > 0 && !s.lower(segment - 1).equals(",")) {
                return first; // no name before the comma, or the list does not open the sentence
            }
            start = segment;
        }
        return start == 0 ? 0 : first;
    }

    /** A verb of thinking before a subject: "I think the President genuinely believes" (not "the think tank"). */
    private static boolean thinking(SentenceContext s, int j) {
        return THINKING.contains(s.lower(j)) && s.tag(j).equals("VERB");
    }

    /** A finite verb or a question word in {@code from..to}: "that concerned me was what X said" is no relative. */
    private static boolean clauseInside(SentenceContext s, int from, int to) {
        for (int j = from; j <= to; j++) {
            if (FINITE.contains(s.lower(j)) || QUESTION_WORDS.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** A short object and then "that": "warned voters that", "is warning the board that". */
    private static boolean recipientThat(SentenceContext s, int k) {
        for (int j = k; j < s.size() && j <= k + 3; j++) {
            if (s.lower(j).equals("that")) {
                return j > k;
            }
            if (!s.token(j).isWord() || BOUNDARIES.contains(s.lower(j))) {
                return false;
            }
        }
        return false;
    }

    /** A headline in title case: no lower-case word longer than three letters ("Obama Says Museum Will Open"). */
    private static boolean titleCase(SentenceContext s) {
        for (int j = 0; j < s.size(); j++) {
            Token t = s.token(j);
            if (t.isWord() && !t.capitalized() && t.lower().length() > 3) {
                return false;
            }
        }
        return true;
    }

    /** "is saying", "are warning", "was repeatedly telling": a progressive form. */
    private static boolean progressive(SentenceContext s, int i) {
        int j = i - 1;
        while (j > 0 && lyAdverb(s, j)) {
            j--;
        }
        return PASSIVE_AUX.contains(s.lower(j)) && !s.lower(j).equals("be") && !s.lower(j).equals("being");
    }

    /**
     * Where the short subject of a reporting verb starts: the comma or closing quotation mark before it ({@code …,
     * the newspaper reports.}, {@code …," Mr. Clarke recalled}), -1 when the subject opens the sentence, -2 when the
     * words before the verb are no short name or noun phrase (at most 8 tokens, no clause word).
     */
    private static int reportingMark(SentenceContext s, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 9; j--) {
            Token t = s.token(j);
            if (t.is(",") || quoteMark(s, j)) {
                return j < i - 1 ? j : -2;
            }
            if (!(t.isWord() || t.is("'s") || nameDot(s, j) || t.is("-") && t.glued())
                    || BOUNDARIES.contains(t.lower()) || FINITE.contains(t.lower()) && !t.capitalized()) {
                return -2;
            }
            if (j == 0) {
                return -1;
            }
        }
        return -2;
    }

    /**
     * A statement after a verb of saying that shares its subject: "that", a quote, a colon or comma, or a clause ("said
     * he would"), but not a clause that holds its own verb of saying ("and said Nora Fry said").
     */
    private static boolean statementFollows(SentenceContext s, int k) {
        if (s.token(k) == null || s.token(k).is(".") || !introducesStatement(s, k)) {
            return false; // "were initiated and maintained." reports nothing
        }
        for (int j = k; j < k + 5 && j < s.size(); j++) {
            if (SAY_VERBS.contains(s.lower(j)) && j > k) {
                return false;
            }
        }
        return true;
    }

    /**
     * The attribution for a verb of saying whose subject is the sentence's main subject ({@code verb} after {@code
     * linker}, a comma or "and"): the subject is the noun phrase that opens the sentence (after a conjunction or an
     * opening adverbial phrase and its comma), a name or a determiner's phrase, maybe with an appositive, followed
     * directly by its verb. Null when the sentence opens otherwise.
     */
    private static Attribution sharedSubject(SentenceContext s, int verb, int linker,
            java.util.function.Function<String, String> speakerFor) {
        int k = CONJUNCTIONS.contains(s.lower(0)) ? 1 : 0;
        if (PREPOSITIONS.contains(s.lower(k))) {
            int comma = -1;
            for (int j = k + 1; j < linker && j < k + 16; j++) {
                if (s.lower(j).equals(",")) {
                    comma = j; // "During a speech on Monday, Trump attacked …"
                    break;
                }
                if (quoteMark(s, j) || SAY_VERBS.contains(s.lower(j))) {
                    return null;
                }
            }
            if (comma < 0) {
                return null;
            }
            k = comma + 1;
        }
        Token opener = s.token(k);
        if (opener == null || !opener.isWord() || !(opener.capitalized() || DETERMINERS.contains(opener.lower()))
                || NOT_SOURCES.contains(opener.lower())) {
            return null;
        }
        int start = k;
        int end = -1;
        for (int j = k; j < linker && j < k + 12; j++) {
            Token x = s.token(j);
            if (nameDot(s, j) || x.is("'s") || x.is("-") && x.glued()) {
                continue;
            }
            if (j > start && end >= start && timeAfterSubject(s, j)) {
                j += WEEKDAYS.contains(s.lower(j)) || s.lower(j).equals("today") || s.lower(j).equals("yesterday")
                        || s.lower(j).equals("earlier") || s.lower(j).equals("tonight") ? 0 : 1;
                continue; // "Gov. Pence on Thursday blamed …, saying": the time is no part of the speaker
            }
            if (x.is(",") || x.is("(")) {
                int close = -1;
                for (int c = j + 1; c < linker && c < j + 15; c++) {
                    if (s.lower(c).equals(x.is(",") ? "," : ")")) {
                        close = c;
                        break;
                    }
                }
                if (end < start || close < 0 || hasVerb(s, j + 2, close)) {
                    return null;
                }
                j = close; // "Donald Trump, her Republican opponent, bemoaned …"
                continue;
            }
            if (!x.isWord() || SAY_VERBS.contains(x.lower()) && j > start || BOUNDARIES.contains(x.lower())) {
                return null; // "leaders who have been …": a relative clause, too far to follow
            }
            if (s.lower(j - 1).equals("'s") && j - 1 > start) {
                end = j; // after a possessive comes the head noun: "Elian's relatives", whatever the tagger says
                continue;
            }
            String tag = s.tag(j);
            if (j > start && !x.capitalized() && (tag.equals("VERB") || tag.equals("AUX"))) {
                if (end < start) {
                    return null;
                }
                String first = s.lower(start);
                String source = start == end && PRONOUNS.contains(first) ? speakerFor.apply(first) : s.span(start, end);
                return make(s, start, verb, source == null ? s.span(start, end) : source);
            }
            if (tag.equals("ADV") && j > start) {
                continue; // "Mr. Schultz generally supported"
            }
            if (!x.capitalized() && !NOUN_PHRASE_TAGS.contains(tag)) {
                return null;
            }
            end = j;
        }
        return null;
    }

    /**
     * Token {@code k} opens a predicate, not a noun phrase: a lower-case verb ("who reviewed them told", "watched the
     * ceremony … said") or a participle ("Having said that", "contradicting the police's earlier claim").
     */
    private static boolean predicate(SentenceContext s, int k) {
        Token t = s.token(k);
        if (t == null || !t.isWord()) {
            return false;
        }
        String w = t.lower();
        if (FINITE.contains(w) && !t.capitalized()) {
            return true;
        }
        boolean participle = w.endsWith("ing") || w.endsWith("ed");
        String tag = s.tag(k);
        return (participle || !t.capitalized()) && (participle || k > 0) && (tag.equals("VERB") || tag.equals("AUX"));
    }

    /**
     * A time phrase inside a subject, where the source ends: "Trump on Monday said", "Trump this week also said",
     * "The ministry earlier said".
     */
    private static boolean timeAfterSubject(SentenceContext s, int j) {
        String w = s.lower(j);
        if (w.equals("today") || w.equals("yesterday") || w.equals("tonight") || w.equals("earlier")
                || WEEKDAYS.contains(w)) {
            return true;
        }
        String next = s.lower(j + 1);
        return (w.equals("on") || w.equals("this") || w.equals("last") || w.equals("late") || w.equals("early"))
                && (WEEKDAYS.contains(next) || PERIODS.contains(next) || TimeExtractor.isMonthName(next));
    }

    /**
     * Where the verbs of a sentence that ends in a short attribution clause start: "…, the source added.", "…,"
     * said Mr. Burman." (after the last comma or quotation mark, at most 12 tokens, no clause word). Such a clause
     * governs the whole sentence, so its verb goes before any verb of the reported statement ("Clinton had told
     * police …, the source added"). 0 when there is none.
     */
    private static int finalClause(SentenceContext s) {
        int n = s.size();
        for (int j = n - 1; j >= 3 && j >= n - 13; j--) {
            String w = s.lower(j);
            if (w.equals(",") || quoteMark(s, j)) {
                return j + 1 < n && !quoteMark(s, j + 1) ? j + 1 : 0;
            }
            if (w.equals(";") || w.equals(":") || w.equals("that") || w.equals("(") && !s.token(j - 1).capitalized()) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Which tokens lie inside quotation marks. An odd number of marks whose first follows a comma or a stop
     * ({@code moment," said X}) closes a quote opened in an earlier sentence; otherwise an unpaired mark opens a
     * quote that runs to the end.
     */
    private static boolean[] quoted(SentenceContext s) {
        int n = s.size();
        int marks = 0;
        int firstMark = -1;
        for (int j = 0; j < n; j++) {
            if (quoteMark(s, j) && !(s.token(j).is("'") && quoteMark(s, j - 1) && s.token(j - 1).is("'"))) {
                marks++;
                firstMark = firstMark < 0 ? j : firstMark;
            }
        }
        if (marks == 0) {
            return new boolean[n];
        }
        boolean inside = marks % 2 == 1 && closes(s, firstMark);
        boolean[] in = new boolean[n];
        for (int j = 0; j < n; j++) {
            if (quoteMark(s, j) && !(s.token(j).is("'") && quoteMark(s, j - 1) && s.token(j - 1).is("'"))) {
                inside = !inside;
                in[j] = true;
                continue;
            }
            in[j] = inside;
        }
        return in;
    }

    /**
     * A quotation mark that closes a quote: glued to the word or stop before it and followed by a space ({@code
     * moment," said}); an opening mark is glued to the word after it ({@code said, "It's}).
     */
    private static boolean closes(SentenceContext s, int mark) {
        int last = s.token(mark).is("'") && s.token(mark + 1) != null && s.token(mark + 1).is("'") ? mark + 1 : mark;
        Token next = s.token(last + 1);
        return mark > 0 && s.token(mark).glued() && (next == null || !next.glued() || !next.isWord());
    }

    /** A quotation mark: {@code "}, or one of two glued apostrophes ({@code ''quoted''} in some wire copy). */
    private static boolean quoteMark(SentenceContext s, int j) {
        Token t = s.token(j);
        if (t == null || t.isWord() || t.isNumber()) {
            return false;
        }
        if (t.is("\"")) {
            return true;
        }
        if (!t.is("'")) {
            return false;
        }
        Token next = s.token(j + 1);
        return next != null && next.is("'") && next.glued() || t.glued() && s.token(j - 1) != null && s.token(j - 1).is("'");
    }

    /**
     * The dot of a title or an initial inside a name: "Mr. Burman", "Sen. Lindsey Graham", "Charles G. Koch",
     * "Martin Luther King Jr. said".
     */
    private static boolean nameDot(SentenceContext s, int j) {
        Token t = s.token(j);
        Token prev = s.token(j - 1);
        Token next = s.token(j + 1);
        if (t == null || !t.is(".") || !t.glued() || prev == null || !prev.capitalized() || next == null) {
            return false;
        }
        boolean suffix = prev.is("jr") || prev.is("sr");
        return (prev.text().length() == 1 || NAME_ABBREVIATIONS.contains(prev.lower())) && (next.capitalized() || suffix);
    }

    /** "not", "n't" or "never" just before the verb: "Kadzik wouldn't say", "has never said", "did not respond". */
    private static boolean negated(SentenceContext s, int verb) {
        for (int j = verb - 1; j >= 0 && j >= verb - 3; j--) {
            String w = s.lower(j);
            if (NEGATIONS.contains(w)) {
                return true;
            }
            if (!s.token(j).isWord() || !(AUXILIARIES.contains(w) || FINITE.contains(w) || lyAdverb(s, j)
                    || w.equals("ca") || w.equals("wo"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A passive without an agent: "offshore profits are reported", "we have been told", "cases were confirmed" —
     * whoever said it is not named ("it was reported by X" is read elsewhere).
     */
    private static boolean passive(SentenceContext s, int verb) {
        String w = s.lower(verb);
        if (!(w.endsWith("ed") || PARTICIPLES.contains(w)) || s.lower(verb + 1).equals("by")) {
            return false;
        }
        int j = verb - 1;
        while (j > 0 && (lyAdverb(s, j) || s.lower(j).equals("also") || s.lower(j).equals("not")
                || s.lower(j).equals("n't"))) {
            j--;
        }
        return PASSIVE_AUX.contains(s.lower(j)) || s.lower(j).equals("get") || s.lower(j).equals("got");
    }

    /** A lower-case adverb in -ly between a subject and its verb: "forcefully told", "repeatedly said". */
    private static boolean lyAdverb(SentenceContext s, int j) {
        Token t = s.token(j);
        return t != null && t.isWord() && !t.capitalized() && t.lower().length() > 4 && t.lower().endsWith("ly")
                && s.tag(j).equals("ADV");
    }

    /**
     * A party and state or a short aside in brackets after a name, "Rep. Gwen Moore (D-Wis.)", "Sen. Lindsey Graham
     * (R-S.C.)": the subject ends before the bracket. Otherwise {@code end} itself.
     */
    private static int beforeAffiliation(SentenceContext s, int end) {
        if (!s.lower(end).equals(")")) {
            return end;
        }
        for (int j = end - 1; j > 0 && j >= end - 8; j--) {
            if (s.lower(j).equals("(")) {
                return s.token(j - 1).capitalized() || nameDot(s, j - 1) ? j - 1 : end;
            }
            if (s.lower(j).equals(")") || s.lower(j).equals(",")) {
                return end;
            }
        }
        return end;
    }

    /** A party and state after a name: "R-Ky.", "D-N.Y." in {@code from..to-1}. */
    private static boolean partyTag(SentenceContext s, int from, int to) {
        Token party = s.token(from);
        return to - from <= 7 && party.isWord() && party.text().length() == 1 && party.capitalized()
                && s.lower(from + 1).equals("-") && s.token(from + 2) != null && s.token(from + 2).capitalized();
    }

    /** A lower-case word in {@code from..to-1}: "director of the institute", not the name "Peter Lind". */
    private static boolean hasLowerCase(SentenceContext s, int from, int to) {
        for (int j = from; j < to; j++) {
            if (s.token(j).isWord() && !s.token(j).capitalized()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A finite verb between {@code k} and the next punctuation or relative word: "…, said Iraq's fleet of 80
     * tankers has stopped trading" is a clause, not "said X".
     */
    private static boolean finiteAhead(SentenceContext s, int k) {
        for (int j = k; j < s.size() && j < k + 12; j++) {
            Token t = s.token(j);
            String w = t.lower();
            if (!t.isWord() && !t.isNumber() || w.equals("who") || w.equals("which") || w.equals("whose")
                    || w.equals("that")) {
                return false;
            }
            if (FINITE.contains(w) && !t.capitalized()) {
                return true;
            }
        }
        return false;
    }

    /** A time word where "said X" would want a name: "…, said Thursday morning on Fox". */
    private static boolean timeWord(SentenceContext s, int k) {
        String w = s.lower(k);
        return TIME_WORDS.contains(w) || TimeExtractor.isMonthName(w);
    }

    /**
     * A lower-case verb (not in -ing) or a finite auxiliary in {@code from..to-1}: "said the union expected production
     * to improve" is a clause after the verb, not a name.
     */
    private static boolean clauseIn(SentenceContext s, int from, int to) {
        for (int j = from; j <= to && j < s.size(); j++) {
            Token t = s.token(j);
            if (!t.isWord()) {
                if (j == to) {
                    return false;
                }
                continue;
            }
            if (FINITE.contains(t.lower()) || !t.capitalized() && !t.lower().endsWith("ing") && s.tag(j).equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last token of the subject before an appositive that ends at the comma {@code comma}: "Ingrid Solberg, the
     * finance minister," and "The committee, which met on Monday," give the token before the opening comma; -1 when
     * the words between two commas are no appositive.
     */
    private static int appositiveHead(SentenceContext s, int comma) {
        for (int j = comma - 1; j > 0 && j >= comma - 24; j--) {
            String w = s.lower(j);
            if (w.equals(",")) {
                int head = beforeAffiliation(s, j - 1);
                if (s.token(head).isNumber() && s.lower(head - 1).equals(",") && head > 1
                        && s.token(head - 2).capitalized()) {
                    head -= 2; // "Dr Greenspan, 79, who has been …, said": the age is no head
                }
                if (j + 1 >= comma || !s.token(head).isWord()) {
                    return -1;
                }
                if (j < comma - 14 && !RELATIVES.contains(s.lower(j + 1))) {
                    return -1; // only a relative clause runs that long: "X, who served as ambassador from …, said"
                }
                if (partyTag(s, j + 1, comma)) {
                    return head; // "Mitch McConnell, R-Ky., said"
                }
                if (APPOSITIVE_OPENERS.contains(s.lower(j + 1))) {
                    return RELATIVES.contains(s.lower(j + 1)) || !hasVerb(s, j + 2, comma) ? head : -1;
                }
                // after a name, an appositive without article or a participle phrase: "Richard Revesz, director of
                // the institute, said", "Dianne Feinstein, Democrat of California, said", "Trump, speaking in
                // Virginia, said"
                Token opener = s.token(j + 1);
                if (participleForm(opener.lower()) && !opener.capitalized() && s.tag(head).equals("NOUN")
                        && s.tag(j + 1).equals("VERB") && !hasFinite(s, j + 2, comma)) {
                    return head; // "The company, led by its new chief, said", "The firm, reporting results, said"
                }
                return s.token(head).capitalized() && opener.isWord() && !BOUNDARIES.contains(opener.lower())
                        && !PRONOUNS.contains(opener.lower()) && hasLowerCase(s, j + 1, comma)
                        && !hasVerb(s, j + 2, comma) ? head : -1;
            }
            if (w.equals("\"") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")) {
                return -1;
            }
        }
        return -1;
    }

    /** In {@code from..to}, the start of X in "(a) poll by X", "data from X"; -1 when the phrase is no such thing. */
    private static int evidenceSource(SentenceContext s, int from, int to) {
        int k = from;
        while (k < to && EVIDENCE_MODIFIERS.contains(s.lower(k))) {
            k++;
        }
        if (k >= to || !EVIDENCE_NOUNS.contains(s.lower(k))) {
            return -1;
        }
        k++;
        if (SOURCE_PARTICIPLES.contains(s.lower(k))) {
            k++;
        }
        return k < to && SOURCE_LINKS.contains(s.lower(k)) && startsName(s, k + 1) ? k + 1 : -1;
    }

    /**
     * A verb or {@code that} in {@code from..to-1}: "his record is that …", "the chiefs went to the President" are
     * clauses, no appositive.
     */
    /** The index after a time right after a verb ("last month", "on Tuesday", "earlier this week"), else k. */
    private static int afterTime(SentenceContext s, int k) {
        int j = k;
        if (s.lower(j).equals("earlier") || s.lower(j).equals("later")) {
            j++;
        }
        if (timeAfterSubject(s, j)) {
            return WEEKDAYS.contains(s.lower(j)) || s.lower(j).equals("today") || s.lower(j).equals("yesterday")
                    ? j + 1 : j + 2;
        }
        return j > k && (s.lower(j).equals("that") || s.lower(j).equals(",")) ? j : k;
    }

    /** A number that ends a name: "Radio 1 said", "Channel 4 reported". */
    private static boolean numberedName(SentenceContext s, int j) {
        return j > 0 && s.token(j).isNumber() && s.token(j).text().length() <= 2 && s.token(j - 1).capitalized()
                && s.token(j - 1).isWord();
    }

    /** Words that open a sentence with a time and no comma: "In January the institute said", "On Monday police said". */
    private static final Set<String> TIME_OPENERS = Words.set("in", "on", "at", "during", "since", "by", "until");
    private static final Set<String> TIME_LINKS = Words.set("the", "of", "this", "last", "next", "early", "late", "mid",
            "-", "end", "start", "beginning", "first", "second");

    /** The index after a time phrase that opens the sentence without a comma, else 0. */
    private static int timeOpener(SentenceContext s) {
        if (!TIME_OPENERS.contains(s.lower(0)) || !s.token(0).capitalized()) {
            return 0;
        }
        int j = 1;
        int lastTime = -1;
        while (j < s.size() && j < 8) {
            Token t = s.token(j);
            String w = t.lower();
            boolean time = t.isNumber() && (t.text().length() == 4 || t.text().length() <= 2)
                    || TimeExtractor.isMonthName(w) || WEEKDAYS.contains(w) || PERIODS.contains(w);
            if (!time && !TIME_LINKS.contains(w)) {
                break;
            }
            if (time) {
                lastTime = j;
            }
            j++;
        }
        return lastTime > 0 && s.token(lastTime + 1) != null && s.token(lastTime + 1).isWord() ? lastTime + 1 : 0;
    }

    /** A finite auxiliary or modal in {@code from..to-1}. */
    private static boolean hasFinite(SentenceContext s, int from, int to) {
        for (int j = from; j < to; j++) {
            if (FINITE.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerb(SentenceContext s, int from, int to) {
        for (int j = from; j < to; j++) {
            if (RELATIVES.contains(s.lower(j))) {
                return false; // "a former aide who accompanied her": the verb is the relative clause's
            }
            if (s.lower(j).equals("that") && j > from && s.tag(j - 1).equals("NOUN")) {
                return false; // "the exchange that is trying to buy": a relative clause
            }
            if (FINITE.contains(s.lower(j)) || s.lower(j).equals("that") || j > from && s.tag(j).equals("VERB")
                    && nominal(s.tag(j - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "tells the story", "told the truth", "told a joke": the object makes "tell" no verb of saying. */
    private static boolean toldNoStatement(SentenceContext s, int k) {
        for (int j = k; j < k + 3 && j < s.size(); j++) {
            String w = s.lower(j);
            if (NOT_TOLD.contains(w)) {
                return true;
            }
            if (!s.token(j).isWord() || s.token(j).capitalized() || !DETERMINERS.contains(w) && j > k) {
                return false;
            }
        }
        return false;
    }

    /**
     * "As the prime minister noted in his speech, exports …": a sentence that opens with {@code as}, and a comma
     * soon after the verb, before any clause word.
     */
    private static boolean asClause(SentenceContext s, int k) {
        if (!s.lower(0).equals("as") || k > 10) {
            return false;
        }
        for (int j = k; j < s.size() && j < k + 7; j++) {
            String w = s.lower(j);
            if (w.equals(",")) {
                return true;
            }
            if (BOUNDARIES.contains(w) || !s.token(j).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A clause after a verb of saying without {@code that}: a noun phrase and a finite verb within a few words
     * ("claimed the election had been rigged", "insisted its members would not", "argued the plan works").
     */
    private static boolean clauseFollows(SentenceContext s, int k) {
        Token opener = s.token(k);
        if (opener == null || !opener.isWord() || !(DETERMINERS.contains(opener.lower())
                || PRONOUNS.contains(opener.lower()) || opener.capitalized() || s.tag(k).equals("NOUN"))) {
            return false; // "explains why there are", "warned of"
        }
        for (int j = k + 1; j < s.size() && j < k + 7; j++) {
            String w = s.lower(j);
            if (BOUNDARIES.contains(w) || !s.token(j).isWord()) {
                break;
            }
            if (FINITE.contains(w)) {
                return true;
            }
        }
        for (int j = k + 1; j < s.size() && j < k + 6; j++) {
            if (BOUNDARIES.contains(s.lower(j)) || !s.token(j).isWord()) {
                return false;
            }
            String w = s.lower(j);
            if (!w.endsWith("ing") && s.tag(j).equals("VERB")) {
                return nominal(s.tag(j - 1)); // "argued the jury knew"
            }
        }
        return false;
    }

    private static boolean nominal(String tag) {
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON");
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
        if (w.equals("in") || w.equals("on")) {
            for (int j = k + 1; j < s.size() && j < k + 7 && s.token(j).isWord(); j++) {
                if (s.lower(j).equals("that")) {
                    return true; // "wrote in its annual report that"
                }
            }
        }
        return w.equals("that") || w.equals(",") || w.equals(":") || w.equals("\"") || w.equals(".")
                || PRONOUNS.contains(w) || w.equals("it") || w.equals("there") || t.capitalized()
                || w.equals("the") && k + 1 < s.size() && s.token(k + 1).isWord()
                && EVIDENCE_NOUNS.contains(s.lower(k + 1)) || s.token(k).isNumber() || clauseFollows(s, k);
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

    /**
     * A speaker after "said" that opens in lower case: "…," said one trader. / said chief executive Ana Ruiz. Only
     * where the phrase then ends the sentence or meets a comma ({@link #closesSentence}).
     */
    private static boolean lowerSpeaker(SentenceContext s, int k) {
        Token t = s.token(k);
        return t != null && t.isWord() && !t.capitalized() && !NOT_LOWER_SPEAKERS.contains(t.lower())
                && !DETERMINERS.contains(t.lower()) && !t.lower().endsWith("ing")
                && !(t.lower().endsWith("ly") && !s.tag(k).equals("NOUN") && !s.tag(k).equals("ADJ"))
                && !PRONOUNS.contains(t.lower()) && !BOUNDARIES.contains(t.lower()) && !FINITE.contains(t.lower())
                && !PREPOSITIONS.contains(t.lower()) && !QUESTION_WORDS.contains(t.lower());
    }

    /** The end of a sentence or a comma (an appositive follows) at {@code k}. */
    private static boolean closesSentence(SentenceContext s, int k) {
        Token t = s.token(k);
        return t == null || t.is(".") || t.is(",") || t.is("!") || t.is(";") || quoteMark(s, k) && k == s.size() - 1;
    }

    /** Last token of a noun phrase starting at k: stops at punctuation, clause words or a verb of saying. */
    private static int phraseEnd(SentenceContext s, int k, int max) {
        int end = k - 1;
        for (int j = k; j < s.size() && j < k + max; j++) {
            Token t = s.token(j);
            String w = t.lower();
            boolean year = t.isNumber() && t.text().length() == 4 && j > k && s.token(j + 1) != null
                    && s.token(j + 1).capitalized(); // "the 2014 American Community Survey"
            if (!t.isWord() && !t.is("'s") && !t.is("-") && !t.is("&") && !t.is(".") && !year
                    || t.is(".") && j == s.size() - 1) {
                break;
            }
            if (t.is(".") && !(s.token(j - 1) != null && s.token(j - 1).text().length() <= 2) && !nameDot(s, j)) {
                break;
            }
            if (j > k && !t.capitalized() && newClause(s, k, j, w)) {
                break; // "according to the report the trend …", "a report from X reflects …"
            }
            if ((PHRASE_STOPS.contains(w) || EVIDENCE_VERBS.contains(w) || FREE_VERBS.contains(w))
                    && !(w.equals("in") && j + 1 < s.size() && s.token(j + 1).capitalized())
                    && !(w.equals("and") && j + 1 < s.size() && s.token(j + 1).capitalized()
                            && s.token(j - 1).capitalized())) {
                break;
            }
            end = j;
        }
        while (end >= k && (!s.token(end).isWord() || end > k && TRAILING_FUNCTION_WORDS.contains(s.lower(end)))) {
            end--; // "said Representative Charles B. Rangel of" loses its "of"
        }
        return end;
    }

    /**
     * Whether word {@code j} inside a source's noun phrase that starts at {@code k} begins something else: a verb in
     * the present tense or "put" ("a report from X reflects …", "estimates from X put …"), or, when the phrase opens the sentence, a determiner straight
     * after a noun ("According to the report the trend …": the main clause without its comma). Later in a sentence a
     * determiner there opens a relative clause that belongs to the source ("according to figures her campaign
     * released").
     */
    private static boolean newClause(SentenceContext s, int k, int j, String w) {
        String before = s.lower(j - 1);
        if (PHRASE_OPENERS.contains(w)) {
            return k <= 4 && s.token(j - 1).isWord() && !PREPOSITIONS.contains(before) && !before.equals("and")
                    && !before.equals("or") && !before.equals("than") && !DETERMINERS.contains(before)
                    && !before.equals("to");
        }
        return (w.endsWith("s") && !w.endsWith("ss") || w.equals("put")) && !before.equals("-")
                && !DETERMINERS.contains(before) && !EVIDENCE_NOUNS.contains(w) && s.tag(j).equals("VERB");
    }

    private static Attribution make(SentenceContext s, int first, int last, String source) {
        return new Attribution(s.originalStart(first), s.originalEnd(last), s.span(first, last), source);
    }
}
