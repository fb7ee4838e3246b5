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

import org.factcheck.engine.cli.Json;

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

    /** The engine's number rule ({@link Json#number}), so stored claims print their figures as the CLI does. */
    static final class WholeNumberSerializer extends StdSerializer<Double> {

        WholeNumberSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            Json.number(gen, value);
        }
    }
}
