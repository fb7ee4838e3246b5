package org.factcheck.engine.gold;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.support.Engine;
import org.factcheck.engine.support.GoldLines;
import org.factcheck.engine.support.PrecisionRecall;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Precision and recall per family of how news text writes numbers (src/test/resources/gold/families/*.tsv):
 * numbers in words, ordinals, ranges, units. Each line is one sentence and every figure of that family it must
 * yield; lines with {@code -} must yield none. A figure matches when its value (or its range bounds), and the unit
 * and rate when the line gives them, are the same. Cardinal families look at {@code quantities}, the ordinal
 * family at {@code ordinals}.
 */
class FamilyGoldTest {

    private static final double FLOOR = 0.90;
    /** Held-out sets (written after the rules were frozen): a looser floor that still catches regressions. */
    private static final double HELD_OUT_FLOOR = 0.80;
    /**
     * Second blind round (blind2/, written before the rules were read): the floor is the first blind run's lowest
     * figure (ordinals recall 0.955), not what the rules reach after the fixes that run prompted.
     */
    private static final double BLIND2_FLOOR = 0.95;

    /** One expected figure: value or bounds, unit ({@code null} = not checked), rate ({@code null} = not checked). */
    record Expected(Double value, Double low, Double high, boolean bounded, String unit, boolean unitGiven,
            String per) {

        static Expected parse(String spec) {
            String[] parts = spec.trim().split(" ");
            Double value = null;
            Double low = null;
            Double high = null;
            boolean bounded = parts[0].contains("..");
            if (bounded) {
                int dots = parts[0].indexOf("..");
                low = dots == 0 ? null : Double.valueOf(parts[0].substring(0, dots));
                high = dots + 2 == parts[0].length() ? null : Double.valueOf(parts[0].substring(dots + 2));
            } else {
                value = Double.valueOf(parts[0]);
            }
            String unit = null;
            boolean unitGiven = false;
            String per = null;
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].startsWith("per=")) {
                    per = parts[i].substring(4);
                } else {
                    unitGiven = true;
                    unit = parts[i].equals("-") ? null : parts[i];
                }
            }
            return new Expected(value, low, high, bounded, unit, unitGiven, per);
        }

        boolean matches(Quantity q) {
            if (bounded ? !(same(low, q.low()) && same(high, q.high())) : !close(value, q.value())) {
                return false;
            }
            return (!unitGiven || Objects.equals(unit, q.unit())) && (per == null || per.equals(q.per()));
        }

        private static boolean same(Double expected, Double actual) {
            return expected == null ? actual == null : actual != null && close(expected, actual);
        }

        private static boolean close(double a, double b) {
            return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"words", "ordinals", "ranges", "units"})
    void familyMeetsTheFloor(String family) throws IOException {
        score(family, FLOOR);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heldout/words", "heldout/ordinals", "heldout/ranges", "heldout/units"})
    void heldOutFamilyMeetsTheLooserFloor(String family) throws IOException {
        score(family, HELD_OUT_FLOOR);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"blind2/words", "blind2/ordinals", "blind2/ranges", "blind2/units"})
    void secondBlindFamilyMeetsItsFirstRun(String family) throws IOException {
        score(family, BLIND2_FLOOR);
    }

    private static void score(String family, double floor) throws IOException {
        PrecisionRecall score = new PrecisionRecall(family);
        List<String> misses = new ArrayList<>();
        for (String line : GoldLines.read("/gold/families/" + family + ".tsv")) {
            int tab = line.indexOf('\t');
            String sentence = line.substring(0, tab);
            String spec = line.substring(tab + 1).trim();
            List<Expected> want = new ArrayList<>();
            if (!spec.equals("-")) {
                for (String figure : spec.split(";")) {
                    want.add(Expected.parse(figure));
                }
            }
            Extraction e = Engine.extract(sentence);
            List<Quantity> got = e.claims().stream()
                    .flatMap(c -> (family.endsWith("ordinals") ? c.ordinals() : c.quantities()).stream()).toList();
            boolean[] used = new boolean[want.size()];
            int hits = 0;
            for (Quantity q : got) {
                for (int i = 0; i < want.size(); i++) {
                    if (!used[i] && want.get(i).matches(q)) {
                        used[i] = true;
                        hits++;
                        break;
                    }
                }
            }
            score.add(hits, got.size(), want.size());
            if (hits != got.size() || hits != want.size()) {
                misses.add(sentence + "  expected [" + spec + "] got " + got.stream().map(FamilyGoldTest::show).toList());
            }
        }
        score.print("family-gold");
        misses.forEach(m -> System.out.println("[family-gold]   miss: " + m));
        score.assertAtLeast(floor, floor);
    }

    private static String show(Quantity q) {
        String bounds = q.low() != null || q.high() != null ? " " + q.low() + ".." + q.high() : "";
        return q.text() + "=" + q.value() + bounds + " " + q.unit() + (q.per() == null ? "" : " per " + q.per());
    }
}
