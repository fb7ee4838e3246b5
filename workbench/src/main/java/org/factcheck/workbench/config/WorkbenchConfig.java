package org.factcheck.workbench.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The workbench's own settings; OIDC and HTTP settings are Quarkus' own. */
@ConfigMapping(prefix = "factcheck.workbench")
public interface WorkbenchConfig {

    /** Where the pages send their API calls: the gateway, so roles are enforced as for any API caller. */
    @WithDefault("http://localhost:8080")
    URI gatewayUrl();

    /** How long a page waits for the gateway. */
    @WithDefault("10S")
    Duration apiTimeout();

    /** How often the queue page asks for fresh rows. */
    @WithDefault("5S")
    Duration queueRefresh();

    /** Rows per page in the queue and the event log. */
    @WithDefault("50")
    int pageSize();

    /**
     * maxDeviationPercent:RATING, for the rating the verdict form suggests as the reviewer types. A copy of the
     * review-service's {@code factcheck.review.tolerance-bands} with the same defaults, because no API exposes
     * them: set FACTCHECK_WORKBENCH_TOLERANCE_BANDS wherever FACTCHECK_REVIEW_TOLERANCE_BANDS is set.
     */
    @WithDefault("1:TRUE,5:MOSTLY_TRUE,15:HALF_TRUE,30:MOSTLY_FALSE")
    List<String> toleranceBands();

    /** Suggested rating beyond every band: the review-service's {@code factcheck.review.beyond-bands}. */
    @WithDefault("FALSE")
    String beyondBands();
}
