package org.factcheck.review.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Suggests a rating from how far a claimed figure is from the evidence: the first band whose limit the absolute
 * deviation does not exceed wins; beyond the last band the fallback rating applies.
 */
public final class ToleranceBands {

    public record Band(double maxPercent, String rating) {
    }

    private final List<Band> bands;
    private final String beyond;

    public ToleranceBands(List<Band> bands, String beyond) {
        this.bands = new ArrayList<>(bands);
        this.bands.sort(Comparator.comparingDouble(Band::maxPercent));
        this.beyond = beyond;
    }

    /** Parses entries like {@code "1:TRUE"} (up to 1 % off → TRUE). */
    public static ToleranceBands parse(List<String> entries, String beyond) {
        List<Band> bands = new ArrayList<>();
        for (String e : entries) {
            String[] parts = e.trim().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("tolerance band must look like '5:MOSTLY_TRUE': " + e);
            }
            bands.add(new Band(Double.parseDouble(parts[0].trim()), parts[1].trim()));
        }
        return new ToleranceBands(bands, beyond);
    }

    public static ToleranceBands defaults() {
        return parse(List.of("1:TRUE", "5:MOSTLY_TRUE", "15:HALF_TRUE", "30:MOSTLY_FALSE"), "FALSE");
    }

    public String suggest(double deviationPercent) {
        double abs = Math.abs(deviationPercent);
        for (Band b : bands) {
            if (abs <= b.maxPercent()) {
                return b.rating();
            }
        }
        return beyond;
    }

    public List<String> ratings() {
        List<String> all = new ArrayList<>(bands.stream().map(Band::rating).toList());
        all.add(beyond);
        return all;
    }
}
