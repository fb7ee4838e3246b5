package org.factcheck.engine.worthiness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranscriptTest {

    @Test
    void speakerLabelsAreLeftOutOfTheSpokenText() {
        assertThat(Transcript.spokenText("TRUMP: We lost 70,000 factories.", true))
                .isEqualTo("We lost 70,000 factories.");
        assertThat(Transcript.spokenText("MR. LEHRER: Next question.", true)).isEqualTo("Next question.");
        assertThat(Transcript.spokenText("Moderator: Thank you.", true)).isEqualTo("Thank you.");
    }

    @Test
    void theSpeakerIsTheLabelUpperCased() {
        assertThat(Transcript.speaker("TRUMP: We lost 70,000 factories.")).isEqualTo("TRUMP");
        assertThat(Transcript.speaker("Mr. Lehrer: Next question.")).isEqualTo("MR. LEHRER");
        assertThat(Transcript.speaker("Moderator:")).isEqualTo("MODERATOR");
        assertThat(Transcript.speaker("The minister said: taxes will rise.")).isNull();
        assertThat(Transcript.speaker("Inflation rose to 3.2 percent in May.")).isNull();
    }

    @Test
    void aColonInsideALineIsNoSpeakerLabel() {
        assertThat(Transcript.spokenText("TRUMP: We lost 70,000 factories.", false))
                .isEqualTo("TRUMP: We lost 70,000 factories.");
        assertThat(Transcript.spokenText("The minister said: taxes will rise.", true))
                .isEqualTo("The minister said: taxes will rise.");
        assertThat(Transcript.speakerLabelLength("Inflation rose to 3.2 percent in May.")).isZero();
    }

    @Test
    void capitalisedNotesAreLeftOutAndNotesAloneAreStageDirections() {
        assertThat(Transcript.spokenText("We will win. (APPLAUSE)", true)).isEqualTo("We will win.");
        assertThat(Transcript.isStageDirection("(APPLAUSE)", true)).isTrue();
        assertThat(Transcript.isStageDirection("[CROSSTALK]", true)).isTrue();
        assertThat(Transcript.isStageDirection("HALE: (LAUGHTER)", true)).isTrue();
        assertThat(Transcript.isStageDirection("Prices rose (in real terms) by 4%.", true)).isFalse();
        assertThat(Transcript.spokenText("Prices rose (in real terms) by 4%.", true))
                .isEqualTo("Prices rose (in real terms) by 4%.");
    }
}
