package org.factcheck.claims.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.factcheck.claims.Article;
import org.factcheck.claims.Claim;
import org.factcheck.claims.repository.ArticleRepository;
import org.factcheck.claims.repository.ClaimRepository;
import org.factcheck.engine.model.Extraction;
import org.factcheck.web.PageRequest;
import org.factcheck.web.PageView;
import org.factcheck.web.ProblemException;
import org.factcheck.web.ProblemType;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

import io.quarkus.logging.Log;

/**
 * Article intake, idempotent: the same article (same normalised text, or same URL) is stored once, even when
 * submitted twice at the same moment — the unique indexes decide, the loser returns the winner's article.
 */
@ApplicationScoped
public class ArticleService {

    /** What to store; exactly one of text and html. */
    public record Submission(String title, String text, String html, String url, String outlet,
            Instant publishedAt, String language, String submittedBy, String requestId) {

        String body() {
            return html != null ? html : text;
        }
    }

    public record Intake(Article article, List<Claim> claims, boolean created) {
    }

    private final ArticleRepository articles;
    private final ClaimRepository claimRepository;
    private final ClaimService claims;
    private final ExtractionService extractor;

    public ArticleService(ArticleRepository articles, ClaimRepository claimRepository, ClaimService claims,
            ExtractionService extractor) {
        this.articles = articles;
        this.claimRepository = claimRepository;
        this.claims = claims;
        this.extractor = extractor;
    }

    public Intake submit(Submission s) {
        String textSha256 = ArticleKeys.sha256(ArticleKeys.normaliseText(s.body(), s.html() != null));
        String urlKey = ArticleKeys.urlKey(s.url(), textSha256);
        var existing = articles.findSame(urlKey, textSha256);
        if (existing.isPresent()) {
            return known(existing.get(), s.requestId());
        }
        Extraction extraction = extractor.extract(s.body());
        Instant now = Instant.now();
        Article article = new Article();
        article.title = s.title();
        article.text = s.html() == null ? s.text() : null;
        article.html = s.html();
        article.url = s.url();
        article.urlKey = urlKey;
        article.outlet = s.outlet();
        article.publishedAt = s.publishedAt();
        article.language = s.language();
        article.textSha256 = textSha256;
        article.claimCount = extraction.claims().size();
        article.submittedBy = s.submittedBy();
        article.requestId = s.requestId();
        article.createdAt = now;
        try {
            articles.persist(article);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // lost the race against an identical submission
            Article winner = articles.findSame(urlKey, textSha256).orElseThrow(() -> e);
            return known(winner, s.requestId());
        }
        Log.infof("Article %s stored with %d claims", article.id, extraction.claims().size());
        return new Intake(article, claims.store(article, extraction.claims(), s.requestId(), now), true);
    }

    /**
     * An article seen before. If its claims are incomplete (the first submission died half-way, or is still
     * storing them right now), the missing ones are stored; the unique (article, ordinal) index keeps each once.
     */
    private Intake known(Article article, String requestId) {
        if (claimRepository.countByArticle(article.id) < article.claimCount) {
            Extraction extraction = extractor.extract(article.body());
            return new Intake(article, claims.store(article, extraction.claims(), requestId, Instant.now()), false);
        }
        return new Intake(article, claimRepository.listByArticle(article.id), false);
    }

    /** Articles, newest first. */
    public PageView<Article> newestFirst(PageRequest page) {
        return ClaimService.page(articles.newestFirst(), page);
    }

    public Article get(String id) {
        return articles.findById(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No article with id " + id));
    }

    public List<Claim> claimsOf(Article article) {
        return claimRepository.listByArticle(article.id);
    }

    /** The claims of one article in text order; 404 if there is no such article. */
    public PageView<Claim> claimsOf(String articleId, PageRequest page) {
        return ClaimService.page(claimRepository.byArticle(get(articleId).id), page);
    }
}
