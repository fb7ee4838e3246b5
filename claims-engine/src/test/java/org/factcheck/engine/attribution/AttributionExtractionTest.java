package org.factcheck.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.ClaimType;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionExtractionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        According to official data, 60 thousand students enrolled.          | According to official data | official data
        Inflation reached 9%, according to the central bank.               | according to the central bank | the central bank
        The minister said the deficit would shrink.                        | The minister said | The minister
        Police say the suspect fled on foot.                               | Police say | Police
        Hans Schmidt told DW that the army was not ready.                  | Hans Schmidt told DW | Hans Schmidt
        The ministry stated that 40 schools had closed.                    | The ministry stated | The ministry
        The opposition claimed that the vote was rigged.                   | The opposition claimed | The opposition
        Analysts estimated that losses would reach $2bn.                   | Analysts estimated | Analysts
        "We will rebuild the bridge," Petrov said.                         | Petrov said | Petrov
        "The numbers are alarming," said Maria Lopez, a spokeswoman.      | said Maria Lopez | Maria Lopez
        Reuters reported that 12 people died.                              | Reuters reported | Reuters
        Data from the statistics office show that wages rose 5%.           | Data from the statistics office | the statistics office
        A study by Oxford University found that one in five adults smoke.  | A study by Oxford University | Oxford University
        In surveys conducted by the Levada Center, 40% backed the plan.    | surveys conducted by the Levada Center | the Levada Center
        The finance minister, Karl Weber, told parliament the plan works.  | Karl Weber, told | Karl Weber
        The drug cut deaths by 25%, researchers reported in The Lancet.    | researchers reported | researchers
        Union leader Mark Evans, 52, told the BBC the strike would go on.   | Union leader Mark Evans, 52, told | Union leader Mark Evans
        Fares will rise, the rail operators' association said.             | the rail operators' association said | the rail operators' association
        Measles cases were confirmed in three states, officials said.      | officials said | officials
        The company sold 2 million phones, the report states.              | the report states | the report
        """)
    void findsTheSource(String sentence, String text, String source) {
        List<Attribution> found = Engine.attributions(sentence);
        assertThat(found).as(sentence).isNotEmpty();
        Attribution a = found.get(0);
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.source()).isEqualTo(source);
        assertThat(sentence.substring(a.start(), a.end())).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The report was published on Monday.",
        "He wrote an article about the war.",
        "One of the think tanks in Moscow closed.",
        "The population has grown to an estimated 870,000.",
        "It cost nearly twice the original estimate.",
        "The storm killed 31 people in three states.",
        "The deal was signed with the United States.",
        "Unemployment is highest in the southern states.",
        "The actor starred in 40 shows."
    })
    void findsNoSource(String sentence) {
        assertThat(Engine.attributions(sentence)).as(sentence).isEmpty();
    }

    @Test
    void aPronounSpeakerIsTheLastNamedSpeaker() {
        List<Attribution> found = Engine.attributions(
                "Police Chief Dana Kim said crime was falling. \"We hired 150 officers,\" she said.");
        assertThat(found).extracting(Attribution::source).containsExactly("Police Chief Dana Kim",
                "Police Chief Dana Kim");
    }

    @Test
    void aQuoteThatGoesOnKeepsItsSpeaker() {
        String text = "\"Prices will rise,\" Petrov told DW. \"Nobody can stop it.\" The weather was fine.";
        var claims = Engine.extract(text).claims();
        assertThat(claims).hasSize(2);
        assertThat(claims.get(1).sentence()).isEqualTo(1);
        assertThat(claims.get(1).attribution().source()).isEqualTo("Petrov");
        assertThat(text.substring(claims.get(1).attribution().start(), claims.get(1).attribution().end()))
                .isEqualTo("Petrov told DW");
    }

    @Test
    void anAttributedSentenceWithoutFiguresIsAnAttributedClaim() {
        var claims = Engine.extract("The minister said the army was ready.").claims();
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(ClaimType.ATTRIBUTED));
    }
}
