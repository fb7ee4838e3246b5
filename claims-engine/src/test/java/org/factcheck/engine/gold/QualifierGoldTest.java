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
        int qualExpected = 0;
        int qualPredicted = 0;
        int qualHits = 0;
        int timeExpected = 0;
        int timePredicted = 0;
        int timeDetected = 0;
        int timeHits = 0;
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
            qualExpected += wantHedge ? 1 : 0;
            qualPredicted += gotHedge ? 1 : 0;
            qualHits += wantHedge && goldQualifier.equals(got) ? 1 : 0;
            if (!goldQualifier.equals(got)) {
                misses.add("qualifier: " + text + "  expected " + goldQualifier + " got "
                        + (figure == null ? "no figure " + describe(quantities) : got + " on [" + figure.text() + "]"));
            }

            boolean wantTime = !goldTime.equals("-");
            boolean timeHit = wantTime && times.stream().anyMatch(t -> goldTime.equals(render(t)));
            timeExpected += wantTime ? 1 : 0;
            timePredicted += times.isEmpty() ? 0 : 1;
            timeDetected += wantTime && !times.isEmpty() ? 1 : 0;
            timeHits += timeHit ? 1 : 0;
            if (!timeHit && (wantTime || !times.isEmpty())) {
                misses.add("time: " + text + "  expected " + goldTime + " got "
                        + (times.isEmpty() ? "-" : times.stream().map(t -> render(t) + " [" + t.text() + "]").toList()));
            }
        }
        double fr = ratio(figures, lines);
        double qp = ratio(qualHits, qualPredicted);
        double qr = ratio(qualHits, qualExpected);
        double dp = ratio(timeDetected, timePredicted);
        double dr = ratio(timeDetected, timeExpected);
        double vp = ratio(timeHits, timePredicted);
        double vr = ratio(timeHits, timeExpected);
        System.out.printf(Locale.ROOT, "[qualifier-gold] figure found %.3f (%d of %d lines)%n", fr, figures, lines);
        System.out.printf(Locale.ROOT, "[qualifier-gold] qualifier P=%.3f R=%.3f (tp=%d, predicted=%d, expected=%d)%n",
                qp, qr, qualHits, qualPredicted, qualExpected);
        System.out.printf(Locale.ROOT, "[qualifier-gold] time detection P=%.3f R=%.3f (tp=%d, predicted=%d, expected=%d)%n",
                dp, dr, timeDetected, timePredicted, timeExpected);
        System.out.printf(Locale.ROOT, "[qualifier-gold] time value P=%.3f R=%.3f (tp=%d)%n", vp, vr, timeHits);
        misses.forEach(m -> System.out.println("[qualifier-gold]   " + m));
        assertThat(fr).as("figure found").isGreaterThanOrEqualTo(FIGURE_FLOOR);
        assertThat(qp).as("qualifier precision").isGreaterThanOrEqualTo(QUALIFIER_P_FLOOR);
        assertThat(qr).as("qualifier recall").isGreaterThanOrEqualTo(QUALIFIER_R_FLOOR);
        assertThat(dp).as("time detection precision").isGreaterThanOrEqualTo(TIME_DETECTION_P_FLOOR);
        assertThat(dr).as("time detection recall").isGreaterThanOrEqualTo(TIME_DETECTION_R_FLOOR);
        assertThat(vp).as("time value precision").isGreaterThanOrEqualTo(TIME_VALUE_P_FLOOR);
        assertThat(vr).as("time value recall").isGreaterThanOrEqualTo(TIME_VALUE_R_FLOOR);
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

    private static double ratio(int hits, int total) {
        return total == 0 ? 1 : (double) hits / total;
    }
}
