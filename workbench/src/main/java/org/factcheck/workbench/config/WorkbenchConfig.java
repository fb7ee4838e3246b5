package org.factcheck.workbench.config;

import java.net.URI;
import java.time.Duration;

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
}
