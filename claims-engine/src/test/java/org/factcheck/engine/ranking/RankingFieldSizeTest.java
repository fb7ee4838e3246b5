package org.factcheck.engine.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import org.factcheck.engine.support.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How big the list is that a place is in: {@code Ranking.outOf}, and the places that only names before it. */
class RankingFieldSizeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Mississippi ranked 49th out of 50 states for child poverty.         | ranked 49th      | 49  | 50
        Italy came 3rd of 27 countries in the survey.                       | came 3rd         | 3   | 27
        The mayor finished fifth among 12 candidates.                       | finished fifth   | 5   | 12
        The country is No. 5 of 190 countries in the index.                 | No. 5            | 5   | 190
        Ireland has the 10th-highest of the 38 OECD members.                | the 10th-highest | 10  | 38
        Norway ranks 112th out of 180 in the press freedom index.           | ranks 112th      | 112 | 180
        The horse placed 7th in a field of 40.                              | placed 7th       | 7   | 40
        He came second of four candidates.                                  | came second      | 2   | 4
        Greece sits 27th of the 27 EU member states on digital skills.      | sits 27th        | 27  | 27
        The team finished third out of twenty.                              | finished third   | 3   | 20
        The film came sixth among twenty-seven entries.                     | came sixth       | 6   | 27
        The school ranked 300th out of 1,200 in the league tables.          | ranked 300th     | 300 | 1200
        The city was 12th out of 30 in the survey.                          | 12th             | 12  | 30
        Texas ranks second in the nation out of 50 states.                  | ranks second     | 2   | 50
        Of the 50 states, Alabama ranks 49th in school funding.             | ranks 49th       | 49  | 50
        Among 38 OECD countries, Finland was ranked 14th.                   | ranked 14th      | 14  | 38
        Of the 12 candidates, she finished last.                            | finished last    | 1   | 12
        The school was ranked fifth of the 2,000 schools in the county.     | ranked fifth     | 5   | 2000
        """)
    void readsTheFieldOfAnExactPlace(String sentence, String text, int position, int outOf) {
        assertThat(Engine.rankings(sentence)).as(sentence).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(text);
            assertThat(r.position()).isEqualTo(position);
            assertThat(r.outOf()).isEqualTo(outOf);
            assertThat(sentence.substring(r.start(), r.end())).isEqualTo(text);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Turnout was the lowest of any of the 27 EU members.                 | the lowest          | 1  | false | false | 27
        Germany is the largest economy among the 27 EU members.             | the largest economy | 1  | false | false | 27
        Vermont is the smallest of all 50 states by population.             | the smallest        | 1  | false | false | 50
        Ontario is the most populous of Canada's 10 provinces.              | the most populous   | 1  | false | false | 10
        Italy has the third-highest debt of the 19 eurozone countries.      | the third-highest debt | 3 | false | false | 19
        The state is in the bottom 10 of 50 states for literacy.            | the bottom 10       | 10 | true  | true  | 50
        The province ranks last among the ten provinces for dental care.    | ranks last          | 1  | false | true  | 10
        The town finished second to last out of 14 councils.               | finished second to last | 2 | false | true | 14
        """)
    void readsTheFieldOfASuperlativeAGroupOrAPlaceFromTheBottom(String sentence, String text, int position,
            boolean oneOf, boolean fromEnd, int outOf) {
        assertThat(Engine.rankings(sentence)).as(sentence).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(text);
            assertThat(r.position()).isEqualTo(position);
            assertThat(r.oneOf()).isEqualTo(oneOf);
            assertThat(r.fromEnd()).isEqualTo(fromEnd);
            assertThat(r.outOf()).isEqualTo(outOf);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Turnout was the lowest of any of the 27 EU members.                 | EU members
        Vermont is the smallest of all 50 states by population.             | states
        Ontario is the most populous of Canada's 10 provinces.              | provinces
        Germany is the biggest among the 12 countries sharing the euro.     | countries
        She was the youngest of the 100 senators.                           | senators
        Mississippi ranked 49th out of 50 states for child poverty.         | states
        He finished 14th of 156 riders in the time trial.                   | riders in the time trial
        """)
    void namesWhatIsRankedFromTheNounAfterTheFieldSize(String sentence, String list) {
        assertThat(Engine.rankings(sentence)).as(sentence).singleElement()
                .satisfies(r -> assertThat(r.list()).isEqualTo(list));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "It was one of the largest storms of the 20th century.",
        "The party came second with 30% of the vote.",
        "The film made the top 10 of 2023.",
        "The city is the largest town of 40,000 people in the region.",
        "It is the largest village of 900 people in the valley.",
        "Sales had their worst quarter of the 12 months to June.",
        "The bank is the largest lender of 2 million customers.",
        "The band was the biggest act of the 1990s.",
        "The club finished third of 2024's entrants.",
        "The team ranked 10th of 5 in the heats.",
        "The mayor came second among 10 or 12 candidates.",
        "The team finished third in the league.",
        "The singer placed 12th of 3.5 million votes cast.",
        "The biggest slice of the 246,570 fraud cases concerned credit cards.",
        "The largest share of the 27 budgets went to farming."
    })
    void findsAPlaceButNoFieldInAMeasureATimeOrAShare(String sentence) {
        assertThat(Engine.rankings(sentence)).as(sentence).isNotEmpty()
                .allSatisfy(r -> assertThat(r.outOf()).isNull());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The festival starts on the 3rd of July.",
        "The 2nd of 3 votes was held on Friday.",
        "The plant is the first of its kind in Europe.",
        "The town was the third of 2024 to ban cars.",
        "Nine out of 10 doctors agree.",
        "Guests rated the hotel 8 out of 10.",
        "Of the 50 states, 12 have no income tax."
    })
    void findsNoPlaceInADateAnOrderInTimeOrAScore(String sentence) {
        assertThat(Engine.rankings(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The UK is second only to the United States in research output.      | second                                    | 2 | the United States
        Second only to Texas, California pumps the most oil.                 | Second                                    | 2 | Texas
        Only China produces more steel than India.                           | Only China produces more steel than India | 2 | China
        In Europe, only Germany exports more cars than France.               | only Germany exports more cars than France | 2 | Germany
        Only China and the US spend more on defence than Russia.             | Only China and the US spend more on defence than Russia | 3 | China and the US
        """)
    void readsSecondOnlyToAndOnlyAheadAsAPlaceAfterThem(String sentence, String text, int position, String after) {
        assertThat(Engine.rankings(sentence)).as(sentence).filteredOn(r -> r.text().equals(text)).singleElement()
                .satisfies(r -> {
                    assertThat(r.position()).isEqualTo(position);
                    assertThat(r.after()).isEqualTo(after);
                    assertThat(r.oneOf()).isFalse();
                    assertThat(r.fromEnd()).isFalse();
                    assertThat(r.outOf()).isNull();
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Only then did prices rise more than in March.",
        "Only China does not produce more steel than India.",
        "Only two countries spend more than 4% on defence.",
        "He said only that costs were higher than expected."
    })
    void findsNoPlaceInOnlyWithoutNamesAheadOrWithANegation(String sentence) {
        assertThat(Engine.rankings(sentence)).as(sentence).isEmpty();
    }
}
