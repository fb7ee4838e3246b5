package org.factcheck.claims.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.factcheck.claims.Article;
import org.factcheck.claims.config.ClaimsConfig;
import org.factcheck.claims.repository.ArticleRepository;
import org.factcheck.claims.repository.ClaimRepository;
import org.factcheck.claims.service.ClaimService;
import org.factcheck.claims.service.HandoverService;
import org.factcheck.claims.support.InjectReviewService;
import org.factcheck.claims.support.ReviewServiceMock;
import org.factcheck.claims.support.TestClaims;
import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * What the outbox tests share: the sender driven by hand (the scheduler is off in tests), the review-service
 * played by WireMock, and no claim left pending by another test.
 */
abstract class OutboxTest {

    @InjectReviewService
    WireMockServer review;

    @Inject
    HandoverService handover;

    @Inject
    ClaimService claimService;

    @Inject
    ArticleRepository articles;

    @Inject
    ClaimRepository claims;

    @Inject
    ClaimsConfig config;

    @BeforeEach
    void nothingLeftOverAndReviewAcceptsEverything() {
        if (!review.isRunning()) {
            review.start();
        }
        ReviewServiceMock.acceptAll(review);
        // claims other tests left pending are delivered now, so each test sees only its own
        for (int round = 0; round < 10 && claims.oldestPending().isPresent(); round++) {
            handover.deliverDue(Instant.now().plus(Duration.ofDays(3650 + round)));
        }
        assertThat(claims.oldestPending()).isEmpty();
        ReviewServiceMock.acceptAll(review);
    }

    /** A new article with these engine claims, stored as a submission would store them. */
    Article storeArticle(String requestId, org.factcheck.engine.model.Claim... found) {
        Article article = TestClaims.article();
        article.claimCount = found.length;
        articles.persist(article);
        claimService.store(article, List.of(found), requestId, Instant.now());
        return article;
    }
}
