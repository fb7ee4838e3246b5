package org.factcheck.claims.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void busyEngineBecomesA503ProblemThatSaysWhyAndWhenToRetry() {
        Response response = new ProblemMapper().web(
                new ServiceUnavailableException("the extraction engine is busy; try again shortly", 1L), null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(((Problem) response.getEntity()).detail()).contains("busy");
    }
}
