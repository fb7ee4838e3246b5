package org.factcheck.engine.cli;

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

    /** One extraction as UTF-8 JSON on {@code out}, which is closed afterwards. */
    public static void write(OutputStream out, Extraction extraction) throws IOException {
        try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(gen, extraction);
        }
    }

    public static void write(JsonGenerator gen, Extraction extraction) throws IOException {
        gen.writeStartObject();
        gen.writeArrayFieldStart("sentences");
        for (Sentence s : extraction.sentences()) {
            gen.writeStartObject();
            span(gen, s.start(), s.end(), s.text());
            number(gen, "checkworthiness", s.checkworthiness());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("claims");
        for (Claim claim : extraction.claims()) {
            claim(gen, claim);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void claim(JsonGenerator gen, Claim c) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", c.type() == null ? null : c.type().name());
        gen.writeNumberField("sentence", c.sentence());
        span(gen, c.start(), c.end(), c.text());
        number(gen, "checkworthiness", c.checkworthiness());
        strings(gen, "reasons", c.reasons());
        if (c.quantities() == null) {
            gen.writeNullField("quantities");
        } else {
            gen.writeArrayFieldStart("quantities");
            for (Quantity q : c.quantities()) {
                quantity(gen, q);
            }
            gen.writeEndArray();
        }
        if (c.rankings() == null) {
            gen.writeNullField("rankings");
        } else {
            gen.writeArrayFieldStart("rankings");
            for (Ranking r : c.rankings()) {
                gen.writeStartObject();
                span(gen, r.start(), r.end(), r.text());
                gen.writeNumberField("position", r.position());
                gen.writeStringField("list", r.list());
                gen.writeStringField("after", r.after());
                gen.writeBooleanField("oneOf", r.oneOf());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        if (c.time() == null) {
            gen.writeNullField("time");
        } else {
            gen.writeArrayFieldStart("time");
            for (TimeReference t : c.time()) {
                gen.writeStartObject();
                span(gen, t.start(), t.end(), t.text());
                gen.writeStringField("from", t.from());
                gen.writeStringField("to", t.to());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        Attribution a = c.attribution();
        if (a == null) {
            gen.writeNullField("attribution");
        } else {
            gen.writeObjectFieldStart("attribution");
            span(gen, a.start(), a.end(), a.text());
            gen.writeStringField("source", a.source());
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    private static void quantity(JsonGenerator gen, Quantity q) throws IOException {
        gen.writeStartObject();
        span(gen, q.start(), q.end(), q.text());
        number(gen, "value", q.value());
        gen.writeStringField("unit", q.unit());
        gen.writeStringField("qualifier", q.qualifier() == null ? null : q.qualifier().name());
        number(gen, "low", q.low());
        number(gen, "high", q.high());
        gen.writeStringField("per", q.per());
        gen.writeEndObject();
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

    /** 7600.0 → 7600, 0.3333 → 0.3333. */
    private static void number(JsonGenerator gen, String field, double v) throws IOException {
        gen.writeFieldName(field);
        if (v == Math.rint(v) && Math.abs(v) < EXACT_LONG_LIMIT) {
            gen.writeNumber((long) v);
        } else {
            gen.writeNumber(v);
        }
    }
}
