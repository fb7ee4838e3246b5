package org.factcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.factcheck.engine.attribution.AttributionExtractor;
import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.ClaimType;
import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Ranking;
import org.factcheck.engine.model.Sentence;
import org.factcheck.engine.model.TimeReference;
import org.factcheck.engine.quantity.OrdinalExtractor;
import org.factcheck.engine.quantity.QuantityExtractor;
import org.factcheck.engine.ranking.RankingExtractor;
import org.factcheck.engine.text.PosTagger;
import org.factcheck.engine.text.SentenceContext;
import org.factcheck.engine.text.SentenceSplitter;
import org.factcheck.engine.text.SourceText;
import org.factcheck.engine.text.Token;
import org.factcheck.engine.time.TimeExtractor;
import org.factcheck.engine.worthiness.CheckWorthiness;
import org.factcheck.engine.worthiness.CheckWorthinessScorer;
import org.factcheck.engine.worthiness.SentenceSignals;
import org.factcheck.engine.worthiness.Transcript;

/**
 * The extraction engine: plain text or HTML in, sentences and checkable claims out. Thread-safe; build one and
 * share it (loading the models is the expensive part).
 *
 * <p>Per sentence, time references are read first (so years never become counts), then rankings, figures and
 * attribution. A sentence becomes a claim of the strongest kind it carries: QUANTITY > RANKING (or an ordinal) >
 * ATTRIBUTED >
 * FACTUAL, where FACTUAL means no structure but a check-worthiness model score of at least
 * {@link #FACTUAL_THRESHOLD} (questions and fragments of fewer than four words excluded). The text model reads a
 * sentence without a transcript speaker label ({@code TRUMP:}) or notes ({@code (APPLAUSE)}); once the whole document
 * is read, the scorer turns those probabilities into the sentences' and claims' check-worthiness.
 */
public final class ClaimExtractor {

    private static final System.Logger LOG = System.getLogger(ClaimExtractor.class.getName());

    /** Sentence score from which a sentence without figures, rankings or attribution is still a claim. */
    public static final double FACTUAL_THRESHOLD = 0.6;

    /** Fewer words than this (bylines, stray labels) never make a FACTUAL claim. */
    static final int MIN_FACTUAL_WORDS = 4;

    private final SentenceSplitter splitter;
    private final PosTagger posTagger;
    private final CheckWorthinessScorer scorer;
    private final TimeExtractor times = new TimeExtractor();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final OrdinalExtractor ordinals = new OrdinalExtractor();
    private final RankingExtractor rankings = new RankingExtractor();
    private final AttributionExtractor attributions = new AttributionExtractor();

    private ClaimExtractor(CheckWorthinessScorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.splitter = new SentenceSplitter();
        this.posTagger = new PosTagger();
    }

    public static ClaimExtractor create() {
        return new ClaimExtractor(CheckWorthiness.defaultScorer());
    }

    public static ClaimExtractor create(CheckWorthinessScorer scorer) {
        return new ClaimExtractor(scorer);
    }

    /** Extracts from one document; offsets in the result index into {@code document} as given. */
    public Extraction extract(String document) {
        if (document == null || document.isBlank()) {
            return new Extraction(List.of(), List.of());
        }
        SourceText source = SourceText.of(document);
        String text = source.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        String lastSpeaker = null;
        String lastPerson = null;
        String lastBody = null; // for "it said": the last speaker that is no person ("the ministry", "Apple")
        String turnSpeaker = null; // the speaker label of the current paragraph, if it began with one
        Attribution quoteSpeaker = null;
        String currency = null;
        List<Pending> pending = new ArrayList<>();
        List<SentenceSignals> signals = new ArrayList<>();
        for (var span : splitter.split(text)) {
            int start = span.getStart();
            int end = span.getEnd();
            String sentenceText = text.substring(start, end);
            int originalStart = source.originalStart(start);
            int originalEnd = source.originalEnd(end);
            boolean lineStart = startsLine(text, start);
            String spoken = Transcript.spokenText(sentenceText, lineStart);
            if (lineStart) {
                // a label holds for its line and the lines after it up to a blank line (a hard-wrapped turn), so
                // one stray "Note: …" line never makes the rest of a text a speaker's
                String label = Transcript.speaker(sentenceText);
                turnSpeaker = label != null ? label : startsParagraph(text, start) ? null : turnSpeaker;
            }
            double sentenceScore = scorer.sentenceScore(spoken);

            SentenceContext context = new SentenceContext(source, start, end, posTagger);
            List<TimeReference> time = guarded(() -> times.extract(context, QuantityExtractor::looksLikeCount),
                    List.of(), "time", sentenceText);
            List<Quantity> sentenceOrdinals = guarded(() -> ordinals.extract(context), List.of(), "ordinal",
                    sentenceText);
            List<Ranking> sentenceRankings = guarded(() -> rankings.extract(context), List.of(), "ranking",
                    sentenceText);
            String documentCurrency = currency;
            List<Quantity> sentenceQuantities = guarded(() -> quantities.extract(context, documentCurrency), List.of(),
                    "quantity", sentenceText);
            for (Quantity q : sentenceQuantities) {
                if (QuantityExtractor.isCurrency(q.unit())) {
                    currency = q.unit(); // "down 19 cents" after "€450" means euro cents
                }
            }
            String speaker = lastSpeaker;
            String person = lastPerson;
            String body = lastBody;
            Attribution attribution = guarded(() -> attributions.extract(context,
                    pronoun -> pronoun.equals("it") ? body
                            : SINGULAR_PERSON_PRONOUNS.contains(pronoun) ? person : speaker), null, "attribution",
                    sentenceText);
            if (attribution == null && quoteSpeaker != null && sentenceText.startsWith("\"")) {
                attribution = quoteSpeaker; // the quote goes on: "… ," X said. "…"
            }
            quoteSpeaker = attribution != null && sentenceText.indexOf('"') >= 0 ? attribution : null;
            if (attribution != null && isName(attribution.source())) {
                lastSpeaker = attribution.source();
                if (isPerson(lastSpeaker)) {
                    lastPerson = lastSpeaker;
                }
            }
            if (attribution != null && isBody(attribution.source())) {
                lastBody = attribution.source();
            }

            boolean question = sentenceText.endsWith("?");
            signals.add(new SentenceSignals(sentenceScore, !sentenceQuantities.isEmpty(),
                    !sentenceRankings.isEmpty() || !sentenceOrdinals.isEmpty(), attribution != null, !time.isEmpty(),
                    question, Transcript.isWordless(spoken), turnSpeaker));
            ClaimType type = structuralType(sentenceQuantities, sentenceRankings, sentenceOrdinals, attribution);
            if (type == null && sentenceScore >= FACTUAL_THRESHOLD && !question
                    && context.tokens().stream().filter(Token::isWord).count() >= MIN_FACTUAL_WORDS) {
                type = ClaimType.FACTUAL;
            }
            pending.add(new Pending(originalStart, originalEnd, sentenceText, sentenceScore, type, sentenceQuantities,
                    sentenceRankings, time, attribution, sentenceOrdinals));
        }

        // Scores need the whole document: a scorer may weigh a sentence's neighbours; the shipped one calibrates.
        double[] scores = scorer.documentScores(signals);
        for (int index = 0; index < pending.size(); index++) {
            Pending p = pending.get(index);
            sentences.add(new Sentence(p.start, p.end, p.text, scores[index]));
            if (p.type == null) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (p.type == ClaimType.FACTUAL) {
                reasons.add(String.format(java.util.Locale.ROOT,
                        "no figure, but the model rates the sentence check-worthy (%.2f >= %.2f)", p.textScore,
                        FACTUAL_THRESHOLD));
            }
            CheckWorthinessScorer.Score score = scorer.claimScore(scores[index], p.quantities, p.rankings,
                    p.attribution);
            reasons.addAll(score.reasons());
            claims.add(new Claim(p.type, index, p.start, p.end, p.text, score.value(), List.copyOf(reasons),
                    p.quantities, p.rankings, p.time, p.attribution, p.ordinals));
        }
        return new Extraction(List.copyOf(sentences), List.copyOf(claims));
    }

    /** One sentence's findings, kept until the whole document is scored. */
    private record Pending(int start, int end, String text, double textScore, ClaimType type,
            List<Quantity> quantities, List<Ranking> rankings, List<TimeReference> time, Attribution attribution,
            List<Quantity> ordinals) {
    }

    /** The sentence begins the text or a line (only blanks before it on its line). */
    private static boolean startsLine(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** The sentence begins the text or follows a blank line. */
    private static boolean startsParagraph(String text, int start) {
        int newlines = 0;
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
            } else if (!Character.isWhitespace(c)) {
                return newlines >= 2;
            }
        }
        return true;
    }

    /** The strongest structure of a sentence, or null when it has none. */
    private static ClaimType structuralType(List<Quantity> quantities, List<Ranking> rankings,
            List<Quantity> ordinals, Attribution attribution) {
        if (!quantities.isEmpty()) {
            return ClaimType.QUANTITY;
        }
        if (!rankings.isEmpty() || !ordinals.isEmpty()) {
            return ClaimType.RANKING;
        }
        return attribution != null ? ClaimType.ATTRIBUTED : null;
    }

    /** A source worth remembering for "he said": starts with a capital and is no pronoun. */
    /** Pronouns that stand for one person: "he said" is the last person named, not "The Foreign Office". */
    private static final java.util.Set<String> SINGULAR_PERSON_PRONOUNS = java.util.Set.of("he", "she", "he'd",
            "she'd", "i", "i've", "i'd");

    /** Words that end the name of a body, not a person: "Soviet officials", "the Foreign Office", "Police". */
    private static final java.util.Set<String> BODY_WORDS = java.util.Set.of("police", "office", "ministry",
            "government", "officials", "authorities", "agency", "department", "committee", "council", "court",
            "commission", "bank", "party", "army", "union", "company", "group", "board", "service", "institute");

    /** A named person: no article in front, a capitalised last word that is no body ("Pete Williams", "Mr. Clarke"). */
    private static boolean isPerson(String source) {
        int space = source.lastIndexOf(' ');
        String last = source.substring(space + 1);
        String lower = source.toLowerCase(java.util.Locale.ROOT);
        return !lower.startsWith("the ") && !lower.startsWith("a ") && !lower.startsWith("an ") && !last.isEmpty()
                && Character.isUpperCase(last.charAt(0)) && !BODY_WORDS.contains(last.toLowerCase(java.util.Locale.ROOT))
                && !(space < 0 && GROUP_WORDS.contains(lower));
    }

    /** Sources that open a sentence in capitals but are no one person: "Figures show …", "Analysts said …". */
    private static final java.util.Set<String> GROUP_WORDS = java.util.Set.of("figures", "data", "statistics",
            "reports", "polls", "surveys", "studies", "estimates", "results", "documents", "records", "analysts",
            "economists", "experts", "critics", "organisers", "organizers", "sources", "officials", "researchers",
            "scientists", "campaigners", "residents", "witnesses", "doctors", "observers", "insiders", "aides",
            "investors", "traders", "dealers", "lawyers", "prosecutors", "investigators", "voters", "fans", "parents",
            "teachers", "workers", "unions", "ministers", "mps", "police", "opponents", "supporters", "protesters",
            "activists", "diplomats", "authorities", "executives", "bankers", "forecasters", "pollsters");

    /** A body that "it" may stand for: "Apple", "the EU", "The ministry" (no person, no pronoun). */
    private static boolean isBody(String source) {
        String last = source.substring(source.lastIndexOf(' ') + 1);
        if (Character.isLowerCase(last.charAt(0)) && last.endsWith("s") && !last.endsWith("ss")
                || GROUP_WORDS.contains(source.toLowerCase(java.util.Locale.ROOT))) {
            return false; // "Analysts", "The two firms": they, not it
        }
        if (source.startsWith("The ") && source.split(" ").length <= 4) {
            return true; // "The ministry", "The water board": a subject that opened its sentence
        }
        String name = source.startsWith("the ") ? source.substring(4) : source;
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && !isPerson(source)
                && !List.of("He", "She", "They", "We", "I", "It", "You").contains(name);
    }

    private static boolean isName(String source) {
        return !source.isEmpty() && Character.isUpperCase(source.charAt(0))
                && !List.of("He", "She", "They", "We", "I", "It").contains(source);
    }

    /**
     * Runs one rule on one sentence; a fault in a rule costs that sentence that rule's findings, not the document.
     */
    private static <T> T guarded(Supplier<T> rule, T none, String what, String sentence) {
        try {
            return rule.get();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "The " + what + " rule failed on a sentence of "
                    + sentence.length() + " characters; it is left without " + what + " findings", e);
            return none;
        }
    }
}
