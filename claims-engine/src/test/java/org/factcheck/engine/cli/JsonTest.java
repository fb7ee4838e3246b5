package org.factcheck.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.factcheck.engine.ClaimExtractor;
import org.factcheck.engine.bench.Corpus;
import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.Claim;
import org.factcheck.engine.model.ClaimType;
import org.factcheck.engine.model.Extraction;
import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Ranking;
import org.factcheck.engine.model.Sentence;
import org.factcheck.engine.model.TimeReference;
import org.junit.jupiter.api.Test;

/** The hand-written streaming writer must print exactly what Jackson's databind prints for the same records. */
class JsonTest {

    /** Databind with the contract's number rule: the reference the streaming writer is held to. */
    private static final ObjectMapper DATABIND = new ObjectMapper().registerModule(new SimpleModule()
            .addSerializer(Double.class, new WholeNumbers()).addSerializer(double.class, new WholeNumbers()));

    @Test
    void writesWhatDatabindWritesForEveryCorpusArticle() throws IOException {
        ClaimExtractor extractor = ClaimExtractor.create();
        List<String> articles = new ArrayList<>(Corpus.articles(100_000));
        articles.add("");
        articles.add("Quote \"marks\", back\\slash, tab\t, control \u0001 and emoji 😀 cost $5.");
        int claims = 0;
        for (String article : articles) {
            Extraction extraction = extractor.extract(article);
            claims += extraction.claims().size();
            assertThat(Json.toString(extraction)).isEqualTo(DATABIND.writeValueAsString(extraction));
        }
        assertThat(claims).isGreaterThan(500);
    }

    @Test
    void writesNullsAndWholeNumbersAsTheContractSays() throws IOException {
        Extraction extraction = new Extraction(List.of(new Sentence(0, 10, "Rent: €5m.", 0.75)),
                List.of(new Claim(ClaimType.QUANTITY, 0, 0, 10, "Rent: €5m.", 1.0, List.of("figure"),
                        List.of(new Quantity(6, 9, "€5m", 5_000_000.0, "EUR", Qualifier.EXACT, null, 2.5, null)),
                        List.of(new Ranking(0, 3, "top", 1, null, null)), List.of(new TimeReference(0, 4, "2020",
                                "2020", null)), new Attribution(0, 2, "he said", null))));

        String json = Json.toString(extraction);

        assertThat(json).contains("\"checkworthiness\":0.75", "\"checkworthiness\":1,", "\"value\":5000000,",
                "\"low\":null", "\"high\":2.5", "\"per\":null", "\"to\":null", "\"source\":null", "\"oneOf\":false",
                "\"fromEnd\":false", "\"outOf\":null");
        assertThat(json).isEqualTo(DATABIND.writeValueAsString(extraction));
    }

    @Test
    void writesAPlaceCountedFromTheEnd() throws IOException {
        Extraction extraction = org.factcheck.engine.support.Engine.extract(
                "The province ranks second to last among the ten provinces.");

        String json = Json.toString(extraction);

        assertThat(json).contains("\"text\":\"ranks second to last\",\"position\":2,\"list\":\"provinces\",\"after\":null,"
                + "\"oneOf\":false,\"fromEnd\":true,\"outOf\":10}");
        assertThat(json).isEqualTo(DATABIND.writeValueAsString(extraction));
    }

    @Test
    void writesOrdinalsAndTheKindOfEveryFigure() throws IOException {
        Extraction extraction = org.factcheck.engine.support.Engine.extract(
                "It is the third time this year that rents rose 5-10%.");

        String json = Json.toString(extraction);

        assertThat(json).contains("\"ordinals\":[{\"start\":10,\"end\":15,\"text\":\"third\",\"value\":3,",
                "\"kind\":\"ORDINAL\"", "\"low\":5,\"high\":10,\"per\":null,\"kind\":\"CARDINAL\"");
        assertThat(json).isEqualTo(DATABIND.writeValueAsString(extraction));
    }

    private static final class WholeNumbers extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            double v = value;
            if (v == Math.rint(v) && Math.abs(v) < 9.007199254740992E15) {
                gen.writeNumber((long) v);
            } else {
                gen.writeNumber(v);
            }
        }
    }
}
