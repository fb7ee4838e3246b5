package org.factcheck.claims.config;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.factcheck.engine.cli.Json;
import org.factcheck.web.StrictJson;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Strict input, tidy output: a field of the wrong JSON type is a 400, not silently coerced ({@link StrictJson});
 * whole-number doubles are written without ".0" (7600, not 7600.0), as the extract CLI does.
 */
@Singleton
public class JacksonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        StrictJson.apply(mapper);
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
