package org.factcheck.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One figure per sentence: the sentence, the text of the figure, its value, unit, qualifier and rate. News-style
 * sentences written for this test, across budgets, rents, populations, distances, polls, prices, inflation,
 * crime and sport.
 */
class QuantityExtractionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        # digits, separators, decimals
        The border runs for 7,600 kilometres through the steppe.                 | 7,600 kilometres | 7600 | km | EXACT | null
        The bridge is 1.5 km long.                                               | 1.5 km | 1.5 | km | EXACT | null
        The ministry hired 1,250,000 temporary workers.                          | 1,250,000 temporary workers | 1250000 | worker | EXACT | null
        # scale words and abbreviations
        The city spent 3.5 billion dollars on roads.                             | 3.5 billion dollars | 3.5e9 | USD | EXACT | null
        The airline lost $3.5bn in the first half.                               | $3.5bn | 3.5e9 | USD | EXACT | null
        The club paid €5m for the striker.                                       | €5m | 5e6 | EUR | EXACT | null
        The startup raised $50k from friends.                                    | $50k | 50000 | USD | EXACT | null
        Turnover hit 12 mln roubles last quarter.                                | 12 mln roubles | 1.2e7 | RUB | EXACT | null
        The national debt passed 2 trillion pounds.                              | 2 trillion pounds | 2e12 | GBP | MORE_THAN | null
        The plan costs USD 5m over five years.                                   | USD 5m | 5e6 | USD | EXACT | null
        The state budget is 1.2 trillion tenge.                                  | 1.2 trillion tenge | 1.2e12 | KZT | EXACT | null
        # spelled out and mixed
        Sixty thousand fans filled the stadium.                                  | Sixty thousand fans | 60000 | fan | EXACT | null
        The number of members is 3 million 500 thousand.                         | 3 million 500 thousand | 3500000 | member | EXACT | null
        Two and a half million people signed the petition.                       | Two and a half million people | 2500000 | person | EXACT | null
        Half a million tourists visited the island.                              | Half a million tourists | 500000 | tourist | EXACT | null
        Twenty-five schools closed during the storm.                             | Twenty-five schools | 25 | school | EXACT | null
        One hundred and twenty deputies voted for the bill.                      | One hundred and twenty deputies | 120 | deputy | EXACT | null
        A million barrels were spilled into the bay.                             | A million barrels | 1e6 | bbl | EXACT | null
        # fractions
        One-third of Britons say they cannot afford a holiday.                   | One-third | 0.3333333333 | null | EXACT | null
        Two-thirds of the budget goes to pensions.                               | Two-thirds | 0.6666666667 | null | EXACT | null
        A quarter of the forest burned in the fire.                              | A quarter | 0.25 | null | EXACT | null
        Half of all voters stayed at home.                                       | Half | 0.5 | null | EXACT | null
        Three in ten adults are overweight, the survey shows.                    | Three in ten | 0.3 | null | EXACT | null
        # percentages
        Turnout was 42 percent in the capital.                                   | 42 percent | 42 | % | EXACT | null
        Turnout was 42% in the capital.                                          | 42% | 42 | % | EXACT | null
        Support for the party reached 31 per cent in May.                        | 31 per cent | 31 | % | EXACT | null
        The party gained 4 percentage points in the latest poll.                 | 4 percentage points | 4 | pp | INCREASE | null
        The bank raised rates by 50 basis points.                                | 50 basis points | 50 | bp | INCREASE | null
        # money
        Petrol costs $2.24 a gallon in Texas.                                    | $2.24 a gallon | 2.24 | USD | EXACT | gal
        Brent crude settled at US $58.24 per barrel.                             | US $58.24 per barrel | 58.24 | USD | EXACT | barrel
        Shares closed at US$12.10 on Friday.                                     | US$12.10 | 12.1 | USD | EXACT | null
        The fine was £2,000 for each offence.                                    | £2,000 | 2000 | GBP | EXACT | null
        The tablet sells for ¥30,000 in Tokyo.                                   | ¥30,000 | 30000 | JPY | EXACT | null
        The contract is worth ₹500 crore.                                        | ₹500 crore | 5e9 | INR | EXACT | null
        A loaf of bread now costs ₽60 in Moscow.                                 | ₽60 | 60 | RUB | EXACT | null
        Pensions rose to 20,000 rubles a month.                                  | 20,000 rubles a month | 20000 | RUB | EXACT | month
        Beijing lent 20 billion yuan to the province.                            | 20 billion yuan | 2e10 | CNY | EXACT | null
        The toll costs 90 Canadian dollars per trip.                             | 90 Canadian dollars per trip | 90 | CAD | EXACT | trip
        Shares rose 19 cents in early trading.                                   | 19 cents | 0.19 | USD | INCREASE | null
        A pint of milk costs 45p more than last year.                            | 45p | 0.45 | GBP | EXACT | null
        GDP per capita reached $12,500 per capita last year.                     | $12,500 per capita | 12500 | USD | EXACT | capita
        Russia pays about 115 million dollars a year in rent.                    | 115 million dollars a year | 1.15e8 | USD | APPROXIMATE | year
        The union wants €3,000 annually for each nurse.                          | €3,000 annually | 3000 | EUR | EXACT | year
        # measures
        The 7,600-kilometer border is hard to guard.                             | 7,600-kilometer | 7600 | km | EXACT | null
        The lake covers 2,500 square kilometres.                                 | 2,500 square kilometres | 2500 | km2 | EXACT | null
        Its area is 8,000 km2 of protected land.                                 | 8,000 km2 | 8000 | km2 | EXACT | null
        Farmers harvested 3.2 million tonnes of wheat.                           | 3.2 million tonnes | 3.2e6 | t | EXACT | null
        The suspect carried 2 kg of cocaine.                                     | 2 kg | 2 | kg | EXACT | null
        The tanks hold 40,000 litres of fuel.                                    | 40,000 litres | 40000 | l | EXACT | null
        The field pumps 200,000 barrels per day.                                 | 200,000 barrels per day | 200000 | bbl | EXACT | day
        The train reached 320 km/h on the test track.                            | 320 km/h | 320 | km/h | EXACT | null
        Winds of 150 kilometres per hour hit the coast.                          | 150 kilometres per hour | 150 | km/h | EXACT | null
        The new reactor produces 1,100 MW of electricity.                        | 1,100 MW | 1100 | MW | EXACT | null
        Households use 3,500 kWh per year on average.                            | 3,500 kWh per year | 3500 | kWh | EXACT | year
        Temperatures hit 44 degrees Celsius in Seville.                          | 44 degrees Celsius | 44 | °C | EXACT | null
        The thermometer showed -12°C at dawn.                                    | -12°C | -12 | °C | EXACT | null
        The pipeline ships 55 bcm of gas.                                        | 55 bcm | 5.5e10 | m3 | EXACT | null
        # counts
        About 60 thousand students enrolled this autumn.                         | 60 thousand students | 60000 | student | APPROXIMATE | null
        Some 3.5 million Russians live in the region.                            | 3.5 million Russians | 3.5e6 | Russian | APPROXIMATE | null
        The storm destroyed 1,400 homes and businesses.                          | 1,400 homes | 1400 | home | EXACT | null
        Police arrested 212 people after the match.                              | 212 people | 212 | person | EXACT | null
        The school has 40 children in each class.                                | 40 children | 40 | child | EXACT | null
        The region has a population of approximately 19 million.                 | 19 million | 1.9e7 | person | APPROXIMATE | null
        # qualifiers
        Nearly 500 flights were cancelled.                                       | 500 flights | 500 | flight | APPROXIMATE | null
        Roughly 80 percent of voters agreed.                                     | 80 percent | 80 | % | APPROXIMATE | null
        An estimated 12,000 protesters marched.                                  | 12,000 protesters | 12000 | protester | APPROXIMATE | null
        More than 300 doctors signed the letter.                                 | 300 doctors | 300 | doctor | MORE_THAN | null
        Kazakhs, whose number exceeded 60 thousand, studied in Moscow.           | 60 thousand | 60000 | null | MORE_THAN | null
        Over 2,000 jobs will go.                                                 | 2,000 jobs | 2000 | job | MORE_THAN | null
        At least 17 people died in the floods.                                   | 17 people | 17 | person | AT_LEAST | null
        No fewer than 40 ships were damaged.                                     | 40 ships | 40 | ship | AT_LEAST | null
        Fewer than 1,000 tickets remain.                                         | 1,000 tickets | 1000 | ticket | LESS_THAN | null
        The number of visitors is approaching 2 million.                         | 2 million | 2e6 | visitor | LESS_THAN | null
        Inflation stayed below 2% all year.                                      | 2% | 2 | % | LESS_THAN | null
        Up to 400 workers could lose their jobs.                                 | 400 workers | 400 | worker | AT_MOST | null
        Fines of no more than $500 apply.                                        | $500 | 500 | USD | AT_MOST | null
        Turnout rose by 3.5% compared with the last election.                    | 3.5% | 3.5 | % | INCREASE | null
        Exports grew 7 percent in the second quarter.                            | 7 percent | 7 | % | INCREASE | null
        The index fell 2.3% on Monday.                                           | 2.3% | 2.3 | % | DECREASE | null
        The dollar was down 19 cents against the euro.                           | 19 cents | 0.19 | USD | DECREASE | null
        Burglaries declined by 12 percent.                                       | 12 percent | 12 | % | DECREASE | null
        The firm announced a 5% increase in prices.                              | 5% | 5 | % | INCREASE | null
        The company cut 1,500 jobs in Europe.                                    | 1,500 jobs | 1500 | job | DECREASE | null
        Inflation rose to 7.9% in February.                                      | 7.9% | 7.9 | % | EXACT | null
        Some 300 police officers were deployed.                                  | 300 police officers | 300 | officer | APPROXIMATE | null
        The drug reduced the risk of death by 25%, researchers said.             | 25% | 25 | % | DECREASE | null
        India's population will surpass 1.4 billion people this year.            | 1.4 billion people | 1.4e9 | person | MORE_THAN | null
        The wildfire has burned more than 40,000 acres.                          | 40,000 acres | 40000 | acre | MORE_THAN | null
        The storm dumped up to 30 inches of snow.                                | 30 inches | 30 | in | AT_MOST | null
        Nearly 1 in 3 Americans have been affected.                              | 1 in 3 | 0.3333333333 | null | APPROXIMATE | null
        Only 1/3 of voters turned out.                                           | 1/3 | 0.3333333333 | null | EXACT | null
        A dozen people were injured.                                             | A dozen people | 12 | person | EXACT | null
        The index fell -3.5% in a day.                                           | -3.5% | -3.5 | % | DECREASE | null
        Exports rose 3% to 2.1 million tonnes, a 12% pay rise for nobody.        | 3% | 3 | % | INCREASE | null
        The union wants a 12% pay rise over two years.                           | 12% | 12 | % | INCREASE | null
        The Fed raised rates by a quarter of a percentage point.                 | a quarter of a percentage point | 0.25 | pp | INCREASE | null
        The deficit was forecast at 4.3pc of GDP.                                | 4.3pc | 4.3 | % | EXACT | null
        Oil exports fell to 7.3 million barrels a day in March.                  | 7.3 million barrels a day | 7.3e6 | bbl | EXACT | day
        The country burns 4.5 mb/d of crude.                                     | 4.5 mb/d | 4.5e6 | bbl | EXACT | day
        Refinery runs rose by 300 kb/d in May.                                   | 300 kb/d | 3e5 | bbl | INCREASE | day
        The port handled 600,000 TEU last year.                                  | 600,000 TEU | 600000 | TEU | EXACT | null
        # bounds written out in full or with symbols
        Loans are capped at less than or equal to 40% of income.                 | 40% | 40 | % | AT_MOST | null
        Plants emitting greater than or equal to 25,000 tonnes must report.      | 25,000 tonnes | 25000 | t | AT_LEAST | null
        The grant covers firms with equal to or fewer than 50 staff.             | 50 staff | 50 | staff | AT_MOST | null
        Only samples with a score >= 30 were kept.                               | 30 | 30 | null | AT_LEAST | null
        The tax applies to incomes of £150,000 or greater.                       | £150,000 | 150000 | GBP | AT_LEAST | null
        Children of 12 or under travel free on 40 routes.                        | 12 | 12 | null | AT_MOST | null
        # a fraction of a poll or index point
        Unemployment fell by a tenth of a point.                                 | a tenth of a point | 0.1 | point | DECREASE | null
        The party's lead narrowed by half a point.                               | half a point | 0.5 | point | DECREASE | null
        """)
    void readsTheFigure(String sentence, String text, double value, String unit, Qualifier qualifier, String per) {
        Quantity q = Engine.firstFigure(sentence, text, value, unit);
        assertThat(q.qualifier()).isEqualTo(qualifier);
        assertThat(q.per()).isEqualTo(per);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The senator is seeking a record fifth term.                 | fifth   | 5
        She won an unprecedented third term in office.              | third   | 3
        The team was lying seventh in the table.                    | seventh | 7
        The town marks its ninetieth birthday.                      | ninetieth | 90
        The city celebrated its twenty fifth jubilee.               | twenty fifth | 25
        Ruiz became the forty second mayor of the city.             | forty second | 42
        """)
    void readsTheOrdinalAfterARecordWordOrAPlacingVerb(String sentence, String text, int value) {
        List<Quantity> ordinals = Engine.extract(sentence).claims().stream().flatMap(c -> c.ordinals().stream())
                .toList();
        assertThat(ordinals).as(sentence).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo(text);
            assertThat(q.value()).isEqualTo(value);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Between 10 and 20 percent of households are in arrears.     | 10 | 20 | %
        Prices ranged from $40 to $60 per night.                    | 40 | 60 | USD
        The quake killed 10-15 people in the village.               | 10 | 15 | person
        Between 2 and 3 million people may be displaced.            | 2e6 | 3e6 | person
        Temperatures will reach 30 to 35 degrees Celsius.           | 30 | 35 | °C
        The repairs will cost €20 billion to €25 billion.           | 2e10 | 2.5e10 | EUR
        Output could fall to 1.2-1.6 mb/d.                          | 1.2e6 | 1.6e6 | bbl
        The mine produces 2-3 Mt of coal.                           | 2e6 | 3e6 | t
        The district runs 40 through 60 buses a day.                | 40 | 60 | bus
        """)
    void readsRanges(String sentence, double low, double high, String unit) {
        List<Quantity> found = Engine.quantities(sentence);
        assertThat(found).hasSize(1);
        Quantity q = found.get(0);
        assertThat(q.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(q.low()).isCloseTo(low, within(1e-6));
        assertThat(q.high()).isCloseTo(high, within(1e-6));
        assertThat(q.value()).isCloseTo(low, within(1e-6));
        assertThat(q.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Sales doubled last year.                          | doubled    | 2   | INCREASE
        The price of bread has tripled since 2019.        | tripled    | 3   | INCREASE
        The deficit was halved in two years.              | halved     | 0.5 | DECREASE
        Output more than doubled after the merger.        | doubled    | 2   | MORE_THAN
        Rents have nearly trebled in a decade.            | trebled    | 3   | APPROXIMATE
        """)
    void aMultiplierVerbIsAChangeByAFactor(String sentence, String text, double value, Qualifier qualifier) {
        assertThat(Engine.quantities(sentence)).as(sentence).filteredOn(q -> "×".equals(q.unit())).singleElement()
                .satisfies(q -> {
                    assertThat(q.text()).isEqualTo(text);
                    assertThat(q.value()).isEqualTo(value);
                    assertThat(q.qualifier()).isEqualTo(qualifier);
                });
        assertThat(Engine.quantities("Patients were given a doubled dose.")).isEmpty();
    }

    @Test
    void aHyphenatedOrdinalIsNoCountWithAUnit() {
        assertThat(Engine.quantities("He finished thirty-second in the race.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The abbey housed c. 60 monks at its height.                  | 60   | APPROXIMATE
        The fort held ca. 400 soldiers.                              | 400  | APPROXIMATE
        The tank holds approx. 500 litres.                           | 500  | APPROXIMATE
        Ticket prices start from €35.                                | 35   | AT_LEAST
        Rooms are priced starting at $120 a night.                   | 120  | AT_LEAST
        The FTSE 100 closed 1.2% lower.                              | 1.2  | DECREASE
        The Nikkei ended the session 0.8% higher.                    | 0.8  | INCREASE
        Rents in the north are 5% lower than in the capital.         | 5    | EXACT
        """)
    void readsAbbreviatedHedgesPriceFloorsAndMovesAfterTheFigure(String sentence, double value, Qualifier qualifier) {
        assertThat(Engine.quantities(sentence)).as(sentence).filteredOn(q -> q.value() == value).singleElement()
                .satisfies(q -> assertThat(q.qualifier()).isEqualTo(qualifier));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The inquiry heard evidence about 14 deaths at the hospital.   | 14 | EXACT
        Relatives raised concerns about 3 missing patients.           | 3  | EXACT
        Farmers are locked in a dispute over 40 acres of land.        | 40 | EXACT
        Two men were arrested over 3 burglaries in the town.          | 3  | EXACT
        She served under 4 prime ministers.                           | 4  | EXACT
        About 14 people died at the hospital.                         | 14 | APPROXIMATE
        The land dispute lasted over 40 years.                        | 40 | EXACT
        Staff worked under 20 hours a week.                           | 20 | LESS_THAN
        Over 40 farmers joined the protest.                           | 40 | MORE_THAN
        Officials asked about 500 residents to leave their homes.     | 500 | APPROXIMATE
        The firm warned about 2,000 jobs could go.                    | 2000 | APPROXIMATE
        He wrote about 40 books in his lifetime.                      | 40 | APPROXIMATE
        """)
    void aboutOverAndUnderAfterATopicOrASuperiorAreNoHedges(String sentence, double value, Qualifier qualifier) {
        assertThat(Engine.quantities(sentence)).as(sentence).filteredOn(q -> q.value() == value).singleElement()
                .satisfies(q -> assertThat(q.qualifier()).isEqualTo(qualifier));
    }
}
