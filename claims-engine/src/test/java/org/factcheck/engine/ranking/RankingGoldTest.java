package org.factcheck.engine.ranking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Ranking;
import org.factcheck.engine.support.Engine;
import org.factcheck.engine.support.GoldLines;
import org.factcheck.engine.support.PrecisionRecall;
import org.junit.jupiter.api.Test;

/**
 * The rankings and polls blind round (src/test/resources/gold/rankings/blind.tsv, written before the ranking rules
 * were read): each line is a sentence and the positions of its rankings ({@code N}, {@code N*} for a place inside a
 * top group, a trailing {@code b} for a place counted from the bottom ({@code 1b}, {@code 5*b}), {@code ?} for a place
 * the text gives without a number, {@code -} for none). Scores:
 * <ul>
 * <li><b>detection</b>: P/R of "the sentence has a ranking";</li>
 * <li><b>position</b>: P/R over rankings: a gold {@code N} is hit by a found ranking with position N and
 * {@code oneOf} and {@code fromEnd} false, {@code N*} by position N with {@code oneOf} true, {@code Nb} by position
 * N with {@code fromEnd} true, {@code ?} by any found ranking left over;
 * each found ranking hits at most one gold entry; precision divides by all rankings found.</li>
 * </ul>
 * The floors are the first blind run's figures, not what the rules reach after the fixes it prompted.
 */
class RankingGoldTest {

    /**
     * First blind run, before any rule was changed for it (55 lines, 40 with a ranking, 41 rankings): detection
     * P 1.000 R 0.625, position P 1.000 R 0.610; each floor is that figure rounded down.
     */
    private static final double DETECTION_P_FLOOR = 1.00;
    private static final double DETECTION_R_FLOOR = 0.62;
    private static final double POSITION_P_FLOOR = 1.00;
    private static final double POSITION_R_FLOOR = 0.60;

    @Test
    void blindRankingsMeetTheirFirstRun() throws IOException {
        int lines = 0;
        PrecisionRecall detection = new PrecisionRecall("detection");
        PrecisionRecall position = new PrecisionRecall("position");
        List<String> misses = new ArrayList<>();
        for (String line : GoldLines.read("/gold/rankings/blind.tsv")) {
            String[] cols = line.split("\t");
            String text = cols[0];
            String gold = cols[1].trim();
            lines++;
            Extraction e = Engine.extract(text);
            List<Ranking> found = e.claims().stream().flatMap(c -> c.rankings().stream()).toList();
            List<String> want = gold.equals("-") ? List.of() : List.of(gold.split(","));

            detection.add(!want.isEmpty() && !found.isEmpty(), !found.isEmpty(), !want.isEmpty());
            List<Ranking> left = new ArrayList<>(found);
            int lineHits = 0;
            int unknown = 0;
            for (String w : want) {
                if (w.equals("?")) {
                    unknown++;
                    continue;
                }
                boolean fromEnd = w.endsWith("b");
                String p = fromEnd ? w.substring(0, w.length() - 1) : w;
                boolean oneOf = p.endsWith("*");
                int place = Integer.parseInt(oneOf ? p.substring(0, p.length() - 1) : p);
                Ranking match = left.stream().filter(r -> r.position() == place && r.oneOf() == oneOf
                        && r.fromEnd() == fromEnd).findFirst().orElse(null);
                if (match != null) {
                    left.remove(match);
                    lineHits++;
                }
            }
            lineHits += Math.min(unknown, left.size());
            position.add(lineHits, found.size(), want.size());
            if (lineHits != want.size() || lineHits != found.size()) {
                misses.add(text + "  expected " + gold + " got " + (found.isEmpty() ? "-" : found.stream()
                        .map(r -> r.position() + (r.oneOf() ? "*" : "") + (r.fromEnd() ? "b" : "") + " [" + r.text()
                                + "]").toList()));
            }
        }
        System.out.printf(Locale.ROOT, "[ranking-gold] %d lines%n", lines);
        detection.print("ranking-gold");
        position.print("ranking-gold");
        misses.forEach(m -> System.out.println("[ranking-gold]   " + m));
        detection.assertAtLeast(DETECTION_P_FLOOR, DETECTION_R_FLOOR);
        position.assertAtLeast(POSITION_P_FLOOR, POSITION_R_FLOOR);
    }

}
