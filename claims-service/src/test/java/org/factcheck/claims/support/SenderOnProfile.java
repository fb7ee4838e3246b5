package org.factcheck.claims.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The scheduled hand-over sender switched on, ticking fast. */
public class SenderOnProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("factcheck.claims.handover.enabled", "true",
                "factcheck.claims.handover.every", "0.2s",
                "factcheck.claims.handover.initial-backoff", "0.2s");
    }
}
