package org.factcheck.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * A claim that can be taken now or once its lease ends (collection {@code queue}). Only QUEUED, RETURNED and
 * ASSIGNED claims are here, so {@code next} scans a small collection however long the history grows; on real
 * MongoDB it is indexed on (leaseUntil, desk, rank). It is a projection of {@link Review}: rebuilt from it
 * after every change, except that {@code next} sets the lease fields first, atomically.
 */
@MongoEntity(collection = "queue")
public class QueueItem {
    @BsonId
    public String claimId;
    public String desk;
    public double rank;
    /** Reviewers who already gave a verdict in this round: the second verdict must come from someone else. */
    public List<String> excluded = new ArrayList<>();
    public String leaseHolder;
    public String leaseId;
    public Instant leaseUntil;
    /** The {@link Review#version} this item was projected from. */
    public long version;
}
