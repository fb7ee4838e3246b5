package org.factcheck.review.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One reviewer's rating of a claim in one review round. */
public class Verdict {
    public String reviewer;
    public int round;
    public String rating;
    public String summary;
    public List<Source> sources = new ArrayList<>();
    public Evidence evidence;
    /** (claimed - evidence) / evidence in percent, when both figures are known. */
    public Double deviationPercent;
    /** Rating the tolerance bands suggest for that deviation; the reviewer still decides. */
    public String suggestedRating;
    public Instant leasedAt;
    public Instant submittedAt;
}
