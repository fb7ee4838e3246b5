package org.factcheck.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLogLineTest {

    @Test
    void namesMethodPathServiceStatusAndMillisecondsToOneDecimal() {
        assertThat(GatewayRouter.accessLine("GET", "/api/claims", "claims", 200, 3_249_999))
                .isEqualTo("GET /api/claims -> claims 200 3.2ms");
        assertThat(GatewayRouter.accessLine("POST", "/api/reviews", "review", 503, 12_050_000))
                .isEqualTo("POST /api/reviews -> review 503 12.1ms");
    }

    @Test
    void answersOfTheGatewayItselfAreNamedGateway() {
        assertThat(GatewayRouter.accessLine("GET", "/nope", null, 404, 40_000))
                .isEqualTo("GET /nope -> gateway 404 0.0ms");
    }
}
