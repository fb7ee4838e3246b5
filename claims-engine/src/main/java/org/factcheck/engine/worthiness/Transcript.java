package org.factcheck.engine.worthiness;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcript shapes in a sentence: a speaker label at the start of a line ({@code TRUMP:}, {@code MR. LEHRER:},
 * {@code Moderator:}) and notes such as {@code (APPLAUSE)} or {@code [CROSSTALK]}. The text model was trained on
 * the spoken words only, so it reads the sentence without them.
 */
public final class Transcript {

    /** One to four capitalised words, then a colon and a space: a speaker label when it starts a line. */
    private static final Pattern SPEAKER = Pattern.compile(
            "^(?:[A-Z][A-Za-z.'’\\-]*\\s){0,3}[A-Z][A-Za-z.'’\\-]*:(?:\\s+|$)");
    /** A note in parentheses or brackets written in capitals: (APPLAUSE), [CROSSTALK], (LAUGHTER). */
    private static final Pattern NOTE = Pattern.compile("\\s*[(\\[][A-Z][A-Z ,.'\\-]*[)\\]]\\s*");

    private Transcript() {
    }

    /** Length of the speaker label at the start of {@code sentence}, 0 when there is none. */
    public static int speakerLabelLength(String sentence) {
        if (sentence.indexOf(':') < 0) {
            return 0;
        }
        Matcher m = SPEAKER.matcher(sentence);
        return m.find() ? m.end() : 0;
    }

    /**
     * The words the text model reads: the sentence without a speaker label (when {@code lineStart}, i.e. the
     * sentence starts a line) and without capitalised notes.
     */
    public static String spokenText(String sentence, boolean lineStart) {
        String text = lineStart ? sentence.substring(speakerLabelLength(sentence)) : sentence;
        if (text.indexOf('(') >= 0 || text.indexOf('[') >= 0) {
            text = NOTE.matcher(text).replaceAll(" ").strip();
        }
        return text;
    }

    /** A sentence that is only a note, e.g. "(APPLAUSE)", or only a speaker label and notes. */
    public static boolean isStageDirection(String sentence, boolean lineStart) {
        String spoken = spokenText(sentence, lineStart);
        for (int i = 0; i < spoken.length(); i++) {
            if (Character.isLetterOrDigit(spoken.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
