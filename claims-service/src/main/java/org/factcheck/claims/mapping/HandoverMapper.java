package org.factcheck.claims.mapping;

import static org.factcheck.claims.client.ClaimHandover.MAX_ATTRIBUTION_TEXT;
import static org.factcheck.claims.client.ClaimHandover.MAX_ITEMS;
import static org.factcheck.claims.client.ClaimHandover.MAX_ITEM_TEXT;
import static org.factcheck.claims.client.ClaimHandover.MAX_OUT_OF;
import static org.factcheck.claims.client.ClaimHandover.MAX_QUALIFIER;
import static org.factcheck.claims.client.ClaimHandover.MAX_SHORT;
import static org.factcheck.claims.client.ClaimHandover.MAX_TEXT;
import static org.factcheck.claims.client.ClaimHandover.MAX_TITLE;
import static org.factcheck.claims.client.ClaimHandover.MAX_URL;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.factcheck.claims.Article;
import org.factcheck.claims.Claim;
import org.factcheck.claims.client.ClaimHandover;

/**
 * Stored claim and its article → the body the review-service receives, fitted to the receiver's limits: a longer
 * sentence is trimmed at a word, longer lists keep their first items, longer fields are cut, and each change is
 * named in {@code adjustments}. The sender never sends what the receiver would refuse for its size.
 */
public final class HandoverMapper {

    private HandoverMapper() {
    }

    public static ClaimHandover toHandover(Claim c, Article a) {
        Set<String> adjustments = new LinkedHashSet<>();
        String text = trimText(c.text, adjustments);
        double score = c.checkworthiness;
        if (!(score >= 0 && score <= 1)) {
            adjustments.add("checkworthiness " + score + " clamped to [0, 1]");
            score = Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score));
        }
        List<ClaimHandover.Quantity> quantities = firstItems("quantities", c.quantities, adjustments,
                q -> new ClaimHandover.Quantity(cut("quantity text", q.text, MAX_ITEM_TEXT, adjustments),
                        finite("quantity value", q.value, adjustments),
                        cut("quantity unit", q.unit, MAX_SHORT, adjustments),
                        q.qualifier == null ? null : cut("quantity qualifier", q.qualifier.name(), MAX_QUALIFIER, adjustments),
                        finite("quantity low", q.low, adjustments), finite("quantity high", q.high, adjustments),
                        cut("quantity per", q.per, MAX_SHORT, adjustments)));
        List<ClaimHandover.Ranking> rankings = firstItems("rankings", c.rankings, adjustments,
                r -> new ClaimHandover.Ranking(cut("ranking text", r.text, MAX_ITEM_TEXT, adjustments), r.position,
                        cut("ranking after", r.after, MAX_ITEM_TEXT, adjustments), r.oneOf, r.fromEnd,
                        fieldSize(r.outOf, adjustments)));
        List<ClaimHandover.Time> time = firstItems("time references", c.time, adjustments,
                t -> new ClaimHandover.Time(cut("time text", t.text, MAX_ITEM_TEXT, adjustments),
                        cut("time from", t.from, MAX_SHORT, adjustments), cut("time to", t.to, MAX_SHORT, adjustments)));
        ClaimHandover.Attribution attribution = c.attribution == null ? null
                : new ClaimHandover.Attribution(cut("attribution text", c.attribution.text, MAX_ATTRIBUTION_TEXT, adjustments),
                        cut("attribution source", c.attribution.source, MAX_ITEM_TEXT, adjustments));
        ClaimHandover.Article article = a == null ? null
                : new ClaimHandover.Article(cut("article url", a.url, MAX_URL, adjustments),
                        cut("article title", a.title, MAX_TITLE, adjustments),
                        cut("article outlet", a.outlet, MAX_ITEM_TEXT, adjustments), a.publishedAt);
        return new ClaimHandover(ClaimMapper.hex(c.id), ClaimMapper.hex(c.articleId), text,
                c.type == null ? null : c.type.name(), score, quantities, rankings, time, attribution, article,
                c.extractedAt, adjustments.isEmpty() ? null : List.copyOf(adjustments));
    }

    /** At most {@code MAX_TEXT} units: cut at the last space in the final quarter if there is one, then "…". */
    static String trimText(String text, Set<String> adjustments) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        int end = MAX_TEXT - 1;
        int space = text.lastIndexOf(' ', end);
        if (space > MAX_TEXT * 3 / 4) {
            end = space;
        }
        String trimmed = safeCut(text, end).stripTrailing() + "…";
        adjustments.add("text trimmed from " + text.length() + " to " + trimmed.length() + " characters");
        return trimmed;
    }

    private static <T, R> List<R> firstItems(String name, List<T> items, Set<String> adjustments, Function<T, R> map) {
        List<T> all = ClaimMapper.nullToEmpty(items);
        if (all.size() > MAX_ITEMS) {
            adjustments.add(name + " cut from " + all.size() + " to the first " + MAX_ITEMS);
        }
        List<R> kept = new ArrayList<>(Math.min(all.size(), MAX_ITEMS));
        for (T item : all.subList(0, Math.min(all.size(), MAX_ITEMS))) {
            if (item != null) {
                kept.add(map.apply(item));
            }
        }
        return kept;
    }

    private static String cut(String name, String value, int max, Set<String> adjustments) {
        if (value == null || value.length() <= max) {
            return value;
        }
        adjustments.add(name + " cut to " + max + " characters");
        return safeCut(value, max);
    }

    private static Double finite(String name, Double value, Set<String> adjustments) {
        if (value != null && !Double.isFinite(value)) {
            adjustments.add(name + " " + value + " left out (not a finite number)");
            return null;
        }
        return value;
    }

    private static Integer fieldSize(Integer outOf, Set<String> adjustments) {
        if (outOf != null && (outOf < 1 || outOf > MAX_OUT_OF)) {
            adjustments.add("ranking outOf " + outOf + " left out (not within 1 to " + MAX_OUT_OF + ")");
            return null;
        }
        return outOf;
    }

    /** The first {@code length} units, one less if that would split a surrogate pair. */
    private static String safeCut(String s, int length) {
        int end = length > 0 && Character.isHighSurrogate(s.charAt(length - 1)) ? length - 1 : length;
        return s.substring(0, end);
    }
}
