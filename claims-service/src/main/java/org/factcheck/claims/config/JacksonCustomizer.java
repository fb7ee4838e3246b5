package org.factcheck.claims.config;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Strict input, tidy output: a number or boolean where a string is expected is a 400, not silently coerced;
 * whole-number doubles are written without ".0" (7600, not 7600.0), as the extract CLI does.
 */
@Singleton
public class JacksonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("factcheck-numbers");
        module.addSerializer(Double.class, new WholeNumberSerializer());
        module.addSerializer(double.class, new WholeNumberSerializer());
        mapper.registerModule(module);
    }

    static final class WholeNumberSerializer extends StdSerializer<Double> {

        private static final double EXACT_LONG_LIMIT = 9.007199254740992E15; // 2^53

        WholeNumberSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double v = value;
            if (v == Math.rint(v) && Math.abs(v) < EXACT_LONG_LIMIT) {
                gen.writeNumber((long) v);
            } else {
                gen.writeNumber(v);
            }
        }
    }
}
