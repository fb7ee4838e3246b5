package org.factcheck.engine.worthiness;

import java.util.Locale;
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

    /** Longest speaker label looked for, in characters. */
    private static final int MAX_LABEL = 60;

    private Transcript() {
    }

    /** Length of the speaker label at the start of {@code sentence}, 0 when there is none. */
    public static int speakerLabelLength(String sentence) {
        int colon = sentence.indexOf(':');
        if (colon < 0 || colon > MAX_LABEL) {
            return 0;
        }
        Matcher m = SPEAKER.matcher(sentence);
        return m.find() ? m.end() : 0;
    }

    /**
     * The speaker named by the label at the start of {@code sentence}, upper-cased with blanks collapsed
     * ({@code "Mr. Lehrer: …"} → {@code MR. LEHRER}), or null when the sentence starts with no label.
     */
    public static String speaker(String sentence) {
        int length = speakerLabelLength(sentence);
        if (length == 0) {
            return null;
        }
        String label = sentence.substring(0, length).strip();
        return label.substring(0, label.length() - 1).strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /**
     * The words the text model reads: the sentence without a speaker label (when {@code lineStart}, i.e. the
     * sentence starts a line) and without capitalised notes.
     */
    public static String spokenText(String sentence, boolean lineStart) {
        String text = lineStart ? sentence.substring(speakerLabelLength(sentence)) : sentence;
        if (mayHoldNote(text)) {
            text = NOTE.matcher(text).replaceAll(" ").strip();
        }
        return text;
    }

    /** An opening parenthesis or bracket followed by two capitals: cheap test before the expression runs. */
    private static boolean mayHoldNote(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '(' || c == '[') && isCapital(text.charAt(i + 1)) && isCapital(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** A sentence that is only a note, e.g. "(APPLAUSE)", or only a speaker label and notes. */
    public static boolean isStageDirection(String sentence, boolean lineStart) {
        return isWordless(spokenText(sentence, lineStart));
    }

    /** The {@link #spokenText} of a stage direction: no letter or digit left. */
    public static boolean isWordless(String spoken) {
        for (int i = 0; i < spoken.length(); i++) {
            if (Character.isLetterOrDigit(spoken.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
