package org.factcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerShapeTest {

    @ParameterizedTest
    @ValueSource(strings = { "eyJh.eyJz.c2ln", "a-_0.b.c", "header.payload." })
    void threeBase64UrlPartsLookLikeAToken(String token) {
        assertThat(BearerShape.isJwt(token)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "..", ".payload.sig", "header..sig", "a.b", "a.b.c.d", "a.b.c=", "a b.c.d", "a.b+c.d",
            "a.b.c\n", "ä.b.c" })
    void anythingElseDoesNot(String token) {
        assertThat(BearerShape.isJwt(token)).isFalse();
    }

    @Test
    void onlyBearerCredentialsAreChecked() {
        assertThat(BearerShape.refuses(null)).isFalse();
        assertThat(BearerShape.refuses("Basic dXNlcjpwYXNz")).isFalse();
        assertThat(BearerShape.refuses("bearer a.b.c")).isFalse();
        assertThat(BearerShape.refuses("Bearer ..")).isTrue();
    }

    @Test
    void blanksAroundTheTokenAreNotPartOfIt() {
        assertThat(BearerShape.refuses("Bearer  eyJh.eyJz.c2ln \t")).isFalse();
        assertThat(BearerShape.refuses("Bearer   ")).isTrue();
        assertThat(BearerShape.refuses("Bearer a. b.c")).isTrue();
    }
}
