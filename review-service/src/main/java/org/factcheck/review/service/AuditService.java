package org.factcheck.review.service;

import java.util.List;
import java.util.function.Consumer;

import org.factcheck.review.repository.EventRepository;
import org.factcheck.review.workflow.ChainVerifier;
import org.factcheck.review.workflow.ChainedEvent;

import jakarta.enterprise.context.ApplicationScoped;

/** Read-only access to the history. */
@ApplicationScoped
public class AuditService {

    public record EventPage(List<ChainedEvent> items, long total, int page, int size) {
    }

    private final EventRepository events;
    private final ReviewService reviews;

    public AuditService(EventRepository events, ReviewService reviews) {
        this.events = events;
        this.reviews = reviews;
    }

    public List<ChainedEvent> history(String claimId) {
        reviews.get(claimId);
        return events.forClaim(claimId);
    }

    public EventPage page(EventRepository.Filter filter, int page, int size) {
        return new EventPage(events.page(filter, page, size), events.count(filter), page, size);
    }

    public void export(EventRepository.Filter filter, Consumer<ChainedEvent> sink) {
        events.stream(filter, sink);
    }

    /**
     * Recomputes the whole chain from the stored events. Events cut off the end are caught by comparing with
     * the chain head, which is kept apart from the events.
     */
    public ChainVerifier.Result verify() {
        ChainVerifier verifier = new ChainVerifier();
        events.stream(new EventRepository.Filter(null, null, null, null, null), verifier::accept);
        ChainVerifier.Result result = verifier.result();
        long head = events.headSeq();
        if (result.valid() && result.events() < head) {
            return new ChainVerifier.Result(false, result.events(), result.events() + 1);
        }
        return result;
    }
}
