package org.factcheck.engine.worthiness;

/**
 * What the engine knows about one sentence of a document before ranking it: the text model's probability (of the
 * sentence without its speaker label) and the structures found in it.
 *
 * @param textScore      the text model's probability, {@link CheckWorthinessScorer#sentenceScore(String)}
 * @param figure         a cardinal figure was found (a quantity, a range, a money amount…)
 * @param ranking        a ranking or an ordinal was found
 * @param attribution    the sentence is attributed to a source
 * @param time           a date or period was found
 * @param question       the sentence ends with a question mark
 * @param stageDirection the sentence is only a transcript note such as "(APPLAUSE)" or "[CROSSTALK]"
 * @param speaker        the transcript speaker whose turn the sentence is in ({@link Transcript#speaker} of the
 *                       label that began its paragraph, e.g. {@code MODERATOR}), null when the paragraph has none
 */
public record SentenceSignals(double textScore, boolean figure, boolean ranking, boolean attribution, boolean time,
        boolean question, boolean stageDirection, String speaker) {

    /** A sentence of no transcript speaker. */
    public SentenceSignals(double textScore, boolean figure, boolean ranking, boolean attribution, boolean time,
            boolean question, boolean stageDirection) {
        this(textScore, figure, ranking, attribution, time, question, stageDirection, null);
    }
}
