package org.factcheck.review.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings under {@code factcheck.review.*}. */
@ConfigMapping(prefix = "factcheck.review")
public interface ReviewConfig {

    /** How long a lease lasts (renewable). */
    @WithDefault("PT30M")
    Duration leaseDuration();

    /** How often expired leases are swept back into the queue ({@code next} also takes expired ones directly). */
    @WithDefault("5s")
    String leaseSweepEvery();

    /** Claims at or above this check-worthiness need two independent verdicts. */
    @WithDefault("0.9")
    double doubleReviewThreshold();

    /** Priority points a claim gains per hour of waiting. */
    @WithDefault("0.01")
    double ageWeightPerHour();

    /** The verdict scale as NAME:value:label entries; an empty value means label only (no ratingValue). */
    @WithDefault("TRUE:5:True,MOSTLY_TRUE:4:Mostly true,HALF_TRUE:3:Half true,MOSTLY_FALSE:2:Mostly false,"
            + "FALSE:1:False,MISLEADING::Misleading,UNVERIFIABLE::Unverifiable")
    List<String> ratingScale();

    /** maxDeviationPercent:RATING, checked from the tightest band outwards. */
    @WithDefault("1:TRUE,5:MOSTLY_TRUE,15:HALF_TRUE,30:MOSTLY_FALSE")
    List<String> toleranceBands();

    /** Suggested rating when the deviation is beyond every band. */
    @WithDefault("FALSE")
    String beyondBands();

    /** Largest page size any list endpoint answers. */
    @WithDefault("100")
    int maxPageSize();

    /** Attempts a contended update makes before it gives up with 409. */
    @WithDefault("20")
    int maxRetries();

    Publisher publisher();

    interface Publisher {
        /** The fact-checking organisation, the ClaimReview author. */
        @WithDefault("Factcheck")
        String name();

        @WithDefault("https://factcheck.example.org")
        String url();

        /** Public address of GET /api/fact-checks; a ClaimReview's url is this plus /{claimId}. */
        @WithDefault("http://localhost:8080/api/fact-checks")
        String factCheckBaseUrl();

        /** Public address of GET /api/feed, the DataFeed's url. */
        @WithDefault("http://localhost:8080/api/feed")
        String feedUrl();
    }
}
