package org.factcheck.engine.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.factcheck.engine.model.Ranking;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RankingExtractionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        Kazakhstan has been in third place after China since 2014.      | third place                | 3 | null  | China         | false
        Kazakhs made up the largest group among foreign students.       | the largest group          | 1 | group among foreign students | null | false
        Germany is the second-largest economy in Europe.                | the second-largest economy | 2 | economy in Europe | null | false
        The university was ranked 5th in the world.                     | ranked 5th                 | 5 | null  | null          | false
        The border is one of the longest land borders in the world.     | one of the longest land borders | 1 | land borders in the world | null | true
        The firm is among the top five exporters of grain.              | the top five exporters     | 5 | exporters of grain | null | true
        The song is the No. 1 single in Britain this week.              | No. 1                      | 1 | null  | null          | false
        China is the country's third-biggest trading partner.           | third-biggest trading partner | 3 | trading partner | null | false
        The team finished fourth behind Spain, Italy and France.        | finished fourth            | 4 | null  | Spain         | false
        Brazil is the world's most populous Catholic country.           | most populous Catholic country | 1 | Catholic country | null | false
        Sweden climbed to 2nd in the rankings.                          | climbed to 2nd             | 2 | null  | null          | false
        Spain moved up to fourth behind France.                         | moved up to fourth         | 4 | null  | France        | false
        The club was relegated after finishing 19th.                    | finishing 19th             | 19 | null | null          | false
        The fourth-placed Greens won 9% of the vote.                    | fourth-placed              | 4 | null  | null          | false
        The ninth-seeded player knocked out the champion.               | ninth-seeded               | 9 | null  | null          | false
        The team is ranked No 2 in the world.                           | No 2                       | 2 | null  | null          | false
        She beat the world No 3 in the final.                           | No 3                       | 3 | null  | null          | false
        The city is in the top 10 for air quality.                      | the top 10                 | 10 | null | null          | true
        He finished thirty-second in the marathon.                      | finished thirty-second     | 32 | null | null          | false
        It was the twenty-first-largest economy.                        | the twenty-first-largest economy | 21 | economy | null | false
        """)
    void readsTheRanking(String sentence, String text, int position, String list, String after, boolean oneOf) {
        List<Ranking> rankings = Engine.rankings(sentence);
        assertThat(rankings).as(sentence).isNotEmpty();
        Ranking r = rankings.get(0);
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.position()).isEqualTo(position);
        assertThat(r.list()).isEqualTo(list);
        assertThat(r.after()).isEqualTo(after);
        assertThat(r.oneOf()).isEqualTo(oneOf);
        assertThat(sentence.substring(r.start(), r.end())).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "It was the first time he spoke in public.",
        "At least they tried to help.",
        "She did her best to calm the crowd.",
        "The latest figures were not published.",
        "He lives at No. 10 Downing Street.",
        "He lives at No 10 Downing Street.",
        "No 2 days were alike.",
        "The grants went to first-time buyers.",
        "Sales fell to a third of their peak.",
        "The party bought a 30-second spot on local television.",
        "Why did they call the election in the first place?",
        "His brother was the best man at the wedding.",
        "For the most part the protest was peaceful."
    })
    void findsNoRanking(String sentence) {
        assertThat(Engine.rankings(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The Social Democrats came a close second in Bremen.             | came a close second  | 2
        The two riders finished equal fifth.                            | finished equal fifth | 5
        The Greens are polling third in most constituencies.            | polling third        | 3
        The challenger ran fourth in the primary.                       | ran fourth           | 4
        """)
    void readsAPlaceAfterAMarginOrAPollingVerb(String sentence, String text, int position) {
        assertOnlyRanking(sentence, text, position, false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The Labour candidate is leading with 41 per cent.               | leading
        The governing party led the opposition by 4 percentage points.  | led
        The senator leads in the latest polls.                          | leads
        """)
    void readsALeadInAPollAsFirstPlace(String sentence, String text) {
        assertOnlyRanking(sentence, text, 1, false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The airport dropped two places to ninth.                        | dropped two places to ninth | 9
        The club moved up one place to 11th in the table.               | moved up one place to 11th  | 11
        """)
    void readsAMoveOfSomePlacesInATable(String sentence, String text, int position) {
        assertOnlyRanking(sentence, text, position, false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The result leaves Labour fourth overall.                        | fourth | 4
        The SNP won 31%, with the Greens fourth on 9%.                  | fourth | 4
        Switzerland tops the global innovation index.                   | tops   | 1
        The album took the top spot in the charts.                      | the top spot | 1
        """)
    void readsABarePlaceSetByAVerbOrAPollShareAndTheTopOfATable(String sentence, String text, int position) {
        assertOnlyRanking(sentence, text, position, false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Nigeria is among the 20 poorest countries.                      | the 20 poorest countries          | 20
        It is one of the three biggest banks in Asia.                   | one of the three biggest banks    | 3
        """)
    void readsANumberBeforeASuperlativeAsATopGroup(String sentence, String text, int position) {
        assertOnlyRanking(sentence, text, position, true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "He led the team to victory.",
        "The road leads to the harbour.",
        "She led the talks with 12 ministers.",
        "Sales topped expectations.",
        "The coach put the first team out.",
        "The party's share fell to 12% with the Greens on 9%.",
        "The storm left Florida on Tuesday.",
        "The two most recent reports were late.",
        "The line runs between the two largest cities.",
    })
    void findsNoRankingInLeadsTopsOrPutWithoutAPlace(String sentence) {
        assertThat(Engine.rankings(sentence)).as(sentence).isEmpty();
    }

    @Test
    void aRankingMakesARankingClaim() {
        var claims = Engine.extract("Kazakhstan is the largest country in Central Asia.").claims();
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.type().name()).isEqualTo("RANKING"));
    }

    private static void assertOnlyRanking(String sentence, String text, int position, boolean oneOf) {
        assertThat(Engine.rankings(sentence)).as(sentence).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(text);
            assertThat(r.position()).isEqualTo(position);
            assertThat(r.oneOf()).isEqualTo(oneOf);
        });
    }
}
