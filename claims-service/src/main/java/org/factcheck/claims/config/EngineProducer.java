package org.factcheck.claims.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.matching.ClaimMatcher;
import org.factcheck.engine.matching.FigureAndEntityMatcher;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

/** The extraction engine and the claim matcher as beans: one of each, built once at start-up. */
public class EngineProducer {

    @Produces
    @Singleton
    @Startup
    ClaimExtractor claimExtractor() {
        long started = System.nanoTime();
        ClaimExtractor extractor = ClaimExtractor.create();
        Log.infof("Extraction engine ready in %d ms", (System.nanoTime() - started) / 1_000_000);
        return extractor;
    }

    /** Same figures and entities → a link; thresholds documented on {@link FigureAndEntityMatcher}. */
    @Produces
    @Singleton
    ClaimMatcher claimMatcher() {
        return new FigureAndEntityMatcher();
    }
}
