package org.factcheck.engine.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.TimeReference;
import org.factcheck.engine.support.Engine;
import org.factcheck.engine.support.GoldLines;
import org.factcheck.engine.support.PrecisionRecall;
import org.junit.jupiter.api.Test;

/**
 * The qualifier and time blind round (src/test/resources/gold/qualifiers/blind.tsv, written before the quantity and
 * time rules were read): each line is a sentence, its main figure's value, that figure's qualifier ({@code -} for
 * EXACT) and the sentence's time reference. Scores:
 * <ul>
 * <li><b>figure</b>: share of lines where a cardinal with the gold value is found;</li>
 * <li><b>qualifier</b>: P/R of the hedges (anything but EXACT) on the gold figure: a hit is the gold qualifier on
 * it; a predicted one is any non-EXACT qualifier on it; a missing figure is a miss;</li>
 * <li><b>time detection</b>: P/R of "the sentence has a time reference";</li>
 * <li><b>time value</b>: P/R of "one of its time references has the gold from/to" ({@code ?}: both null).</li>
 * </ul>
 * The floors are the first blind run's figures, not what the rules reach after the fixes it prompted.
 */
class QualifierGoldTest {

    /**
     * First blind run, before any rule was changed for it (65 lines, 50 hedged, 37 with a time reference): figure
     * found 1.000, qualifier P 0.860 R 0.860, time detection P 1.000 R 0.784, time value P 0.966 R 0.757; each floor
     * is that figure rounded down.
     */
    private static final double FIGURE_FLOOR = 1.00;
    private static final double QUALIFIER_P_FLOOR = 0.86;
    private static final double QUALIFIER_R_FLOOR = 0.86;
    private static final double TIME_DETECTION_P_FLOOR = 1.00;
    private static final double TIME_DETECTION_R_FLOOR = 0.78;
    private static final double TIME_VALUE_P_FLOOR = 0.96;
    private static final double TIME_VALUE_R_FLOOR = 0.75;

    @Test
    void blindQualifiersAndTimesMeetTheirFirstRun() throws IOException {
        int lines = 0;
        int figures = 0;
        PrecisionRecall qualifier = new PrecisionRecall("qualifier");
        PrecisionRecall timeDetection = new PrecisionRecall("time detection");
        PrecisionRecall timeValue = new PrecisionRecall("time value");
        List<String> misses = new ArrayList<>();
        for (String line : GoldLines.read("/gold/qualifiers/blind.tsv")) {
            String[] cols = line.split("\t");
            String text = cols[0];
            double value = Double.parseDouble(cols[1]);
            String goldQualifier = cols[2].trim();
            String goldTime = cols[3].trim();
            lines++;
            Extraction e = Engine.extract(text);
            List<Quantity> quantities = e.claims().stream().flatMap(c -> c.quantities().stream()).toList();
            List<TimeReference> times = e.claims().stream().flatMap(c -> c.time().stream()).toList();
            Quantity figure = quantities.stream().filter(q -> same(q.value(), value)).findFirst().orElse(null);
            String got = figure == null ? null : figure.qualifier() == Qualifier.EXACT ? "-" : figure.qualifier().name();

            figures += figure != null ? 1 : 0;
            boolean wantHedge = !goldQualifier.equals("-");
            boolean gotHedge = got != null && !got.equals("-");
            qualifier.add(wantHedge && goldQualifier.equals(got), gotHedge, wantHedge);
            if (!goldQualifier.equals(got)) {
                misses.add("qualifier: " + text + "  expected " + goldQualifier + " got "
                        + (figure == null ? "no figure " + describe(quantities) : got + " on [" + figure.text() + "]"));
            }

            boolean wantTime = !goldTime.equals("-");
            boolean timeHit = wantTime && times.stream().anyMatch(t -> goldTime.equals(render(t)));
            timeDetection.add(wantTime && !times.isEmpty(), !times.isEmpty(), wantTime);
            timeValue.add(timeHit, !times.isEmpty(), wantTime);
            if (!timeHit && (wantTime || !times.isEmpty())) {
                misses.add("time: " + text + "  expected " + goldTime + " got "
                        + (times.isEmpty() ? "-" : times.stream().map(t -> render(t) + " [" + t.text() + "]").toList()));
            }
        }
        double found = (double) figures / lines;
        System.out.printf(Locale.ROOT, "[qualifier-gold] figure found %.3f (%d of %d lines)%n", found, figures, lines);
        for (PrecisionRecall score : List.of(qualifier, timeDetection, timeValue)) {
            score.print("qualifier-gold");
        }
        misses.forEach(m -> System.out.println("[qualifier-gold]   " + m));
        assertThat(found).as("figure found").isGreaterThanOrEqualTo(FIGURE_FLOOR);
        qualifier.assertAtLeast(QUALIFIER_P_FLOOR, QUALIFIER_R_FLOOR);
        timeDetection.assertAtLeast(TIME_DETECTION_P_FLOOR, TIME_DETECTION_R_FLOOR);
        timeValue.assertAtLeast(TIME_VALUE_P_FLOOR, TIME_VALUE_R_FLOOR);
    }

    /** {@code from..to}, {@code from} alone when both are equal, {@code ?} when both are null. */
    static String render(TimeReference t) {
        if (t.from() == null && t.to() == null) {
            return "?";
        }
        if (Objects.equals(t.from(), t.to())) {
            return t.from();
        }
        return (t.from() == null ? "" : t.from()) + ".." + (t.to() == null ? "" : t.to());
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }

    private static String describe(List<Quantity> quantities) {
        return quantities.stream().map(q -> q.value() + " " + q.qualifier() + " [" + q.text() + "]").toList().toString();
    }
}
