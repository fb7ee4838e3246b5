package org.factcheck.claims.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

class JacksonCustomizerTest {

    final ObjectMapper mapper = customised();

    static ObjectMapper customised() {
        ObjectMapper mapper = new ObjectMapper();
        new JacksonCustomizer().customize(mapper);
        return mapper;
    }

    record Title(String title) {
    }

    @Test
    void wholeNumbersAreWrittenWithoutAFraction() throws Exception {
        Quantity q = new Quantity(0, 5, "7,600", 7600, "km", Qualifier.EXACT, 10.0, 0.5, null);
        String json = mapper.writeValueAsString(q);
        assertThat(json).contains("\"value\":7600,").contains("\"low\":10,").contains("\"high\":0.5,")
                .contains("\"per\":null");
        assertThat(mapper.writeValueAsString(List.of(1.0 / 3))).isEqualTo("[0.3333333333333333]");
        assertThat(mapper.writeValueAsString(Map.of("v", 1e20))).isEqualTo("{\"v\":1.0E20}");
    }

    @Test
    void numbersAndBooleansAreNotTakenAsStrings() throws Exception {
        assertThat(mapper.readValue("{\"title\":\"x\"}", Title.class).title()).isEqualTo("x");
        for (String json : List.of("{\"title\":42}", "{\"title\":4.2}", "{\"title\":true}",
                "{\"title\":{\"$gt\":\"\"}}")) {
            assertThatThrownBy(() -> mapper.readValue(json, Title.class)).isInstanceOf(MismatchedInputException.class);
        }
    }
}
