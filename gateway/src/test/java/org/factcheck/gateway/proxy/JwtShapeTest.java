package org.factcheck.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtShapeTest {

    @ParameterizedTest
    @ValueSource(strings = { "eyJh.eyJz.c2ln", "a-_0.b.c", "header.payload." })
    void threeBase64UrlPartsLookLikeAToken(String token) {
        assertThat(GatewayRouter.hasJwtShape(token)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "..", ".payload.sig", "header..sig", "a.b", "a.b.c.d", "a.b.c=", "a b.c.d", "a.b+c.d",
            "a.b.c\n", "ä.b.c" })
    void anythingElseDoesNot(String token) {
        assertThat(GatewayRouter.hasJwtShape(token)).isFalse();
    }
}
