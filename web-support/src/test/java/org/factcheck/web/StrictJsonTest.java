package org.factcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class StrictJsonTest {

    record Hook(String url, Boolean active, Integer position, Double value) {
    }

    private static final ObjectMapper JSON = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        StrictJson.apply(mapper);
        return mapper;
    }

    @Test
    void wellTypedObjectReadsAndWholeNumbersFillDecimals() throws Exception {
        Hook hook = JSON.readValue("{\"url\": \"https://a.example.org\", \"active\": true, \"position\": 2,"
                + " \"value\": 7600}", Hook.class);

        assertThat(hook).isEqualTo(new Hook("https://a.example.org", true, 2, 7600.0));
    }

    @Test
    void fieldNamedTwiceIsMalformedNotLastOneWins() {
        assertThatThrownBy(() -> JSON.readValue("{\"url\": \"https://a.example.org\", \"url\": \"https://b.example.org\"}",
                Hook.class)).isInstanceOf(JsonProcessingException.class).hasMessageContaining("url");
    }

    @Test
    void wrongTypesAreRefusedNotCoerced() {
        for (String body : new String[] { "{\"url\": 42}", "{\"active\": 1}", "{\"active\": \"yes\"}",
                "{\"position\": 2.5}", "{\"position\": \"2\"}", "{\"value\": \"NaN\"}" }) {
            assertThatThrownBy(() -> JSON.readValue(body, Hook.class)).as(body)
                    .isInstanceOf(JsonProcessingException.class);
        }
    }

    @Test
    void dataAfterTheValueIsMalformed() {
        assertThatThrownBy(() -> JSON.readValue("{\"url\": \"https://a.example.org\"} {\"x\": 1}", Hook.class))
                .isInstanceOf(JsonProcessingException.class);
    }
}
