package org.factcheck.review.config;

import java.time.Clock;

import org.factcheck.review.workflow.ClaimReviewDocument;
import org.factcheck.review.workflow.RatingScale;
import org.factcheck.review.workflow.ToleranceBands;
import org.factcheck.review.workflow.Workflow;
import org.factcheck.review.workflow.WorkflowPolicy;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds (as @Singleton: the types are final) the framework-free workflow objects from configuration and checks the configuration fits together. */
@ApplicationScoped
public class WorkflowProducer {

    /** The service's only source of the current time; tests replace it to move time without waiting. */
    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    RatingScale ratingScale(ReviewConfig config) {
        return new RatingScale(config.ratingScale().stream().map(WorkflowProducer::rating).toList());
    }

    @Produces
    @Singleton
    Workflow workflow(ReviewConfig config, RatingScale scale) {
        ToleranceBands bands = ToleranceBands.parse(config.toleranceBands(), config.beyondBands());
        bands.ratings().forEach(scale::require);
        return new Workflow(new WorkflowPolicy(config.leaseDuration(), config.doubleReviewThreshold(), scale, bands));
    }

    @Produces
    @Singleton
    ClaimReviewDocument.Publisher publisher(ReviewConfig config) {
        var p = config.publisher();
        return new ClaimReviewDocument.Publisher(p.name(), p.url(), p.factCheckBaseUrl(), p.feedUrl());
    }

    static RatingScale.Rating rating(String entry) {
        String[] parts = entry.trim().split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("rating must look like NAME:value:label, got " + entry);
        }
        Integer value = parts[1].isBlank() ? null : Integer.valueOf(parts[1].trim());
        return new RatingScale.Rating(parts[0].trim(), value, parts[2].trim());
    }
}
