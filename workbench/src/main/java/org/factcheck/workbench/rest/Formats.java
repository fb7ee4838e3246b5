package org.factcheck.workbench.rest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.factcheck.workbench.client.Api;

import io.quarkus.qute.TemplateExtension;

/** Number, time and place formats for the templates. */
@TemplateExtension
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    static String fixed2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String fixed1(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A figure without exponent: {@code 4.12E8} → {@code 412000000}. */
    static String plain(Double value) {
        return value == null ? "" : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String utc(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private static final String[] ORDINALS = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth"};
    private static final String[] CARDINALS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten"};

    /**
     * A ranking's place in words: {@code third}, {@code last}, {@code second to last}, {@code fourth from last},
     * {@code top five}, {@code bottom five}; with the size of the list when the text gives it: {@code 49th of 50},
     * {@code within the top five of 38}, {@code among the top of 27}.
     */
    static String place(Api.Ranking r) {
        String place = placeWords(r);
        if (r.outOf() == null) {
            return place;
        }
        String field = " of " + r.outOf();
        return r.oneOf() && r.position() > 1 ? "within the " + place + field : place + field;
    }

    private static String placeWords(Api.Ranking r) {
        int n = r.position();
        if (r.oneOf()) {
            String group = r.fromEnd() ? "bottom" : "top";
            return n <= 1 ? "among the " + group : group + " " + cardinal(n);
        }
        if (!r.fromEnd()) {
            return ordinal(n);
        }
        return n <= 1 ? "last" : n == 2 ? "second to last" : ordinal(n) + " from last";
    }

    private static String ordinal(int n) {
        if (n >= 1 && n < ORDINALS.length) {
            return ORDINALS[n];
        }
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String cardinal(int n) {
        return n >= 1 && n < CARDINALS.length ? CARDINALS[n] : Integer.toString(n);
    }

    /** Enum-style names for people: {@code MOSTLY_TRUE} → {@code mostly true}. */
    static String words(String constant) {
        return constant == null ? "" : constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
