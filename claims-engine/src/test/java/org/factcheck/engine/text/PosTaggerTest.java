package org.factcheck.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.StringUtil;

import org.factcheck.engine.bench.Corpus;
import org.factcheck.engine.support.SharedData;
import org.factcheck.engine.worthiness.train.ClaimBusterData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link PosTagger} scores the model's features by hash; these tests hold it to OpenNLP's own {@link POSTaggerME}
 * (greedy, as the engine used it before) token for token, on the engine's corpus, the ClaimBuster sentences when
 * they are beside the checkout, and edge cases.
 */
class PosTaggerTest {

    private static final List<String> EDGE_CASES = List.of("", "A", "A.", "U.S.", "I", "Mr. O'Neil's", "3,500-km",
            "1990s 2020 12 7,600 1.5 3/4 10-20 $2bn €5m £2,000 42% 19.", "naïve Café ZÜRICH Ελλάδα İstanbul ß",
            "Emoji 😀 and 𝒜𝒷𝒸 letters", "ひらがな カタカナ 漢字", "— – … « » “quoted” ‘single’", "e.g. i.e. etc.",
            "BREAKING: WHO SAYS 60,000 STUDENTS", "don 't won 't can 't");

    private static List<String[]> sentences;
    private static POSTaggerME reference;
    private static PosTagger tagger;

    @BeforeAll
    static void load() throws IOException {
        List<String> texts = new ArrayList<>(EDGE_CASES);
        for (String article : Corpus.articles(300_000)) {
            texts.addAll(List.of(article.split("(?<=[.!?])\\s+")));
        }
        Path claimBuster = SharedData.claimBuster();
        if (claimBuster != null) {
            ClaimBusterData.read(claimBuster).forEach(example -> texts.add(example.text()));
        }
        sentences = new ArrayList<>();
        for (String text : texts) {
            sentences.add(Tokenizer.tokenize(text, 0, text.length()).stream().map(Token::text)
                    .toArray(String[]::new));
        }
        try (InputStream in = PosTagger.class.getResourceAsStream(PosTagger.MODEL)) {
            POSModel shipped = new POSModel(in);
            MaxentModel maxent = shipped.getArtifact("pos.model");
            reference = new POSTaggerME(new POSModel(shipped.getLanguage(), maxent, 1, null, shipped.getFactory()),
                    POSTagFormat.UD);
        }
        tagger = new PosTagger();
    }

    @Test
    void tagsEverySentenceAsOpenNlpDoes() {
        long tokens = 0;
        for (String[] sentence : sentences) {
            assertThat(tagger.tag(sentence)).as(String.join(" ", sentence)).containsExactly(reference.tag(sentence));
            tokens += sentence.length;
        }
        assertThat(tokens).isGreaterThan(50_000);
    }

    @Test
    void tagsWindowsCutFromSentencesAsOpenNlpDoes() {
        for (int s = 0; s < sentences.size(); s += 3) {
            String[] sentence = sentences.get(s);
            for (int from = 0; from < sentence.length; from += 5) {
                String[] window = Arrays.copyOfRange(sentence, from, Math.min(sentence.length, from + 13));
                assertThat(tagger.tag(window)).as(String.join(" ", window)).containsExactly(reference.tag(window));
            }
        }
    }

    @Test
    void lowerCasesCodePointsAsOpenNlpDoes() {
        for (String word : List.of("", "abc", "ABC", "MiXeD-42", "İstanbul", "ΣΟΦΊΑ", "ǅemal", "𝒜BC", "Straße")) {
            assertThat(PosTagger.lowerCase(word)).as(word).isEqualTo(StringUtil.toLowerCase(word));
        }
    }

    @Test
    void tagsTheWordsOfANewsSentence() {
        String[] words = { "The", "council", "approved", "a", "budget", "of", "412", "million", "euros", "." };
        assertThat(tagger.tag(words)).containsExactly("DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NUM", "NUM",
                "NOUN", "PUNCT");
    }
}
