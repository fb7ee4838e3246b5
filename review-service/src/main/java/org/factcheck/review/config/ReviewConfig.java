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

    Queue queue();

    interface Queue {
        /**
         * How many of the best takeable claims one scan of the queue fetches for the takes that follow in this
         * process (each then leases its claim by {@code _id}); 0 makes every take scan the queue.
         */
        @WithDefault("32")
        int prefetch();

        /**
         * How old those candidates may get before the queue is scanned again: a claim another instance puts back
         * waits at most this long behind lower-ranked candidates (changes made through this instance apply at once).
         */
        @WithDefault("PT1S")
        Duration prefetchMaxAge();
    }

    Webhooks webhooks();

    interface Webhooks {
        /** How often the outbox is scanned for due deliveries ({@code off} disables the scan). */
        @WithDefault("1s")
        String pollEvery();

        /** Wait after the first failed attempt; it doubles after each further failure … */
        @WithDefault("PT5S")
        Duration backoffBase();

        /** … up to this, so a receiver back from an outage gets its backlog within this long. */
        @WithDefault("PT5M")
        Duration backoffMax();

        /** A delivery still failing this long after its event is marked FAILED (an admin can redeliver it). */
        @WithDefault("P3D")
        Duration giveUpAfter();

        /** Connect and response timeout of one attempt. */
        @WithDefault("PT10S")
        Duration timeout();

        /** Most deliveries attempted per scan. */
        @WithDefault("200")
        int batchSize();

        /** How long the list of active subscriptions is cached (changes made through this instance apply at once). */
        @WithDefault("PT5S")
        Duration subscriptionRefresh();
    }

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
