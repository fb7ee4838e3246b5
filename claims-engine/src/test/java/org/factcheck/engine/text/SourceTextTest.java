package org.factcheck.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.model.Sentence;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void plainTextIsKeptWithTheSameOffsets() {
        SourceText text = SourceText.of("Prices rose 5% in May.");
        assertThat(text.text()).isEqualTo("Prices rose 5% in May.");
        assertThat(text.originalStart(7)).isEqualTo(7);
        assertThat(text.originalEnd(10)).isEqualTo(10);
    }

    @Test
    void typographicCharactersAreFoldedOneForOne() {
        String original = "\u201cIt\u2019s 10\u201320\u00a0km,\u201d he said.";
        SourceText text = SourceText.of(original);
        assertThat(text.text()).isEqualTo("\"It's 10-20 km,\" he said.");
        assertThat(text.text()).hasSameSizeAs(original);
    }

    @Test
    void markupIsStrippedAndEntitiesDecoded() {
        SourceText text = SourceText.of("<p>Tom &amp; Jerry paid <b>$5</b>.</p><script>var x = 1;</script>");
        assertThat(text.text().strip()).isEqualTo("Tom & Jerry paid $5.");
    }

    @Test
    void offsetsPointIntoTheOriginalHtml() {
        String html = "<html><body><h1>Budget &amp; rents</h1><p>The council approved <em>$4.8 billion</em> "
                + "for 2025.</p><p>Rents rose by 11&nbsp;percent, officials said.</p></body></html>";
        var extraction = Engine.extract(html);
        assertThat(extraction.sentences()).extracting(Sentence::text)
                .containsExactly("Budget & rents", "The council approved $4.8 billion for 2025.",
                        "Rents rose by 11 percent, officials said.");
        Sentence headline = extraction.sentences().get(0);
        assertThat(html.substring(headline.start(), headline.end())).isEqualTo("Budget &amp; rents");
        Quantity money = Engine.quantities(html).get(0);
        assertThat(money.value()).isEqualTo(4.8e9);
        assertThat(html.substring(money.start(), money.end())).isEqualTo("$4.8 billion");
        Quantity percent = Engine.quantities(html).get(1);
        assertThat(html.substring(percent.start(), percent.end())).isEqualTo("11&nbsp;percent");
        assertThat(percent.text()).isEqualTo("11 percent");
    }

    @Test
    void inlineTagsInsideAFigureDoNotBreakIt() {
        String html = "<p>The <b>7,600</b>-kilometre border.</p>";
        Quantity q = Engine.quantities(html).get(0);
        assertThat(q.value()).isEqualTo(7600);
        assertThat(q.unit()).isEqualTo("km");
        assertThat(html.substring(q.start(), q.end())).isEqualTo("7,600</b>-kilometre");
    }
}
