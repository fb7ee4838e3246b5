package org.factcheck.claims.mapping;

import org.factcheck.claims.Article;
import org.factcheck.claims.Claim;
import org.factcheck.claims.client.ClaimHandover;

/** Stored claim and its article → the body the review-service receives. */
public final class HandoverMapper {

    private HandoverMapper() {
    }

    public static ClaimHandover toHandover(Claim c, Article a) {
        return new ClaimHandover(
                ClaimMapper.hex(c.id),
                ClaimMapper.hex(c.articleId),
                c.text,
                c.type == null ? null : c.type.name(),
                c.checkworthiness,
                ClaimMapper.nullToEmpty(c.quantities).stream()
                        .map(q -> new ClaimHandover.Quantity(q.text, q.value, q.unit,
                                q.qualifier == null ? null : q.qualifier.name(), q.low, q.high, q.per))
                        .toList(),
                ClaimMapper.nullToEmpty(c.rankings).stream()
                        .map(r -> new ClaimHandover.Ranking(r.text, r.position, r.after))
                        .toList(),
                ClaimMapper.nullToEmpty(c.time).stream()
                        .map(t -> new ClaimHandover.Time(t.text, t.from, t.to))
                        .toList(),
                c.attribution == null ? null
                        : new ClaimHandover.Attribution(c.attribution.text, c.attribution.source),
                a == null ? null : new ClaimHandover.Article(a.url, a.title, a.outlet, a.publishedAt),
                c.extractedAt);
    }
}
