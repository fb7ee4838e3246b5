package org.factcheck.claims.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleKeysTest {

    @Test
    void textDifferingOnlyInWhiteSpaceOrUnicodeFormHasTheSameHash() {
        String a = ArticleKeys.sha256(ArticleKeys.normaliseText("Prices rose 3%.\n\nThe  end.", false));
        String b = ArticleKeys.sha256(ArticleKeys.normaliseText("  Prices rose 3%. The end. ", false));
        String c = ArticleKeys.sha256(ArticleKeys.normaliseText("Prices rose 3\uFF05. The end.", false)); // fullwidth %
        assertThat(a).isEqualTo(b).isEqualTo(c).hasSize(64);
    }

    @Test
    void differentWordsHaveDifferentHashes() {
        assertThat(ArticleKeys.sha256(ArticleKeys.normaliseText("Prices rose 3%.", false)))
                .isNotEqualTo(ArticleKeys.sha256(ArticleKeys.normaliseText("Prices rose 4%.", false)));
    }

    @Test
    void htmlIsComparedByItsText() {
        assertThat(ArticleKeys.normaliseText("<p>Prices <b>rose</b></p>\n<p>3%.</p>", true))
                .isEqualTo("Prices rose 3%.");
    }

    @Test
    void urlsDifferingInCaseOfHostFragmentDefaultPortOrTrailingSlashAreTheSame() {
        String expected = "https://news.example/world/story?id=7";
        assertThat(ArticleKeys.normaliseUrl("HTTPS://News.Example:443/world/story/?id=7#comments"))
                .isEqualTo(expected);
        assertThat(ArticleKeys.normaliseUrl(" https://news.example/world/story?id=7 ")).isEqualTo(expected);
        assertThat(ArticleKeys.normaliseUrl("https://news.example/World/story?id=7")).isNotEqualTo(expected);
    }

    @Test
    void articleWithoutUrlIsKeyedByItsTextHash() {
        assertThat(ArticleKeys.urlKey(null, "abc")).isEqualTo("sha256:abc");
        assertThat(ArticleKeys.urlKey(" ", "abc")).isEqualTo("sha256:abc");
        assertThat(ArticleKeys.urlKey("http://a.example/x", "abc")).isEqualTo("http://a.example/x");
    }
}
