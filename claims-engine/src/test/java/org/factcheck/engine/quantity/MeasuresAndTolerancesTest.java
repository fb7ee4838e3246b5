package org.factcheck.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ways science and health reporting writes a measurement, found missing when the engine was run over MeasEval's
 * development part: concentrations per volume, micrometres and parts per million, a spaced metre, speeds per
 * second, the tilde and almost-equal signs, a value with its tolerance, reference marks in square brackets and
 * lists of numbered names. Sentences written for this test.
 */
class MeasuresAndTolerancesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        Nitrate in the well reached 62 mg/L last spring.                 | 62 mg/L | 62 | mg | l
        Tap water held 9 µg/L of lead at the school.                     | 9 µg/L | 9 | μg | l
        Soot in the valley averaged 41 µg/m³ over the winter.            | 41 µg/m³ | 41 | μg | m3
        The dose was 2 mg/kg of body weight.                             | 2 mg/kg | 2 | mg | kg
        The comet passed at 19 km/s.                                     | 19 km/s | 19 | km/s | null
        Gusts of 42 m/s tore roofs off.                                  | 42 m/s | 42 | m/s | null
        The filter stops grains larger than 2.5 µm.                      | 2.5 µm | 2.5 | μm | null
        The fibres are 15 microns across.                                | 15 microns | 15 | μm | null
        Methane at the station topped 1,900 ppb in March.                | 1,900 ppb | 1900 | ppb | null
        The air held 417 ppm of carbon dioxide.                          | 417 ppm | 417 | ppm | null
        The air held 417 parts per million of carbon dioxide.            | 417 parts per million | 417 | ppm | null
        The sinkhole is 30 m wide and still growing.                     | 30 m | 30 | m | null
        She ran the 400 m hurdles in under a minute.                     | 400 m | 400 | m | null
        The rods were cut 2.4 m long.                                    | 2.4 m | 2.4 | m | null
        Divers searched from 40 m to 65 m below the wreck.               | 40 m to 65 m | 40 | m | null
        The regulator auctioned the 26 GHz band.                         | 26 GHz | 26 | GHz | null
        Nurses flagged readings above 150 mmHg.                          | 150 mmHg | 150 | mmHg | null
        The tyres were set to 32 psi.                                    | 32 psi | 32 | psi | null
        Clean-up crews may receive 50 mSv a year.                        | 50 mSv a year | 50 | mSv | year
        Night flights must stay under 60 dB.                             | 60 dB | 60 | dB | null
        A new 275 kV cable links the islands.                            | 275 kV | 275 | kV | null
        His cholesterol was 240 mg/dL at the check-up.                   | 240 mg/dL | 240 | mg | dL
        Fasting glucose of 6.1 mmol/L is the threshold.                  | 6.1 mmol/L | 6.1 | mmol | l
        The hose delivers 12 L/min at full pressure.                     | 12 L/min | 12 | l | min
        The buoy drifted to 47.5°N before it was found.                  | 47.5°N | 47.5 | °N | null
        World emissions were 37 Gt last year.                            | 37 Gt | 3.7e10 | t | null
        The smelter releases 3 megatonnes of carbon dioxide.             | 3 megatonnes | 3e6 | t | null
        A bar of the chocolate holds 28 g of sugar.                      | 28 g | 28 | g | null
        The lorry shed 12 t of gravel on the motorway.                   | 12 t | 12 | t | null
        The strike lasted 48 h, the union said.                          | 48 h | 48 | h | null
        The new lens offers a 30× zoom.                                  | 30× | 30 | × | null
        """)
    void readsTheMeasure(String sentence, String text, double value, String unit, String per) {
        Quantity q = Engine.firstFigure(sentence, text, value, unit);
        assertThat(q.per()).isEqualTo(per);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The label says the bag holds 5 m of cable and 12 m of rope.",
        "The studio sold 3 m tickets.",
        "Turnover at the chain reached 7 m.",
    })
    void aSpacedMIsNoMetreWithoutAMeasureWordAfterIt(String sentence) {
        assertThat(Engine.quantities(sentence)).as(sentence).noneMatch(q -> "m".equals(q.unit()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The crater is ∼40 m deep.                                        | 40 m
        The haul is ≈ 300 tonnes a year.                                 | 300 tonnes a year
        Divers reached ～25 m below the surface.                         | 25 m
        The bridge moved in the order of 10 cm.                          | 10 cm
        Losses were of the order of 200 jobs.                            | 200 jobs
        """)
    void tildesAndOrderOfAreApproximate(String sentence, String text) {
        assertThat(Engine.quantities(sentence)).as(sentence).first().satisfies(q -> {
            assertThat(q.text()).isEqualTo(text);
            assertThat(q.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The pound moved ~-2% against the euro.                           | -2% | -2 | APPROXIMATE
        Frost is likely tonight (-4 °C in the glens).                    | -4 °C | -4 | EXACT
        """)
    void aMinusGluedToATildeOrAParenthesisKeepsItsSign(String sentence, String text, double value,
            Qualifier qualifier) {
        assertThat(Engine.quantities(sentence)).as(sentence).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo(text);
            assertThat(q.value()).isEqualTo(value);
            assertThat(q.qualifier()).isEqualTo(qualifier);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Councils expect a 10-15% rise in rents.                          | 10-15% | 10 | 15 | %
        Turnout in the wards was low (20–35%) this time.                 | 20-35% | 20 | 35 | %
        Farmers hope for a 5-8 tonne harvest per hectare.                | 5-8 tonne | 5 | 8 | t
        """)
    void aRangeAfterAnArticleOrInParenthesesIsARange(String sentence, String text, double low, double high,
            String unit) {
        assertThat(Engine.quantities(sentence)).as(sentence).first().satisfies(q -> {
            assertThat(q.text()).isEqualTo(text);
            assertThat(q.qualifier()).isEqualTo(Qualifier.RANGE);
            assertThat(q.low()).isEqualTo(low);
            assertThat(q.high()).isEqualTo(high);
            assertThat(q.unit()).isEqualTo(unit);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The memorial lists the names of seven miners.                    | seven miners | 7 | miner
        The board is made up of nine trustees.                           | nine trustees | 9 | trustee
        """)
    void aSpelledNumberAfterOfCountsWithItsNoun(String sentence, String text, double value, String unit) {
        Engine.firstFigure(sentence, text, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The pools are heated to 26 and 29 °C.                            | 26 | 29 | °C
        Parcels of 2.5, 5 and 10 kg go by road.                          | 2.5 | 10 | kg
        Fares went up 4 and 6 per cent on the two lines.                 | 4 | 6 | %
        """)
    void bareNumbersListedBeforeAUnitShareIt(String sentence, double first, double last, String unit) {
        var found = Engine.quantities(sentence);
        assertThat(found).as(sentence).hasSizeGreaterThanOrEqualTo(2);
        assertThat(found.get(0).value()).isEqualTo(first);
        assertThat(found.get(found.size() - 1).value()).isEqualTo(last);
        assertThat(found).allSatisfy(q -> {
            assertThat(q.unit()).isEqualTo(unit);
            assertThat(q.qualifier()).isNotEqualTo(Qualifier.RANGE);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        First-time buyers had a median age of 34 years.                  | 34 years | 34 | a
        The cohort (average age 71) was followed for a decade.           | 71 | 71 | null
        """)
    void aMeanOrMedianAgeIsAStatisticNotAPersonsAge(String sentence, String text, double value, String unit) {
        Engine.firstFigure(sentence, text, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Towns with ≥ 5,000 residents must recycle.                       | 5,000 residents | AT_LEAST
        Loans of ≤ £25,000 are exempt.                                   | £25,000 | AT_MOST
        """)
    void boundSignsAreAtLeastAndAtMost(String sentence, String text, Qualifier qualifier) {
        assertThat(Engine.quantities(sentence)).as(sentence).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo(text);
            assertThat(q.qualifier()).isEqualTo(qualifier);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The panel is 8 ± 0.5 mm thick.                                   | 8 ± 0.5 mm | 8 | 7.5 | 8.5 | mm
        Oceans warmed by 0.9 ± 0.1 °C over the century.                  | 0.9 ± 0.1 °C | 0.9 | 0.8 | 1.0 | °C
        The poll put her on 52% +/- 3% of the vote.                      | 52% +/- 3% | 52 | 49 | 55 | %
        The calf weighed 40 kg plus or minus 2 kg.                       | 40 kg plus or minus 2 kg | 40 | 38 | 42 | kg
        """)
    void aValueWithItsToleranceIsOneApproximateFigureWithBounds(String sentence, String text, double value,
            double low, double high, String unit) {
        assertThat(Engine.quantities(sentence)).as(sentence).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo(text);
            assertThat(q.value()).isCloseTo(value, within(1e-9));
            assertThat(q.low()).isEqualTo(low);
            assertThat(q.high()).isEqualTo(high);
            assertThat(q.unit()).isEqualTo(unit);
            assertThat(q.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Earlier surveys found the same pattern [12].",
        "The finding has been reported before [4, 9].",
        "The method follows earlier studies [21-24].",
        "Chapters 3 and 4 of the report deal with housing.",
        "Sections 12, 14 and 15 of the act were repealed.",
        "Games 6 and 7 were played in Boston.",
        "For bookings ring (020) 7946 0958 before noon.",
        "Two of the guards were hurt.",
    })
    void referenceMarksAndListsOfNumberedNamesAreNoFigures(String sentence) {
        assertThat(Engine.quantities(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The drug is now in a phase 3 trial.",
        "Rates of type 2 diabetes are rising among teenagers.",
        "She was found to have stage 4 cancer last spring.",
        "The storm grew into a category 5 hurricane overnight.",
        "The country stays at level 4 until March.",
        "The mill is a grade 2 listed building.",
        "The show was renewed for season 3.",
        "The update to version 16.4.1 fixed the flaw.",
        "The attack came from 10.0.0.12 on the internal network.",
        "The method is set out in section 2.3.4 of the guidance.",
    })
    void gradesAndDottedCodesAreNoFigures(String sentence) {
        assertThat(Engine.quantities(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Flight 370 had 239 passengers on board.                          | 239 passengers
        The survey [of 400 households] was done in May.                  | 400 households
        Rooms 4 and 5 hold 60 beds.                                      | 60 beds
        The festival will stage 3 concerts in the park.                  | 3 concerts
        Ministers want to level 4 charges at the firm.                   | 4 charges
        Inflation was 2.5. 3 banks raised rates.                         | 2.5
        """)
    void aFigureNextToANameOrABracketStays(String sentence, String text) {
        assertThat(Engine.quantities(sentence)).as(sentence).extracting(Quantity::text).contains(text);
    }
}
