package org.factcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Sentence;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.Test;

/** Odd input never breaks the engine and every offset stays inside the document. */
class RobustnessTest {

    private static final String[] PIECES = {"1", "12", "2020", "999999999999999999999", "3.5", "7,600", ",", ".",
        "-", "/", ":", "%", "$", "€", "£", "¥", "(", ")", "\"", "'", "&amp;", "&#x20AC;", "<p>", "</p>", "<b>", "\n",
        "\n\n", " ", " ", " ", "million", "billion", "a", "half", "one", "third", "of", "the", "largest", "No.",
        "between", "and", "to", "more", "than", "about", "said", "according", "per", "year", "km", "bn", "m",
        "cents", "Petrov", "U.S.", "Mr.", "since", "in", "March", "aged", "Section", "COVID", "top", "five", "st",
        "\u2013", "\u00a0", "\u201c", "\u201d", "\ud83d\ude00", "é", "<script>x</script>", "&unknown;", "<",
        ".5", "USD3.14", "RM", "minus", "negative", "below", "zero", "point", "th", "century", "±", "≥", "last",
        "bottom", "out", "times", "an", "hour", "and"};

    @Test
    void randomNewsLikeNoiseNeverThrowsNorTripsARuleAndOffsetsStayInRange() {
        // a rule that throws is caught and logged per sentence (ClaimExtractor.guarded): catch the log too
        Logger log = Logger.getLogger(ClaimExtractor.class.getName());
        List<LogRecord> faults = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                faults.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            extractNoise();
        } finally {
            log.removeHandler(handler);
        }
        assertThat(faults).extracting(r -> r.getMessage() + ": " + r.getThrown()).isEmpty();
    }

    private static void extractNoise() {
        Random random = new Random(7);
        for (int round = 0; round < 1500; round++) {
            StringBuilder doc = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                doc.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    doc.append(' ');
                }
            }
            String text = doc.toString();
            Extraction e = Engine.extract(text);
            for (Sentence s : e.sentences()) {
                assertThat(s.start()).isBetween(0, text.length());
                assertThat(s.end()).isBetween(s.start(), text.length());
            }
            for (Claim c : e.claims()) {
                assertThat(c.sentence()).isBetween(0, e.sentences().size() - 1);
                for (Quantity q : c.quantities()) {
                    assertThat(q.start()).as(text).isBetween(c.start(), c.end());
                    assertThat(q.end()).as(text).isBetween(q.start(), c.end());
                    assertThat(Double.isFinite(q.value())).isTrue();
                }
            }
        }
    }

    @Test
    void aLongDocumentWithoutPunctuationIsHandled() {
        String text = "word 12 people ".repeat(20_000);
        Extraction e = Engine.extract(text);
        assertThat(e.sentences()).isNotEmpty();
        assertThat(e.claims().get(0).quantities()).hasSizeGreaterThan(1000);
    }
}
