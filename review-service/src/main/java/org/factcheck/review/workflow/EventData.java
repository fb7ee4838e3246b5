package org.factcheck.review.workflow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Converts between workflow objects and the plain JSON values events carry; writes canonical JSON. */
public final class EventData {

    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private EventData() {
    }

    /** Milliseconds precision, always three fraction digits and a Z: such strings sort chronologically. */
    public static String time(Instant at) {
        return TIME.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Map<String, Object> toMap(Object value) {
        return JSON.convertValue(value, MAP);
    }

    public static <T> T fromMap(Object map, Class<T> type) {
        return map == null ? null : JSON.convertValue(map, type);
    }

    /** JSON with object keys sorted and no whitespace. */
    public static String canonicalJson(Object value) {
        try {
            return JSON.writeValueAsString(JSON.convertValue(value, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not representable as JSON", e);
        }
    }

    public static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }
}
