package org.factcheck.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.factcheck.engine.model.TimeReference;
import org.factcheck.engine.text.PosTagger;
import org.factcheck.engine.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How news writes dates that the TempEval-3 development round (AQUAINT) showed missing or misread. The sentences
 * are the project's own. The extractor is called on every sentence, claim or not.
 */
class NewsDatePhrasesTest {

    private static final TimeExtractor EXTRACTOR = new TimeExtractor();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final PosTagger TAGGER = new PosTagger();

    static List<TimeReference> times(String text) {
        return TempEvalEvaluationTest.times(text, EXTRACTOR, SPLITTER, TAGGER);
    }

    static List<String> texts(String text) {
        return times(text).stream().map(TimeReference::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        President Ortega Thursday signed the decree into law.                | Thursday
        Farmers blocked roads around Lima Wednesday, demanding lower fuel prices. | Wednesday
        The two rebel groups Friday agreed to a ceasefire.                   | Friday
        The minister told reporters in the Rose Garden Tuesday that talks would resume. | Tuesday
        """)
    void aWeekdayAfterASubjectOrAPlaceIsTheDay(String sentence, String text) {
        assertThat(texts(sentence)).as(sentence).containsExactly(text);
    }

    @Test
    void theEndOfAYearAfterAPrepositionAtTheStartOfASentenceIsRead() {
        assertThat(times("By the end of 2010, the chain had 500 stores.")).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("By the end of 2010");
            assertThat(t.to()).isEqualTo("2010");
            assertThat(t.from()).isNull();
        });
        assertThat(times("Since the end of 2019 prices have risen.")).extracting(TimeReference::from)
                .containsExactly("2019");
    }

    @Test
    void aWeekdayInANameIsStillNoDay() {
        assertThat(texts("Voters went to the polls on Super Tuesday.")).isEmpty();
        assertThat(texts("He negotiated the Good Friday Agreement.")).isEmpty();
        assertThat(texts("She writes for the Sunday Telegraph.")).isEmpty();
    }

    @Test
    void aFirstNameThatIsAMonthIsNoDate() {
        assertThat(texts("Defence Minister Jan Novak resigned after the vote.")).isEmpty();
        assertThat(texts("The treaty was signed by Ivan Petrov and Jan Novak.")).isEmpty();
        assertThat(texts("June Harlow, a nurse at the clinic, said the ward was full.")).isEmpty();
        assertThat(texts("In June Parliament voted to extend the mission.")).containsExactly("In June");
        assertThat(texts("The ceasefire began on Jan. 14 at midnight.")).containsExactly("on Jan. 14");
    }

    @Test
    void earlyOrLateBeforeAMonthBelongsToIt() {
        assertThat(texts("Accession is planned for early March, an official said.")).containsExactly("for early March");
        assertThat(texts("The talks broke down in late November.")).containsExactly("in late November");
        assertThat(texts("Shipments should resume by mid-May.")).containsExactly("by mid-May");
    }

    @Test
    void aSecondDayOfTheSameMonthJoinsTheDate() {
        TimeReference t = times("Leaders will meet in Vilnius on June 3 and 4, 2022.").get(0);
        assertThat(t.text()).isEqualTo("on June 3 and 4, 2022");
        assertThat(t.from()).isEqualTo("2022-06-03");
        assertThat(t.to()).isEqualTo("2022-06-04");
        assertThat(texts("The summit is set for April 24 and 25.")).containsExactly("for April 24 and 25");
        assertThat(texts("By March 3 and 12 ministers had quit.").get(0)).isEqualTo("By March 3");
    }

    @Test
    void aMonthWithThisOrNextYearIsOneRelativeDate() {
        List<TimeReference> times = times("The parliament ratified the pact in February this year.");
        assertThat(times).hasSize(1);
        assertThat(times.get(0).text()).isEqualTo("in February this year");
        assertThat(times.get(0).from()).isNull();
        assertThat(texts("They will join the alliance in April next year.")).containsExactly("in April next year");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The party was founded 40 years ago by exiled students.             | 40 years ago
        The rescue two months ago set off a legal fight.                   | two months ago
        A decade ago the region was still at war.                          | A decade ago
        The rifle was found a few weeks ago in a shallow pit.              | a few weeks ago
        Troops left the town almost four years ago.                        | four years ago
        Years ago, the mill employed half the valley.                      | Years ago
        """)
    void aPeriodAgoIsARelativeDate(String sentence, String text) {
        List<TimeReference> times = times(sentence);
        assertThat(times).extracting(TimeReference::text).as(sentence).containsExactly(text);
        assertThat(times.get(0).from()).isNull();
        assertThat(times.get(0).to()).isNull();
    }

    @Test
    void millionsOfYearsAgoIsAFigureNotADate() {
        assertThat(texts("Some 65 million years ago an asteroid struck the Gulf of Mexico.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        I am ready to leave tomorrow, the president said.                 | tomorrow
        The vote tonight will decide the budget.                           | tonight
        The surgeon was shot in his kitchen last fall.                     | last fall
        Later that year he returned to the capital.                       | Later that year
        Prices rose sharply earlier this month.                           | earlier this month
        His name was removed from the list that same day.                 | that same day
        He appeared in court the next morning looking tired.              | next morning
        The results were published the following week.                    | following week
        """)
    void relativeDatesOfNewsAreReportedWithoutValues(String sentence, String text) {
        List<TimeReference> times = times(sentence);
        assertThat(times).extracting(TimeReference::text).as(sentence).containsExactly(text);
        assertThat(times.get(0).from()).isNull();
    }

    @Test
    void aFallThatIsADropIsNoSeason() {
        assertThat(texts("Shares posted their last fall before the merger.")).isEmpty();
        assertThat(texts("It was the last fall of the old regime.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The boy was found at sea on Thanksgiving Day.                     | Thanksgiving Day
        The campaign will run from now until Election Day.                | Election Day
        Fireworks are banned on New Year's Eve in the old town.           | New Year's Eve
        The shop burned down last Christmas.                              | last Christmas
        Pilgrims filled the square as Easter week began.                  | Easter week
        """)
    void aHolidayIsARelativeDate(String sentence, String text) {
        assertThat(texts(sentence)).as(sentence).containsExactly(text);
    }

    @Test
    void idiomsAndNamesWithPeriodWordsAreNoDates() {
        assertThat(texts("At the end of the day, voters want lower bills.")).isEmpty();
        assertThat(texts("She reached the latest quarter-final of her career.")).isEmpty();
        assertThat(texts("The statues on Easter Island are eroding.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        In nineteen ninety-one the banker was convicted of fraud.        | In nineteen ninety-one | 1991 | 1991
        The verdict was overturned in nineteen ninety-six.               | in nineteen ninety-six | 1996 | 1996
        Prices have tripled since nineteen eighty.                       | since nineteen eighty  | 1980 | null
        The plant has been closed since twenty nineteen.                 | since twenty nineteen  | 2019 | null
        The clinic was bombed in January nineteen ninety-seven.          | in January nineteen ninety-seven | 1997-01 | 1997-01
        """)
    void aYearSpelledAsInABroadcastTranscriptIsTheYear(String sentence, String text, String from, String to) {
        TimeReference t = times(sentence).get(0);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.from()).isEqualTo(from);
        assertThat(t.to()).isEqualTo(to);
    }

    @Test
    void spelledNumbersThatCountAreNoYears() {
        assertThat(texts("The ticket cost nineteen ninety-nine dollars.")).isEmpty();
        assertThat(texts("We held twenty fifteen-minute sessions.")).isEmpty();
    }

    @Test
    void aHolidayAsAnAdjectiveIsNoDate() {
        assertThat(texts("The town put up a Christmas tree in the square.")).isEmpty();
        assertThat(texts("Independence Square was full of protesters.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The retailer reported third-quarter profit of $40 million.                 | third-quarter
        Fourth-quarter sales fell 3% to $1.2 billion.                              | Fourth-quarter
        Net income was $12 million, up from $9 million a year earlier.             | a year earlier
        Year-earlier results included a one-time gain.                             | Year-earlier
        Profit in the year-ago quarter was $3 million.                             | year-ago quarter
        Revenue in the latest quarter rose 9% to $800 million.                     | latest quarter
        Margins widened in the latest period, the bank said.                       | latest period
        The group expects growth in the current fiscal year.                       | current fiscal year
        The insurer posted a loss of $5 million for the quarter ended June 30.     | the quarter
        Sales for the full year were $6 billion.                                   | the full year
        The mine will reach full output by year-end.                               | year-end
        Regulators want the new rules in place by year's end.                      | year's end
        Troops are to be deployed by the end of the month.                         | the end of the month
        Herbicide use was delayed earlier in the year by heavy rain.               | earlier in the year
        """)
    void companyReportsNameTheirPeriodsRelatively(String sentence, String text) {
        List<TimeReference> times = times(sentence);
        assertThat(times).extracting(TimeReference::text).as(sentence).contains(text);
        TimeReference t = times.stream().filter(r -> r.text().equals(text)).findFirst().orElseThrow();
        assertThat(t.from()).isNull();
        assertThat(t.to()).isNull();
    }

    @Test
    void aQuarterOfANamedYearHasItsMonths() {
        TimeReference t = times("The charge was booked in the 1998 second quarter.").get(0);
        assertThat(t.text()).isEqualTo("1998 second quarter");
        assertThat(t.from()).isEqualTo("1998-04");
        assertThat(t.to()).isEqualTo("1998-06");
        TimeReference hyphen = times("The 2023 fourth-quarter results beat forecasts.").get(0);
        assertThat(hyphen.from()).isEqualTo("2023-10");
        assertThat(hyphen.to()).isEqualTo("2023-12");
    }

    @Test
    void anOrdinalCenturyIsItsHundredYears() {
        TimeReference t = times("It was among the worst famines of the 20th century.").get(0);
        assertThat(t.text()).isEqualTo("20th century");
        assertThat(t.from()).isEqualTo("1900");
        assertThat(t.to()).isEqualTo("1999");
        TimeReference adjective = times("The town kept its 19th-century mills.").get(0);
        assertThat(adjective.from()).isEqualTo("1800");
        assertThat(adjective.to()).isEqualTo("1899");
    }

    @Test
    void mayAndMarchAfterLastOrAPrepositionAreMonths() {
        assertThat(texts("The two presidents signed the border treaty last May.")).containsExactly("last May");
        assertThat(texts("The talks are supposed to conclude by May.")).containsExactly("by May");
        assertThat(texts("The carrier has been on patrol since March.")).containsExactly("since March");
        assertThat(texts("He sent a letter to May asking for a delay.")).isEmpty();
    }

    @Test
    void aProgrammeOrANewspaperNamedForADayIsNoDate() {
        assertThat(texts("The senator told USA Today the bill would pass.")).isEmpty();
        assertThat(texts("Speaking on the programme This Week, she denied it.")).isEmpty();
        assertThat(texts("Today the committee meets again.")).containsExactly("Today");
    }

    @Test
    void periodsCountedOnFromAnEventOrRecentYearsAreNoDates() {
        assertThat(texts("Three days later the index had recovered.")).isEmpty();
        assertThat(texts("Kidnappings have risen in recent years.")).isEmpty();
        assertThat(texts("The minister arrived later in the day.")).isEmpty();
        assertThat(texts("A year of talks produced nothing.")).isEmpty();
    }
}
