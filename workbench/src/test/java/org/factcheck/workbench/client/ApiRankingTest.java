package org.factcheck.workbench.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A ranking as the claims-service's claim view writes it. */
class ApiRankingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsTheSizeOfTheListAndIgnoresWhatThePageDoesNotShow() throws Exception {
        Api.Ranking r = JSON.readValue("""
                {"start": 10, "end": 21, "text": "ranked 49th", "position": 49, "list": null, "after": null,
                 "oneOf": false, "fromEnd": false, "outOf": 50}""", Api.Ranking.class);

        assertThat(r).isEqualTo(new Api.Ranking("ranked 49th", 49, false, false, 50));
    }

    @Test
    void readsARankingWithoutASizeAsNoSize() throws Exception {
        Api.Ranking r = JSON.readValue("""
                {"text": "ranks last", "position": 1, "oneOf": false, "fromEnd": true}""", Api.Ranking.class);

        assertThat(r.outOf()).isNull();
        assertThat(r).isEqualTo(new Api.Ranking("ranks last", 1, false, true));
    }
}
