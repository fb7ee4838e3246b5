package org.factcheck.review.workflow;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict scale and how each rating appears in a ClaimReview {@code reviewRating}: a rating with a value
 * is published as {@code ratingValue} 1..5 with {@code bestRating} 5 and {@code worstRating} 1; a rating
 * without one (MISLEADING, UNVERIFIABLE by default) carries only its {@code alternateName}, because it does not
 * sit on the true/false axis.
 */
public final class RatingScale {

    public static final int BEST = 5;
    public static final int WORST = 1;

    /** One rating; {@code value} is null for ratings off the numeric axis. */
    public record Rating(String name, Integer value, String label) {
        public Rating {
            if (value != null && (value < WORST || value > BEST)) {
                throw new IllegalArgumentException("rating value must be in 1..5: " + name);
            }
        }
    }

    private final Map<String, Rating> ratings = new LinkedHashMap<>();

    public RatingScale(Collection<Rating> ratings) {
        ratings.forEach(r -> this.ratings.put(r.name(), r));
    }

    /** TRUE 5, MOSTLY_TRUE 4, HALF_TRUE 3, MOSTLY_FALSE 2, FALSE 1, MISLEADING and UNVERIFIABLE label only. */
    public static RatingScale defaults() {
        return new RatingScale(List.of(
                new Rating("TRUE", 5, "True"),
                new Rating("MOSTLY_TRUE", 4, "Mostly true"),
                new Rating("HALF_TRUE", 3, "Half true"),
                new Rating("MOSTLY_FALSE", 2, "Mostly false"),
                new Rating("FALSE", 1, "False"),
                new Rating("MISLEADING", null, "Misleading"),
                new Rating("UNVERIFIABLE", null, "Unverifiable")));
    }

    public Optional<Rating> find(String name) {
        return Optional.ofNullable(name == null ? null : ratings.get(name));
    }

    public Rating require(String name) {
        return find(name).orElseThrow(() -> new InvalidCommandException(
                "unknown rating '" + name + "'; the scale is " + ratings.keySet()));
    }

    public Collection<String> names() {
        return ratings.keySet();
    }

    /** The schema.org {@code Rating} object for a rating on this scale. */
    public Map<String, Object> reviewRating(String name) {
        Rating r = require(name);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@type", "Rating");
        if (r.value() != null) {
            out.put("ratingValue", r.value());
            out.put("bestRating", BEST);
            out.put("worstRating", WORST);
        }
        out.put("alternateName", r.label());
        return out;
    }
}
