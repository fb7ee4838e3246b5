package org.factcheck.workbench.rest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Number and time formats for the templates. */
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

    /** Enum-style names for people: {@code MOSTLY_TRUE} → {@code mostly true}. */
    static String words(String constant) {
        return constant == null ? "" : constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
