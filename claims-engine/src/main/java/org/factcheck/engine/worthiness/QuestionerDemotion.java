package org.factcheck.engine.worthiness;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Document step after {@link DocumentCalibration} for transcripts: the sentences of a speaker who asks questions (a
 * moderator, an interviewer, a reporter at a press conference) are scored down. Such speakers are hardly ever
 * fact-checked, but they quote statistics to the candidates ("Senator, unemployment is at 4 percent; …?"), and those
 * set-ups scored as high as the candidates' own claims.
 *
 * <p>A speaker is a questioner when, in this document, at least {@link #MIN_SENTENCES} of their sentences (transcript
 * notes not counted) were read and at least {@link #QUESTION_SHARE} of them end with a question mark; every sentence
 * of a questioner, questions or not, is multiplied by {@link #FACTOR}. The share is over sentences, not turns: the
 * engine knows sentences, and a moderator's turn is often one set-up sentence and one question. Nothing happens
 * unless the document has at least two speakers; text without speaker labels (news, the ClaimBuster pseudo-documents,
 * a single speech) gets its scores back unchanged, bit for bit. Stateless and thread-safe.
 *
 * <p>The three constants were chosen on the 16 transcripts of the CLEF CheckThat! 2019 Task 1 training set that do
 * not overlap ClaimBuster (MAP 0.238 → 0.241; share 0.08–0.20, minimum 5–50 sentences and factor 0.02–0.5 all gave
 * 0.240–0.242): the candidates there end at most 8 % of their sentences with "?", the moderators and reporters 14–28 %;
 * 0.12 lies in that gap, 10 sentences keep a speaker with one rhetorical question in a short exchange out, and 0.1 is
 * about the odds ratio measured there (4 positives in ~1,600 questioner sentences against 2.4 % overall). See
 * docs/checkworthiness.md, "CheckThat! evaluation".
 */
public final class QuestionerDemotion {

    /** Share of a speaker's sentences ending with "?" from which the speaker is a questioner. */
    public static final double QUESTION_SHARE = 0.12;
    /** Fewest sentences of a speaker in the document before the speaker's share is trusted. */
    public static final int MIN_SENTENCES = 10;
    /** What a questioner's sentence scores are multiplied by. */
    public static final double FACTOR = 0.1;

    private QuestionerDemotion() {
    }

    /**
     * The scores with every questioner's sentences multiplied by {@link #FACTOR}: {@code scores} itself when no
     * speaker is a questioner, else a changed copy.
     *
     * @param sentences the document's sentences, in order
     * @param scores    their scores so far, parallel to {@code sentences}
     */
    public static double[] apply(List<SentenceSignals> sentences, double[] scores) {
        Set<String> questioners = questioners(sentences);
        if (questioners.isEmpty()) {
            return scores;
        }
        double[] out = scores.clone();
        for (int i = 0; i < out.length; i++) {
            String speaker = sentences.get(i).speaker();
            if (speaker != null && questioners.contains(speaker)) {
                out[i] *= FACTOR;
            }
        }
        return out;
    }

    /** The speakers of the document that are questioners; empty without at least two speakers. */
    public static Set<String> questioners(List<SentenceSignals> sentences) {
        Map<String, int[]> counts = new HashMap<>(); // speaker → {sentences, questions}
        for (SentenceSignals s : sentences) {
            if (s.speaker() == null || s.stageDirection()) {
                continue;
            }
            int[] c = counts.computeIfAbsent(s.speaker(), k -> new int[2]);
            c[0]++;
            if (s.question()) {
                c[1]++;
            }
        }
        Set<String> questioners = new HashSet<>();
        if (counts.size() < 2) {
            return questioners;
        }
        for (var entry : counts.entrySet()) {
            int[] c = entry.getValue();
            if (c[0] >= MIN_SENTENCES && c[1] >= QUESTION_SHARE * c[0]) {
                questioners.add(entry.getKey());
            }
        }
        return questioners;
    }
}
