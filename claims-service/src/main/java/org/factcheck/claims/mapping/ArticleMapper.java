package org.factcheck.claims.mapping;

import java.util.List;

import org.factcheck.claims.Article;
import org.factcheck.claims.Claim;
import org.factcheck.claims.rest.ArticleView;

/** Stored article → API view. */
public final class ArticleMapper {

    private ArticleMapper() {
    }

    /** Without claims (lists). */
    public static ArticleView toView(Article a) {
        return new ArticleView(ClaimMapper.hex(a.id), a.title, a.url, a.outlet, a.publishedAt, a.language,
                format(a), a.textSha256, a.claimCount, a.createdAt, null, null, null);
    }

    /** With the submitted text or HTML and the claims. */
    public static ArticleView toView(Article a, List<Claim> claims) {
        return new ArticleView(ClaimMapper.hex(a.id), a.title, a.url, a.outlet, a.publishedAt, a.language,
                format(a), a.textSha256, a.claimCount, a.createdAt, a.text, a.html,
                claims.stream().map(ClaimMapper::toView).toList());
    }

    private static String format(Article a) {
        return a.html != null ? "html" : "text";
    }
}
