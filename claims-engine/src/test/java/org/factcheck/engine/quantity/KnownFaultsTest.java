package org.factcheck.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults of the figure reader reported by engineers reading news output: letters glued to numbers that are no
 * unit, places in a list, ranges after a bound, rates before {@code on}, hyphenated odds, {@code grand}, scores
 * out of a scale, counts after a list of names, a spaced {@code m} for million (the range cases are in
 * {@code WrittenFormsTest.readsARange}). Sentences written for this test.
 */
class KnownFaultsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        # K glued to a number is thousands; kelvin only with a temperature around it
        The couple sold their flat for 450K in March.                    | 450K | 450000 | null
        Her podcast crossed the 20K mark last week.                      | 20K | 20000 | null
        The grant was worth $75K to the lab.                             | $75K | 75000 | USD
        The probe was cooled to 77 K before the test.                    | 77 K | 77 | K
        Nitrogen stays liquid below 77K at that pressure, the temperature log shows. | 77K | 77 | K
        She won the 5K run in record time.                               | 5K | 5 | km
        # C glued to a number is Celsius only where a reading is plausible
        The mercury climbed to 41C by noon.                              | 41C | 41 | °C
        Overnight it fell to -9C in the valleys.                         | -9C | -9 | °C
        Forecasters expect highs of 33C this weekend.                    | 33C | 33 | °C
        The thermometer hit 38C Sunday in the capital.                   | 38C | 38 | °C
        # a spaced m before a plural is million; metres before a size or an event
        The carmaker shipped 3 m vehicles in the year.                   | 3 m vehicles | 3000000 | vehicle
        Some 1.8 m households lost power.                                | 1.8 m households | 1800000 | household
        The new sea wall is 12 m high.                                   | 12 m | 12 | m
        She took gold in the 100 m hurdles.                              | 100 m | 100 | m
        # hyphenated odds and a score with a decimal are one share
        Nearly one-in-four renters missed a payment.                     | one-in-four | 0.25 | null
        The survey gave a 2-in-5 chance of a deal.                       | 2-in-5 | 0.4 | null
        Critics scored the film 8.5 out of 10 on average.                | 8.5 out of 10 | 0.85 | null
        # grand is thousands, of money when money is about
        The dealer charged him 120 grand for the watch.                  | 120 grand | 120000 | USD
        The rescue crew counted 12 grand.                                | 12 grand | 12000 | null
        # cents said after the currency word
        The fare went up to two dollars fifty in May.                    | two dollars fifty | 2.5 | USD
        Cleaners earn seven pounds twenty an hour.                       | seven pounds twenty an hour | 7.2 | GBP
        He lost three dollars ninety-nine on the bet.                    | three dollars ninety-nine | 3.99 | USD
        Tickets cost a dollar twenty-five at the gate.                   | a dollar twenty-five | 1.25 | USD
        # a count after a name and "and" is a count; the next of a list of names is not
        Bus 42 and 17 children were stuck in the snow.                   | 17 children | 17 | child
        Ferry 9 and 80 other vehicles were stranded.                     | 80 other vehicles | 80 | vehicle
        # the number before a singular noun is a place; before a verb or a unit it is still a figure
        The number 40,000 keeps coming up in debates.                    | 40,000 | 40000 | null
        Officials cut the number 15 percent.                             | 15 percent | 15 | %
        """)
    void readsTheFigure(String sentence, String text, double value, String unit) {
        Engine.firstFigure(sentence, text, value, unit);
    }

    @Test
    void aNumberCountedAfterACurrencyWordIsNoCents() {
        assertThat(Engine.quantities("She paid two dollars fifty times a year."))
                .extracting(q -> q.value() + " " + q.unit()).containsExactly("2.0 USD", "50.0 time");
        assertThat(Engine.quantities("He bet a dollar ten times on the match."))
                .extracting(q -> q.value() + " " + q.unit()).containsExactly("10.0 time");
    }

    @Test
    void grandTakesTheCurrencyOfTheDocument() {
        assertThat(Engine.quantities("The bonus was worth £10,000. Rivals offered 15 grand."))
                .extracting(q -> q.value() + " " + q.unit()).containsExactly("10000.0 GBP", "15000.0 GBP");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Critics scored the film 8.5 out of 10 on average.",
        "Nearly one-in-four renters missed a payment."})
    void aShareIsOneFigure(String sentence) {
        assertThat(Engine.quantities(sentence)).as(sentence).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        Students spend $250 a month on it, the union says.               | $250 a month | month
        Viewers pay $12 a month on Hulu for the package.                 | $12 a month | month
        The network aired the claim 200 times a day on Fox.              | 200 times a day | day
        The ruling is due 3 weeks on Friday.                             | 3 weeks | null
        """)
    void keepsTheRateBeforeOn(String sentence, String text, String per) {
        assertThat(Engine.quantities(sentence)).as(sentence).first().satisfies(q -> {
            assertThat(q.text()).isEqualTo(text);
            assertThat(q.per()).isEqualTo(per);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Work on the 5C Highway starts next spring.",
        "Labs compare 12C and 13C in each sample.",
        "The museum dated the bone with 14C methods.",
        "The striker wore the number 9 shirt for a decade.",
        "She climbed to the number 4 spot in the standings.",
        "Routes 7 and 9 were closed overnight.",
        "Sections 4 and 5 apply to landlords.",
    })
    void findsNoFigureIn(String sentence) {
        assertThat(Engine.quantities(sentence)).as(sentence).isEmpty();
    }
}
