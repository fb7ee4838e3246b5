package org.factcheck.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ways of writing a figure found missing when the engine was run over public number, currency and unit test
 * suites (Recognizers-Text, quantulum3): fractions and mixed numbers, digit groups set off by spaces or in the
 * Indian way, currencies by their full name or a symbol after the amount, compound units, degrees without a
 * scale; and, from Duckling's English corpora, signs, decimals read out or opened by a point, currency codes glued
 * to the amount, dollars and cents, {@code an hour and a half}. Sentences written for this test.
 */
class WrittenFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        # fractions and mixed numbers
        The trail is 10 1/2 miles long.                                  | 10 1/2 miles | 10.5 | mi
        The village lies 2½ miles from the coast.                        | 2½ miles | 2.5 | mi
        Rainfall reached ¾ inch in an hour.                              | ¾ inch | 0.75 | in
        The council built a 1/4 mile running track.                      | 1/4 mile | 0.25 | mi
        Half a dozen officers were suspended.                            | Half a dozen officers | 6 | officer
        A quarter million households lost power.                         | A quarter million households | 250000 | household
        The fund raised half a million pounds.                           | half a million pounds | 500000 | GBP
        The ministry spent a half-million dollars on consultants.        | a half-million dollars | 500000 | USD
        # digit groups
        The census counted 1 414 021 100 residents.                      | 1 414 021 100 residents | 1414021100 | resident
        The stadium seats 40\u202f000 spectators.                        | 40\u202f000 spectators | 40000 | spectator
        He bought the flat for Rs 12,34,567 last year.                   | Rs 12,34,567 | 1234567 | INR
        Farm labourers earn Rs 1,50,000 a year.                          | Rs 1,50,000 a year | 150000 | INR
        # money
        The club was fined 500 € by the league.                          | 500 € | 500 | EUR
        Parking costs 12€ an hour in the centre.                         | 12€ an hour | 12 | EUR
        The economy is worth about $2.1T.                                | $2.1T | 2.1e12 | USD
        The deal valued the group at 420 million Finnish markkas.        | 420 million Finnish markkas | 4.2e8 | FIM
        In 1998 the bank lent 6 billion French francs to the port.       | 6 billion French francs | 6e9 | FRF
        The ticket cost 40 shekels.                                      | 40 shekels | 40 | ILS
        Net income rose to 235 million guilders in 1998.                 | 235 million guilders | 2.35e8 | NLG
        The state will contribute 200 million markkaa to the yard.       | 200 million markkaa | 2e8 | FIM
        The exchange froze 3,000 bitcoins.                               | 3,000 bitcoins | 3000 | BTC
        Each block now pays 3.125 BTC to the miner.                      | 3.125 BTC | 3.125 | BTC
        The airline posted a net result of -$1.2bn for the year.         | -$1.2bn | -1.2e9 | USD
        # measures
        The supplement contains 120 μg of iodine.                        | 120 μg | 120 | μg
        Doctors prescribed 400 mcg of folic acid.                        | 400 mcg | 400 | μg
        The water was 10 degrees celcius.                                | 10 degrees celcius | 10 | °C
        Temperatures hit 40 degrees on Monday.                           | 40 degrees | 40 | °
        The minister made a 180-degree turn on tax.                      | 180-degree | 180 | °
        The three-ton satellite burned up on re-entry.                   | three-ton | 3 | t
        The campaign paid for a 30-second advert on local radio.         | 30-second | 30 | s
        Police received a half-dozen complaints.                         | a half-dozen complaints | 6 | complaint
        The kidnappers demanded a ransom of dlrs 1 million.              | dlrs 1 million | 1e6 | USD
        Two hundred and thirty four Americans have flown in space.       | Two hundred and thirty four Americans | 234 | American
        The shift lasted 9 hrs without a break.                          | 9 hrs | 9 | h
        Support stood at 1.5 percents among young voters.                | 1.5 percents | 1.5 | %
        One in every five adults smokes, the survey found.               | One in every five | 0.2 | null
        About four in 10 voters named the economy.                       | four in 10 | 0.4 | null
        Only 1 in every 4 trains ran on time.                            | 1 in every 4 | 0.25 | null
        The port handled 20,000 TEUs of cargo.                           | 20,000 TEUs | 20000 | TEU
        The merger will cut 12k jobs across Europe.                      | 12k jobs | 12000 | job
        The suspect has used 29 aliases.                                 | 29 aliases | 29 | alias
        The blast damaged a 22-story office tower.                       | 22-story | 22 | story
        The council set up a 10-member panel.                            | 10-member | 10 | member
        Two leaders and 133 other people were arrested.                  | Two leaders | 2 | leader
        Police arrested 133 other people overnight.                      | 133 other people | 133 | person
        The talks need 3 more days.                                      | 3 more days | 3 | d
        Pupils sit 112 standardized tests before they graduate.          | 112 standardized tests | 112 | test
        # a larger and a smaller unit: one figure in the larger
        The fugitive is 5 feet, 10 inches tall.                          | 5 feet, 10 inches | 5.8333333333 | ft
        The suspect is described as 6 feet 2 inches tall.                | 6 feet 2 inches | 6.1666666667 | ft
        The boy is 5ft 10in tall.                                        | 5ft 10in | 5.8333333333 | ft
        The baby weighed 7lb 6oz at birth.                               | 7lb 6oz | 7.375 | lb
        The rescue took 3 hours and 20 minutes.                          | 3 hours and 20 minutes | 3.3333333333 | h
        The record stands at 2 hours, 1 minute and 9 seconds.            | 2 hours, 1 minute and 9 seconds | 2.0191666667 | h
        He was jailed for two years and six months.                     | two years and six months | 2.5 | a
        # signs, decimals and amounts read out (from the Duckling corpora)
        Output shrank to -504 in the revised series.                     | -504 | -504 | null
        The trust ended the year at -2,300,000 euros.                    | -2,300,000 euros | -2300000 | EUR
        The central bank kept its rate at negative 0.5 percent.          | negative 0.5 percent | -0.5 | %
        It was 12 degrees below zero at the border.                      | 12 degrees below zero | -12 | °
        Turnout rose to two point six percent above the last vote.      | two point six percent | 2.6 | %
        The bridge will cost four point five billion dollars.            | four point five billion dollars | 4.5e9 | USD
        The grant was one thousand and fifty pounds.                     | one thousand and fifty pounds | 1050 | GBP
        The hunter used a .22 rifle.                                     | .22 | 0.22 | null
        The loan was Rs 8 lakhs at the bank.                             | Rs 8 lakhs | 800000 | INR
        The project was valued at 3 crores rupees.                       | 3 crores rupees | 3e7 | INR
        The stock opened at USD4.20 in Frankfurt.                        | USD4.20 | 4.2 | USD
        The state fund lent RM3.5 billion to the airline.                | RM3.5 billion | 3.5e9 | MYR
        Bus fares went up by ten cents.                                  | ten cents | 0.1 | USD
        The coin is worth one dollar.                                    | one dollar | 1 | USD
        Each pupil gets one litre of milk.                               | one litre | 1 | l
        A coffee now costs 3 dollars and 20 cents.                       | 3 dollars and 20 cents | 3.2 | USD
        Diesel stayed above a dollar and 42 cents a litre.               | a dollar and 42 cents a litre | 1.42 | USD
        A loaf now costs a pound and 20 pence at the bakery.             | a pound and 20 pence | 1.2 | GBP
        # an article or a fraction as the number of a time
        The hearing lasted an hour and a half.                           | an hour and a half | 1.5 | h
        The strike went on for a month and a half.                       | a month and a half | 1.5 | mo
        The climbers spent an hour and 20 minutes on the summit.         | an hour and 20 minutes | 1.3333333333 | h
        The minister spoke for half an hour.                             | half an hour | 0.5 | h
        The match went on for two and a quarter hours.                   | two and a quarter hours | 2.25 | h
        """)
    void readsTheFigure(String sentence, String text, double value, String unit) {
        Engine.firstFigure(sentence, text, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Night temperatures ranged from -18C to -34C in the north.        | -34 | -18 | °C
        Prices ranged from $12 to $8 a kilo across the markets.          | 8 | 12 | USD
        Most journeys need a 10- to 15-minute walk to a bus stop.        | 10 | 15 | min
        Witnesses said four or five gunmen opened fire.                  | 4 | 5 | gunman
        # a bound given as a range; a spaced m for million and for metres (faults found reading news output)
        Repairs could cost up to $12,000 to $15,000 per home.            | 12000 | 15000 | USD
        Rents may climb as much as 8 to 10 percent next year.            | 8 | 10 | %
        Between 2 m and 3 m viewers watched the final.                   | 2000000 | 3000000 | viewer
        The lanes are from 20 m to 35 m wide.                            | 20 | 35 | m
        """)
    void readsARange(String sentence, double low, double high, String unit) {
        assertThat(Engine.quantities(sentence)).as(sentence).singleElement().satisfies(q -> {
            assertThat(q.qualifier()).isEqualTo(Qualifier.RANGE);
            assertThat(q.low()).isCloseTo(low, within(1e-9));
            assertThat(q.high()).isCloseTo(high, within(1e-9));
            assertThat(q.unit()).isEqualTo(unit);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The population grew tenfold since 1950.                          | tenfold | 10 | INCREASE
        Prices have risen five-fold in a decade.                         | five-fold | 5 | INCREASE
        Researchers saw a 3-fold increase in cases.                      | 3-fold | 3 | INCREASE
        Output is roughly twofold what it was.                           | twofold | 2 | APPROXIMATE
        """)
    void aFoldIsAFactor(String sentence, String text, double value, Qualifier qualifier) {
        assertThat(Engine.quantities(sentence)).as(sentence).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo(text);
            assertThat(q.value()).isEqualTo(value);
            assertThat(q.unit()).isEqualTo("×");
            assertThat(q.qualifier()).isEqualTo(qualifier);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Infant mortality was 3.5 per 1,000 live births.                  | 3.5 per 1,000 live births | 1000 birth
        The region records 12 murders per 100,000 people a year.         | 12 murders per 100,000 people | 100000 person
        """)
    void aRatePerANumberOfThings(String sentence, String text, String per) {
        assertThat(Engine.quantities(sentence)).as(sentence).first().satisfies(q -> {
            assertThat(q.text()).isEqualTo(text);
            assertThat(q.per()).isEqualTo(per);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The poll has the mayor ahead 46 to 40 percent.                   | 46 | 40
        The two rivals polled 11 and 8 percent respectively.             | 11 | 8
        Unemployment rose from 5 to 7 percent.                           | 5 | 7
        """)
    void aBareNumberBeforeASharePairedWithItTakesItsUnit(String sentence, double first, double second) {
        assertThat(Engine.quantities(sentence)).as(sentence)
                .extracting(Quantity::value, Quantity::unit, Quantity::qualifier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, "%", Qualifier.EXACT),
                        org.assertj.core.groups.Tuple.tuple(second, "%", Qualifier.EXACT));
    }

    @Test
    void aBareCountAfterACountedOneCountsTheSameThing() {
        assertThat(Engine.quantities("Ruiz has 11 delegates and Novak has 10."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(11.0, "delegate"),
                        org.assertj.core.groups.Tuple.tuple(10.0, "delegate"));
        assertThat(Engine.quantities("The floods killed 40 people in the north and 12 in the south."))
                .extracting(Quantity::unit).containsExactly("person", "person");
        assertThat(Engine.quantities("She has 3 children and 2 of them live abroad."))
                .extracting(Quantity::unit).containsExactly("child", null);
    }

    @Test
    void aFallFromOneLevelToALowerOneStaysTwoLevels() {
        assertThat(Engine.quantities("Unemployment has come down sharply, from 8% to 5%."))
                .extracting(Quantity::value, Quantity::qualifier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8.0, Qualifier.EXACT),
                        org.assertj.core.groups.Tuple.tuple(5.0, Qualifier.EXACT));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The full report is at https://example.org/reports/2024/page-45?id=12345 online.",
        "Details are on www.example.gov.uk/budget/2023/table-7 for readers.",
        "Write to desk-2024@example.com with tips.",
        "The firm had 1988 sales that beat every forecast.",
        "Output is still below 2019 levels in most regions.",
        "The guards changed at 1400 hrs on Sunday.",
        "She began running marathons in her mid-30s.",
        "The court ruled by a 5-to-4 vote.",
        "Voters between the ages of 18 and 29 backed him.",
        "Fans of the band still sing its '16 anthem.",
        "The senator still defends his 2013 amendments.",
        "He flew aboard Soyuz 36 in 1980.",
        "The retailer posted a third-quarter loss.",
        "The country has long had a two-party system.",
        "7.",
        "Profits fell in the 1988 second quarter.",
        "Send tips to news-desk2024@example.com today.",
        "The town charter of 1780 still hangs in the hall.",
        "The administration doubled down on the policy.",
        "One day the river simply changed its course.",
        "At one point two of the guards walked out.",
        "The G20 leaders met the COVID19 task force.",
        "The score was 3-1 at half time.",
    })
    void findsNoFigureIn(String sentence) {
        assertThat(Engine.quantities(sentence)).as(sentence).isEmpty();
    }

    @Test
    void aNoBreakSpaceEntityBetweenDigitGroupsJoinsThem() {
        String html = "<p>The stadium seats 40&nbsp;000 spectators.</p>";
        assertThat(Engine.quantities(html)).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(40000.0);
            assertThat(html.substring(q.start(), q.end())).isEqualTo("40&nbsp;000 spectators");
        });
    }

    @Test
    void fullWidthDigitsAreReadAsDigits() {
        assertThat(Engine.quantities("The fund lost \uff11\uff12\uff10 million dollars, or 7.\uff12%."))
                .extracting(Quantity::value).containsExactly(1.2e8, 7.2);
    }

    @Test
    void aSingleSpaceBetweenNumbersKeepsThemApart() {
        assertThat(Engine.quantities("Of the 5 200 were new."))
                .extracting(Quantity::value).doesNotContain(5200.0);
    }
}
