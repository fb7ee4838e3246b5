package org.factcheck.claims.mapping;

import java.util.List;

import org.factcheck.claims.Claim;
import org.factcheck.claims.rest.ClaimView;
import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Ranking;
import org.factcheck.engine.model.TimeReference;

/** Engine claim ⇄ stored claim, stored claim → API view. Plain functions, no state. */
public final class ClaimMapper {

    private ClaimMapper() {
    }

    /** The engine's fields of a new claim document; identity, links and hand-over are set by the caller. */
    public static Claim toEntity(org.factcheck.engine.model.Claim c) {
        Claim e = new Claim();
        e.type = c.type();
        e.sentence = c.sentence();
        e.start = c.start();
        e.end = c.end();
        e.text = c.text();
        e.checkworthiness = c.checkworthiness();
        e.reasons = List.copyOf(nullToEmpty(c.reasons()));
        e.quantities = nullToEmpty(c.quantities()).stream().map(ClaimMapper::toValue).toList();
        e.rankings = nullToEmpty(c.rankings()).stream().map(ClaimMapper::toValue).toList();
        e.time = nullToEmpty(c.time()).stream().map(ClaimMapper::toValue).toList();
        e.attribution = c.attribution() == null ? null : toValue(c.attribution());
        e.ordinals = nullToEmpty(c.ordinals()).stream().map(ClaimMapper::toValue).toList();
        return e;
    }

    /** Back to the engine's record, e.g. to score it against a new claim. */
    public static org.factcheck.engine.model.Claim toEngine(Claim e) {
        return new org.factcheck.engine.model.Claim(e.type, e.sentence, e.start, e.end, e.text, e.checkworthiness,
                nullToEmpty(e.reasons), quantities(e), rankings(e), time(e), attribution(e), ordinals(e));
    }

    public static ClaimView toView(Claim e) {
        List<ClaimView.MatchView> matches = nullToEmpty(e.matches).stream()
                .map(m -> new ClaimView.MatchView(hex(m.claimId), hex(m.articleId), m.score, m.kind))
                .toList();
        Claim.Handover h = e.handover;
        ClaimView.HandoverView handover = h == null ? null
                : new ClaimView.HandoverView(h.state, h.attempts, h.nextAttemptAt, h.lastStatus, h.lastError,
                        h.deliveredAt, h.adjustments);
        return new ClaimView(hex(e.id), hex(e.articleId), e.ordinal, e.type, e.sentence, e.start, e.end, e.text,
                e.checkworthiness, nullToEmpty(e.reasons), quantities(e), rankings(e), time(e), attribution(e),
                matches, handover, e.extractedAt, ordinals(e));
    }

    static List<Quantity> quantities(Claim e) {
        return nullToEmpty(e.quantities).stream()
                .map(q -> new Quantity(q.start, q.end, q.text, q.value, q.unit, q.qualifier, q.low, q.high, q.per))
                .toList();
    }

    static List<Quantity> ordinals(Claim e) {
        return nullToEmpty(e.ordinals).stream()
                .map(q -> Quantity.ordinal(q.start, q.end, q.text, (int) q.value))
                .toList();
    }

    static List<Ranking> rankings(Claim e) {
        return nullToEmpty(e.rankings).stream()
                .map(r -> new Ranking(r.start, r.end, r.text, r.position, r.list, r.after, r.oneOf, r.fromEnd,
                        r.outOf))
                .toList();
    }

    static List<TimeReference> time(Claim e) {
        return nullToEmpty(e.time).stream()
                .map(t -> new TimeReference(t.start, t.end, t.text, t.from, t.to))
                .toList();
    }

    static Attribution attribution(Claim e) {
        Claim.AttributionValue a = e.attribution;
        return a == null ? null : new Attribution(a.start, a.end, a.text, a.source);
    }

    private static Claim.QuantityValue toValue(Quantity q) {
        Claim.QuantityValue v = new Claim.QuantityValue();
        v.start = q.start();
        v.end = q.end();
        v.text = q.text();
        v.value = q.value();
        v.unit = q.unit();
        v.qualifier = q.qualifier();
        v.low = q.low();
        v.high = q.high();
        v.per = q.per();
        return v;
    }

    private static Claim.RankingValue toValue(Ranking r) {
        Claim.RankingValue v = new Claim.RankingValue();
        v.start = r.start();
        v.end = r.end();
        v.text = r.text();
        v.position = r.position();
        v.list = r.list();
        v.after = r.after();
        v.oneOf = r.oneOf();
        v.fromEnd = r.fromEnd();
        v.outOf = r.outOf();
        return v;
    }

    private static Claim.TimeValue toValue(TimeReference t) {
        Claim.TimeValue v = new Claim.TimeValue();
        v.start = t.start();
        v.end = t.end();
        v.text = t.text();
        v.from = t.from();
        v.to = t.to();
        return v;
    }

    private static Claim.AttributionValue toValue(Attribution a) {
        Claim.AttributionValue v = new Claim.AttributionValue();
        v.start = a.start();
        v.end = a.end();
        v.text = a.text();
        v.source = a.source();
        return v;
    }

    static String hex(org.bson.types.ObjectId id) {
        return id == null ? null : id.toHexString();
    }

    static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
