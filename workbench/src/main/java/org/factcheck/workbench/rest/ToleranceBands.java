package org.factcheck.workbench.rest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The rating the review-service suggests for a deviation, as its {@code ToleranceBands} derive it: the tightest
 * band whose limit the absolute deviation does not exceed, else {@code beyond}. The verdict form's script applies
 * the same rule to {@link #attribute()} while the reviewer types.
 */
public record ToleranceBands(List<Band> bands, String beyond) {

    public record Band(double maxPercent, String rating) {
    }

    public ToleranceBands {
        bands = bands.stream().sorted(Comparator.comparingDouble(Band::maxPercent)).toList();
    }

    /** Entries like {@code "5:MOSTLY_TRUE"}; every rating must be on the scale. */
    public static ToleranceBands parse(List<String> entries, String beyond, Collection<String> scale) {
        List<Band> bands = new ArrayList<>();
        for (String e : entries) {
            String[] parts = e.trim().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("tolerance band must look like '5:MOSTLY_TRUE': " + e);
            }
            bands.add(new Band(Double.parseDouble(parts[0].trim()), rating(parts[1], scale)));
        }
        return new ToleranceBands(bands, rating(beyond, scale));
    }

    private static String rating(String name, Collection<String> scale) {
        String rating = name.trim().toUpperCase(Locale.ROOT);
        if (!scale.contains(rating)) {
            throw new IllegalArgumentException("tolerance band rating '" + name + "' is not on the scale " + scale);
        }
        return rating;
    }

    public String suggest(double deviationPercent) {
        double abs = Math.abs(deviationPercent);
        return bands.stream().filter(b -> abs <= b.maxPercent()).map(Band::rating).findFirst().orElse(beyond);
    }

    /** The bands for the page's script, tightest first: {@code 1:TRUE,5:MOSTLY_TRUE,...}. */
    public String attribute() {
        return bands.stream().map(b -> Formats.plain(b.maxPercent()) + ":" + b.rating())
                .collect(Collectors.joining(","));
    }
}
