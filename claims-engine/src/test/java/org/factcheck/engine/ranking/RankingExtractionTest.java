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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The province ranks last among the ten provinces for dental care.  | ranks last                   | 1 | false
        Our relay team came last in the final.                            | came last                    | 1 | false
        The mayor finished dead last in the straw poll.                   | finished dead last           | 1 | false
        The independent came in last in the district.                     | came in last                 | 1 | false
        The county was last in the regional survey of 30 councils.        | last                         | 1 | false
        Norway is last among the Nordic states on this measure.           | last                         | 1 | false
        The club is in last place after four defeats.                     | last place                   | 1 | false
        The rovers dropped to last place on goal difference.              | last place                   | 1 | false
        The side finished in the last place of its group.                 | last place                   | 1 | false
        The coach was sacked after a last-place finish.                   | last-place                   | 1 | false
        The last-placed club changed its manager.                         | last-placed                  | 1 | false
        The town finished second to last in the tidiness contest.         | finished second to last      | 2 | false
        The state ranks second-to-last for road safety.                   | ranks second-to-last         | 2 | false
        The region was next-to-last in the league table.                  | next-to-last                 | 2 | false
        The runner came penultimate in the heat.                          | came penultimate             | 2 | false
        The boat finished last but one.                                   | finished last but one        | 2 | false
        The boat finished next to bottom.                                 | finished next to bottom      | 2 | false
        The veteran came last, behind two newcomers.                      | came last                    | 1 | false
        The minor party came last, with 2 percent.                        | came last                    | 1 | false
        The senator came in last, the governor second.                    | came in last                 | 1 | false
        The former favourite is at bottom of pack in the polls.           | bottom of pack               | 1 | false
        The club finished third from bottom last season.                  | finished third from bottom   | 3 | false
        The bank was ranked fourth from the bottom.                       | ranked fourth from the bottom | 4 | false
        The city placed third-from-last in the index.                     | placed third-from-last       | 3 | false
        The side is second-bottom with four points.                       | second-bottom                | 2 | false
        The hospital sits at the bottom of the league table.              | the bottom of the league table | 1 | false
        The town is bottom of the recycling rankings.                     | bottom of the recycling rankings | 1 | false
        The team stayed at the foot of the table.                         | the foot of the table        | 1 | false
        The club is bottom with two points.                               | bottom                       | 1 | false
        The bottom-placed team lost again.                                | bottom-placed                | 1 | false
        The county is in the bottom five for literacy.                    | the bottom five              | 5 | true
        The bank is one of the bottom three lenders in the survey.        | one of the bottom three lenders | 3 | true
        """)
    void readsAPlaceCountedFromTheBottom(String sentence, String text, int position, boolean oneOf) {
        assertThat(Engine.rankings(sentence)).as(sentence).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(text);
            assertThat(r.position()).isEqualTo(position);
            assertThat(r.oneOf()).isEqualTo(oneOf);
            assertThat(r.fromEnd()).isTrue();
            assertThat(sentence.substring(r.start(), r.end())).isEqualTo(text);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Last year the council raised rents.",
        "The minister resigned last week.",
        "It was the last time the two leaders met.",
        "At last the ferry arrived.",
        "Last but not least, the treasurer spoke.",
        "Rents rose over the last three years.",
        "Her last novel sold poorly.",
        "The bottom line is that the plan costs more.",
        "The housing market hit rock bottom in 2010.",
        "The charity favours a bottom-up approach.",
        "The party was last in government in 2005.",
        "She was the last to leave the hall.",
        "The ruling came last week.",
        "The team finished last season in mid-table.",
        "The last place you would expect it is the library.",
        "The suspect was last seen on Friday.",
        "The village is near the bottom of the valley.",
        "The ship sank to the bottom of the sea.",
        "The offices fill the bottom two floors of the tower.",
        "The penultimate episode airs on Sunday.",
        "He sat next to last year's winner.",
        "It was a last-minute deal.",
        "The big news came last: the mayor would resign.",
        "The reply came last, and it was brief.",
        "Her complaint was the bottom of the pile.",
        "They reached the bottom of the heap of papers.",
        "She spent four years at Foggy Bottom.",
        "The second-to-last debate of the year drew few viewers."
    })
    void findsNoRankingInLastOrBottomOutsideAList(String sentence) {
        assertThat(Engine.rankings(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Households in the bottom 10 percent lost most.",
        "Households in the bottom 20% lost most.",
        "Pupils in the bottom 5 per cent were given tutors.",
        "Schools in the bottom percentile were inspected.",
        "Earners in the bottom fifth of incomes paid less tax."
    })
    void readsABottomShareAsAFigureNotARanking(String sentence) {
        assertThat(Engine.rankings(sentence)).as(sentence).isEmpty();
    }

    @Test
    void aTopDownPlaceOutOfAFieldStaysCountedFromTheTop() {
        assertThat(Engine.rankings("The school ranked 49th out of 50 in the county.")).singleElement()
                .satisfies(r -> {
                    assertThat(r.position()).isEqualTo(49);
                    assertThat(r.fromEnd()).isFalse();
                });
    }

    @Test
    void aPlaceCountedFromTheTopIsNotFromTheEnd() {
        assertThat(Engine.rankings("Kazakhstan is the largest country in Central Asia.")).singleElement()
                .satisfies(r -> assertThat(r.fromEnd()).isFalse());
        assertThat(Engine.rankings("The firm is among the top five exporters of grain.")).singleElement()
                .satisfies(r -> assertThat(r.fromEnd()).isFalse());
    }

    @Test
    void aFallFromSecondToLastPlaceEndsInLastPlace() {
        assertThat(Engine.rankings("The club fell from second to last place.")).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("last place");
            assertThat(r.position()).isEqualTo(1);
            assertThat(r.fromEnd()).isTrue();
        });
    }

    @Test
    void comesInSecondIsASecondPlace() {
        assertOnlyRanking("The governor came in second in the caucus.", "came in second", 2, false);
    }

    @Test
    void aFromEndRankingMakesARankingClaim() {
        var claims = Engine.extract("The province ranks last among the ten provinces.").claims();
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.type().name()).isEqualTo("RANKING");
            assertThat(c.rankings()).singleElement().satisfies(r -> assertThat(r.fromEnd()).isTrue());
        });
    }

    @Test
    void aRankingMakesARankingClaim() {
        var claims = Engine.extract("Kazakhstan is the largest country in Central Asia.").claims();
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.type().name()).isEqualTo("RANKING"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Only the top third of applicants get an interview.",
        "Families in the top half of incomes pay most of the tax.",
        "The top quarter of schools got extra funds.",
        "Of the three bids, the council chose the top one.",
        "The top one percent own a large share of wealth."
    })
    void readsATopShareOrABareTopOneAsNoRanking(String sentence) {
        assertThat(Engine.rankings(sentence)).as(sentence).isEmpty();
    }

    @Test
    void readsTheTopOneWithAListAsFirstPlace() {
        assertThat(Engine.rankings("The top one in the division is a small rural school.")).singleElement()
                .satisfies(r -> {
                    assertThat(r.text()).isEqualTo("The top one");
                    assertThat(r.position()).isEqualTo(1);
                    assertThat(r.list()).isEqualTo("division");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The hospital is third in the regional league table.               | third  | 3
        The challenger was second in the latest polls.                    | second | 2
        The province is fifth among the ten provinces on spending.        | fifth  | 5
        The port remains fourth on the list of busiest harbours.          | fourth | 4
        The country is ninth in the world for broadband speed.            | ninth  | 9
        The city was 12th out of 30 in the survey.                        | 12th   | 12
        """)
    void readsAPlaceAfterACopulaWithAList(String sentence, String text, int position) {
        assertThat(Engine.rankings(sentence)).as(sentence).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(text);
            assertThat(r.position()).isEqualTo(position);
            assertThat(r.fromEnd()).isFalse();
            assertThat(sentence.substring(r.start(), r.end())).isEqualTo(text);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The colonel is second in command of the unit.",
        "The campers were first in line for tickets.",
        "The prince is third in line to the throne.",
        "The town was first in 2019 to ban plastic bags.",
        "The state was first in the nation to adopt the rule.",
        "The chair is first among equals on the board.",
        "The vote was the second in a week.",
        "Those who lose the most are tenants on short leases."
    })
    void findsNoPlaceAfterACopulaWithoutAList(String sentence) {
        assertThat(Engine.rankings(sentence)).as(sentence).isEmpty();
    }

    @Test
    void endsTheListBeforeAVerbAndAfterAHyphenatedCompound() {
        assertThat(Engine.rankings("Counties with the most speed cameras tend to have fewer crashes."))
                .singleElement().satisfies(r -> {
                    assertThat(r.text()).isEqualTo("the most speed cameras");
                    assertThat(r.list()).isEqualTo("cameras");
                });
        assertThat(Engine.rankings("It has one of the most lenient gun-control laws in Europe."))
                .singleElement().satisfies(r -> {
                    assertThat(r.text()).isEqualTo("one of the most lenient gun-control laws");
                    assertThat(r.list()).isEqualTo("gun-control laws in Europe");
                });
        assertThat(Engine.rankings("The panel heard its highest-profile witnesses on Monday.")).singleElement()
                .satisfies(r -> {
                    assertThat(r.text()).isEqualTo("its highest-profile witnesses");
                    assertThat(r.list()).isEqualTo("witnesses");
                });
        assertThat(Engine.rankings("The levy is higher than any other town in the valley - and rising."))
                .singleElement().satisfies(r -> assertThat(r.list()).isEqualTo("town in the valley"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Venezuela - the world's fifth largest oil exporter - sells most of its oil abroad. | oil exporter
        Two of the largest airlines in the US - American and Southwest - cut fares.       | airlines in the US
        """)
    void endsTheListAtASpacedDash(String sentence, String list) {
        assertThat(Engine.rankings(sentence)).as(sentence).singleElement()
                .satisfies(r -> assertThat(r.list()).isEqualTo(list));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The county spends more on libraries than any other county.        | more on libraries than any other county | county
        The port handles more containers than any other port in Europe.   | more containers than any other port     | port in Europe
        Its tax rate is higher than any other city in the region.         | higher than any other city              | city in the region
        The firm hired 900 graduates, more than any other bank.           | more than any other bank                | bank
        """)
    void readsAComparisonWithAllOthersAsFirstPlace(String sentence, String text, String list) {
        assertThat(Engine.rankings(sentence)).as(sentence).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(text);
            assertThat(r.position()).isEqualTo(1);
            assertThat(r.list()).isEqualTo(list);
            assertThat(r.oneOf()).isFalse();
            assertThat(r.fromEnd()).isFalse();
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Prices rose more than at any other time since the war.",
        "Turnout was lower than any other year on record.",
        "The county does not spend more on libraries than any other county.",
        "No council spends less than the one in the north.",
        "The mayor spends more than the city council."
    })
    void findsNoFirstPlaceInAComparisonWithATimeANegationOrOneOther(String sentence) {
        assertThat(Engine.rankings(sentence)).as(sentence).isEmpty();
    }

    private static void assertOnlyRanking(String sentence, String text, int position, boolean oneOf) {
        assertThat(Engine.rankings(sentence)).as(sentence).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(text);
            assertThat(r.position()).isEqualTo(position);
            assertThat(r.oneOf()).isEqualTo(oneOf);
        });
    }
}
