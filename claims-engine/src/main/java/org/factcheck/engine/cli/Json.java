package org.factcheck.engine.cli;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/** The JSON shape of the CLI (and of {@code POST /api/extract}): whole numbers print without {@code .0}. */
public final class Json {

    private Json() {
    }

    /** A mapper that writes engine results as the CLI contract wants them. */
    public static ObjectMapper mapper() {
        SimpleModule numbers = new SimpleModule("factcheck-numbers");
        numbers.addSerializer(Double.class, new WholeNumberSerializer());
        numbers.addSerializer(double.class, new WholeNumberSerializer());
        return new ObjectMapper().registerModule(numbers);
    }

    /** 7600.0 → 7600, 0.3333 → 0.3333. */
    static final class WholeNumberSerializer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            double v = value;
            if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
                gen.writeNumber((long) v);
            } else {
                gen.writeNumber(v);
            }
        }
    }
}
