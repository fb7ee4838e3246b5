package org.factcheck.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * A field with the wrong JSON type is a 400 ({@code malformed-json}), never silently coerced: no number or boolean
 * where a string belongs, no string, empty string or number where a boolean belongs ({@code "active": 123}), no
 * string where a number belongs ({@code "value": "12"}), no fraction where a whole number belongs, and no
 * {@code "NaN"} or {@code "Infinity"} (which Jackson lets through as strings whatever the coercion rules). Whole
 * numbers still fill decimal fields (7600 for 7600.0). Anything after the one JSON value is malformed too, and so
 * is an object naming a field twice ({@code {"url": "a", "url": "b"}}): readers disagree on which one counts.
 */
public final class StrictJson {

    private StrictJson() {
    }

    public static void apply(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[] { LogicalType.Integer, LogicalType.Float }) {
            mapper.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS); // {"note": "x"}garbage is not JSON
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        SimpleModule finite = new SimpleModule("factcheck-finite-numbers");
        finite.addDeserializer(Double.class, new FiniteDouble(Double.class, null));
        finite.addDeserializer(double.class, new FiniteDouble(Double.TYPE, 0.0));
        mapper.registerModule(finite);
    }

    /** Jackson's own double reading, then a refusal of what JSON cannot carry as a number. */
    static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {

        FiniteDouble(Class<Double> type, Double empty) {
            super(type, empty);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Double value = super.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                throw InvalidFormatException.from(p, "not a finite number", p.getText(), Double.class);
            }
            return value;
        }
    }
}
