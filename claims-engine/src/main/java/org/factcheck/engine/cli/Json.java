package org.factcheck.engine.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Ranking;
import org.factcheck.engine.model.Sentence;
import org.factcheck.engine.model.TimeReference;

/**
 * The JSON shape of an extraction, as the CLI prints it and {@code POST /api/extract} answers it: the records'
 * components in declaration order, nulls written, whole numbers without {@code .0} (7600, not 7600.0). Written with
 * Jackson's streaming generator, field by field: one writer for both, and no reflection per value.
 */
public final class Json {

    /** Doubles that are whole and below 2^53 are exact as longs. */
    private static final double EXACT_LONG_LIMIT = 9.007199254740992E15;
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** One extraction as a JSON object on one line. */
    public static String toString(Extraction extraction) {
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            write(gen, extraction);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One extraction as UTF-8 JSON bytes: what {@link #write(OutputStream, Extraction)} writes. */
    public static byte[] bytes(Extraction extraction) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
        try {
            write(out, extraction);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One extraction as UTF-8 JSON on {@code out}, which is closed afterwards. */
    public static void write(OutputStream out, Extraction extraction) throws IOException {
        try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(gen, extraction);
        }
    }

    public static void write(JsonGenerator gen, Extraction extraction) throws IOException {
        gen.writeStartObject();
        objects(gen, "sentences", extraction.sentences(), Json::sentence);
        objects(gen, "claims", extraction.claims(), Json::claim);
        gen.writeEndObject();
    }

    private static void sentence(JsonGenerator gen, Sentence s) throws IOException {
        span(gen, s.start(), s.end(), s.text());
        number(gen, "checkworthiness", s.checkworthiness());
    }

    private static void claim(JsonGenerator gen, Claim c) throws IOException {
        gen.writeStringField("type", c.type() == null ? null : c.type().name());
        gen.writeNumberField("sentence", c.sentence());
        span(gen, c.start(), c.end(), c.text());
        number(gen, "checkworthiness", c.checkworthiness());
        strings(gen, "reasons", c.reasons());
        objects(gen, "quantities", c.quantities(), Json::quantity);
        objects(gen, "rankings", c.rankings(), Json::ranking);
        objects(gen, "time", c.time(), Json::time);
        Attribution a = c.attribution();
        if (a == null) {
            gen.writeNullField("attribution");
        } else {
            gen.writeObjectFieldStart("attribution");
            span(gen, a.start(), a.end(), a.text());
            gen.writeStringField("source", a.source());
            gen.writeEndObject();
        }
        objects(gen, "ordinals", c.ordinals(), Json::quantity);
    }

    private static void quantity(JsonGenerator gen, Quantity q) throws IOException {
        span(gen, q.start(), q.end(), q.text());
        number(gen, "value", q.value());
        gen.writeStringField("unit", q.unit());
        gen.writeStringField("qualifier", q.qualifier() == null ? null : q.qualifier().name());
        number(gen, "low", q.low());
        number(gen, "high", q.high());
        gen.writeStringField("per", q.per());
        gen.writeStringField("kind", q.kind() == null ? null : q.kind().name());
    }

    private static void ranking(JsonGenerator gen, Ranking r) throws IOException {
        span(gen, r.start(), r.end(), r.text());
        gen.writeNumberField("position", r.position());
        gen.writeStringField("list", r.list());
        gen.writeStringField("after", r.after());
        gen.writeBooleanField("oneOf", r.oneOf());
        gen.writeBooleanField("fromEnd", r.fromEnd());
        if (r.outOf() == null) {
            gen.writeNullField("outOf");
        } else {
            gen.writeNumberField("outOf", r.outOf());
        }
    }

    private static void time(JsonGenerator gen, TimeReference t) throws IOException {
        span(gen, t.start(), t.end(), t.text());
        gen.writeStringField("from", t.from());
        gen.writeStringField("to", t.to());
    }

    /** The fields of one object, between its braces. */
    @FunctionalInterface
    private interface Fields<T> {
        void write(JsonGenerator gen, T value) throws IOException;
    }

    /** An array of objects, or null. */
    private static <T> void objects(JsonGenerator gen, String field, List<T> values, Fields<T> fields)
            throws IOException {
        if (values == null) {
            gen.writeNullField(field);
            return;
        }
        gen.writeArrayFieldStart(field);
        for (T value : values) {
            gen.writeStartObject();
            fields.write(gen, value);
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void span(JsonGenerator gen, int start, int end, String text) throws IOException {
        gen.writeNumberField("start", start);
        gen.writeNumberField("end", end);
        gen.writeStringField("text", text);
    }

    private static void strings(JsonGenerator gen, String field, List<String> values) throws IOException {
        if (values == null) {
            gen.writeNullField(field);
            return;
        }
        gen.writeArrayFieldStart(field);
        for (String value : values) {
            gen.writeString(value);
        }
        gen.writeEndArray();
    }

    private static void number(JsonGenerator gen, String field, Double value) throws IOException {
        if (value == null) {
            gen.writeNullField(field);
        } else {
            number(gen, field, value.doubleValue());
        }
    }

    private static void number(JsonGenerator gen, String field, double v) throws IOException {
        gen.writeFieldName(field);
        number(gen, v);
    }

    /** The contract's number rule, for any writer: 7600.0 → 7600, 0.3333 → 0.3333. */
    public static void number(JsonGenerator gen, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < EXACT_LONG_LIMIT) {
            gen.writeNumber((long) v);
        } else {
            gen.writeNumber(v);
        }
    }
}
