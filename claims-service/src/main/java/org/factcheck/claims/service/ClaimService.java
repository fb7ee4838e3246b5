package org.factcheck.claims.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;

import org.factcheck.claims.Article;
import org.factcheck.claims.Claim;
import org.factcheck.claims.HandoverState;
import org.factcheck.claims.config.ClaimsConfig;
import org.factcheck.claims.mapping.ClaimMapper;
import org.factcheck.claims.repository.ClaimRepository;
import org.factcheck.engine.matching.ClaimMatcher;
import org.factcheck.engine.matching.MatchKind;
import org.factcheck.engine.model.ClaimType;
import org.factcheck.web.PageRequest;
import org.factcheck.web.PageView;
import org.factcheck.web.ProblemException;
import org.factcheck.web.ProblemType;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

import io.quarkus.logging.Log;
import io.quarkus.mongodb.panache.PanacheQuery;

/** Stores an article's claims with their matches and a pending hand-over, each in one document write. */
@ApplicationScoped
public class ClaimService {

    private final ClaimRepository claims;
    private final ClaimMatcher matcher;
    private final ClaimsConfig config;

    public ClaimService(ClaimRepository claims, ClaimMatcher matcher, ClaimsConfig config) {
        this.claims = claims;
        this.matcher = matcher;
        this.config = config;
    }

    /**
     * Inserts the claims the article does not have yet (by ordinal), so running it twice, or concurrently for the
     * same article, stores each claim once. Returns the article's claims in order.
     */
    public List<Claim> store(Article article, List<org.factcheck.engine.model.Claim> found, String requestId,
            Instant now) {
        for (int ordinal = 0; ordinal < found.size(); ordinal++) {
            org.factcheck.engine.model.Claim engineClaim = found.get(ordinal);
            Claim claim = ClaimMapper.toEntity(engineClaim);
            claim.articleId = article.id;
            claim.ordinal = ordinal;
            claim.keys = List.copyOf(matcher.keys(engineClaim));
            claim.matches = matches(engineClaim, claim.keys, article);
            claim.handover = pendingHandover(now);
            claim.requestId = requestId;
            claim.extractedAt = now;
            try {
                claims.persist(claim);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                Log.debugf("Claim %d of article %s already stored", ordinal, article.id);
            }
        }
        return claims.listByArticle(article.id);
    }

    private List<Claim.Match> matches(org.factcheck.engine.model.Claim claim, List<String> keys, Article article) {
        List<Claim.Match> matches = new ArrayList<>();
        for (Claim earlier : claims.matchCandidates(keys, article.id, config.matching().maxCandidates())) {
            double score = matcher.similarity(claim, ClaimMapper.toEngine(earlier));
            matcher.kind(score).ifPresent(kind -> matches.add(match(earlier, score, kind)));
        }
        matches.sort((a, b) -> Double.compare(b.score, a.score));
        return matches;
    }

    private static Claim.Match match(Claim earlier, double score, MatchKind kind) {
        Claim.Match m = new Claim.Match();
        m.claimId = earlier.id;
        m.articleId = earlier.articleId;
        m.score = score;
        m.kind = kind;
        return m;
    }

    private static Claim.Handover pendingHandover(Instant now) {
        Claim.Handover h = new Claim.Handover();
        h.state = HandoverState.PENDING;
        h.attempts = 0;
        h.nextAttemptAt = now;
        return h;
    }

    /** Claims most check-worthy first, filtered by type, lowest score and literal text (each optional). */
    public PageView<Claim> search(ClaimType type, Double minScore, String text, PageRequest page) {
        return page(claims.search(type, minScore, text), page);
    }

    public Claim get(String id) {
        return claims.findById(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No claim with id " + id));
    }

    /** Claims whose hand-over the review-service refused for good. */
    public PageView<Claim> failedHandovers(PageRequest page) {
        return page(claims.byHandoverState(HandoverState.FAILED), page);
    }

    /** Puts a failed claim back in line for delivery; 404 if there is no failed claim with that id. */
    public void requeue(String id, Instant now) {
        if (!ObjectId.isValid(id) || !claims.requeue(new ObjectId(id), now)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No failed claim with id " + id);
        }
    }

    static <T> PageView<T> page(PanacheQuery<T> query, PageRequest page) {
        PanacheQuery<T> paged = query.page(page.page(), page.size());
        return PageView.of(paged.list(), page, paged.count());
    }
}
