package org.factcheck.review.service;

import org.factcheck.review.QueueItem;
import org.factcheck.review.Review;
import org.factcheck.review.repository.DeliveryRepository;
import org.factcheck.review.repository.EventRepository;
import org.factcheck.review.repository.QueueRepository;
import org.factcheck.review.repository.ReviewRepository;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Start-up repair and the lease sweep. A crash can interrupt {@link ReviewService#complete} after a change was
 * committed to its review document; this finishes such changes (append the pending events, re-project the queue
 * item) and drops queue leases that a crash left without a matching review (a {@code next} that died between
 * its two writes: its caller never got an answer, so nobody holds that lease).
 */
@ApplicationScoped
public class RecoveryService {

    private final ReviewRepository reviews;
    private final QueueRepository queue;
    private final EventRepository events;
    private final ReviewService service;
    private final DeliveryRepository deliveries;

    public RecoveryService(ReviewRepository reviews, QueueRepository queue, EventRepository events,
            ReviewService service, DeliveryRepository deliveries) {
        this.deliveries = deliveries;
        this.reviews = reviews;
        this.queue = queue;
        this.events = events;
        this.service = service;
    }

    void onStart(@Observes StartupEvent ignored) {
        reviews.createIndexes();
        queue.createIndexes();
        events.createIndexes();
        deliveries.createIndexes();
        repair();
    }

    /** Returns how many reviews and queue items needed repair. */
    public int repair() {
        int repaired = 0;
        for (Review r : reviews.withPendingEvents()) {
            service.complete(r);
            repaired++;
        }
        for (QueueItem item : queue.all()) {
            Review r = reviews.findById(item.claimId);
            if (r == null || !r.state.status.inQueue()) {
                queue.remove(item.claimId, Long.MAX_VALUE);
                repaired++;
                continue;
            }
            String reviewLease = r.state.lease == null ? null : r.state.lease.leaseId;
            if (item.version < r.version || !java.util.Objects.equals(item.leaseId, reviewLease)) {
                queue.restoreLease(item.claimId, item.leaseId, service.toItem(r));
                service.project(r);
                repaired++;
            }
        }
        if (repaired > 0) {
            Log.infof("start-up repair finished %d interrupted change(s)", repaired);
        }
        return repaired;
    }

    @Scheduled(every = "${factcheck.review.lease-sweep-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepLeases() {
        int expired = service.expireLeases();
        if (expired > 0) {
            Log.infof("%d expired lease(s) returned to the queue", expired);
        }
    }
}
