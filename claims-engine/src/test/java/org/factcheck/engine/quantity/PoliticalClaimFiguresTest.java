package org.factcheck.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import org.factcheck.engine.model.Qualifier;
import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures in the wording of political claims checked by fact-checkers: budgets written with a hyphenated scale,
 * taxpayer dollars, shares such as "nine out of 10", counts of occasions against factors, "twice as many", periods
 * such as "the next two years". Sentences written for this test.
 */
class PoliticalClaimFiguresTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        # a scale word after a hyphen, as US papers write budgets
        The board approved a $45-million stadium deal.                      | $45-million | 4.5e7 | USD | EXACT
        The governor left behind a $3.2-billion hole in the budget.         | $3.2-billion | 3.2e9 | USD | EXACT
        # a dollar word after what pays it
        The agency spent millions of taxpayer dollars on signs.             | millions of taxpayer dollars | 1e6 | USD | AT_LEAST
        The county received 40 million federal dollars for the levee.       | 40 million federal dollars | 4e7 | USD | EXACT
        # trillions as a vague multiple
        The two parties have piled up trillions of dollars in debt.         | trillions of dollars | 1e12 | USD | INCREASE
        # a hyphenated modifier before the counted noun
        The plant hired nearly 2,000 new full-time workers this spring.     | 2,000 new full-time workers | 2000 | worker | APPROXIMATE
        The merger sent 300 high-paying jobs to another state.              | 300 high-paying jobs | 300 | job | EXACT
        The firm moved 300 jobs overseas last year.                         | 300 jobs | 300 | job | EXACT
        The archive held 4,500 e-mails before the outage.                   | 4,500 e-mails | 4500 | e-mail | EXACT
        The assembly passed two very far-reaching civil rights bills.      | two very far-reaching civil rights bills | 2 | bill | EXACT
        """)
    void readsTheFigureOfAPoliticalClaim(String sentence, String text, double value, String unit,
            Qualifier qualifier) {
        Quantity q = Engine.firstFigure(sentence, text, value, unit);
        assertThat(q.qualifier()).isEqualTo(qualifier);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Almost nine out of 10 teachers backed the strike.     | nine out of 10 | 0.9 | APPROXIMATE
        Only one out of 10 council seats is held by a woman.  | one out of 10  | 0.1 | EXACT
        Forty out of 50 districts reported a surplus.         | Forty out of 50 | 0.8 | EXACT
        """)
    void aSpelledShareOutOfADigitIsAFraction(String sentence, String text, double value, Qualifier qualifier) {
        assertThat(Engine.quantities(sentence)).as(sentence).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo(text);
            assertThat(q.value()).isCloseTo(value, within(1e-9));
            assertThat(q.unit()).isNull();
            assertThat(q.qualifier()).isEqualTo(qualifier);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        The senator voted 14 times against the pipeline.          | 14 times  | 14  | time | null
        The council has raised parking fees six times since 2015. | six times | 6   | time | null
        Some voters tried to cast ballots three times a day.      | three times a day | 3 | time | day
        Property taxes were cut 11 times under the last mayor.    | 11 times  | 11  | time | null
        Rents are now four times what they were in 2000.          | four times | 4  | ×    | null
        The new plant is 20 times larger than the old one.        | 20 times  | 20  | ×    | null
        The debt would cover the whole county 1.5 times.          | 1.5 times | 1.5 | ×    | null
        """)
    void timesIsAFactorOnlyInAComparison(String sentence, String text, double value, String unit, String per) {
        Quantity q = Engine.firstFigure(sentence, text, value, unit);
        assertThat(q.per()).isEqualTo(per);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The district has twice as many administrators as nurses.  | twice  | 2 | EXACT
        Youth unemployment is double the national rate.           | double | 2 | EXACT
        The plan would triple the fee for large trucks.           | triple | 3 | INCREASE
        Exports grew more than twice as fast as imports.          | twice  | 2 | MORE_THAN
        The program was cut in half after the election.          | in half | 0.5 | DECREASE
        Spending on roads was slashed roughly in half.            | in half | 0.5 | APPROXIMATE
        """)
    void aComparisonOrChangeByAFactorWithoutDigits(String sentence, String text, double value, Qualifier qualifier) {
        assertThat(Engine.quantities(sentence)).as(sentence).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo(text);
            assertThat(q.value()).isEqualTo(value);
            assertThat(q.unit()).isEqualTo("×");
            assertThat(q.qualifier()).isEqualTo(qualifier);
        });
    }

    @Test
    void twiceAndDoubleWithoutAComparisonAreNoFigures() {
        assertThat(Engine.quantities("The mayor was elected twice.")).isEmpty();
        assertThat(Engine.quantities("The hotel offers a double room with a view.")).isEmpty();
        assertThat(Engine.quantities("The team chased the triple crown.")).isEmpty();
        assertThat(Engine.quantities("He tore the letter in half.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The deficit will shrink over the next two years.        | two years    | 2 | a
        Prices fell in each of the last three months.           | three months | 3 | mo
        The mine ran at a loss for the first six months.          | six months   | 6 | mo
        """)
    void aSpelledPeriodAfterNextOrLastIsADuration(String sentence, String text, double value, String unit) {
        Engine.firstFigure(sentence, text, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Payroll grew only 2 percent last year.                         | 2 percent | INCREASE
        Rents climbed just 9 percent in the capital.                   | 9 percent | INCREASE
        The bill raises the tax by another $300 a year.                | $300 a year | INCREASE
        The county is increasing long-term care spending by $21 million. | $21 million | INCREASE
        Most of the gains went to the top 1 percent of earners.        | 1 percent | EXACT
        She has chaired the board for at least the last 12 years.      | 12 years | AT_LEAST
        The reform leaves 130,000 fewer nurses on the wards.           | 130,000 fewer nurses | DECREASE
        Burglaries have come down the last 3 years.                    | 3 years | EXACT
        The assembly passed 12 bills on the last day of the session.   | 12 bills | EXACT
        """)
    void aChangeVerbReachesPastOnlyAndHyphenatedWords(String sentence, String text, Qualifier qualifier) {
        assertThat(Engine.quantities(sentence)).as(sentence).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo(text);
            assertThat(q.qualifier()).isEqualTo(qualifier);
        });
    }

    @Test
    void aRateStaysWhenAnotherClauseFollowsWithAnd() {
        Quantity q = Engine.firstFigure("The firm cut jobs paying more than $50,000 a year and hired temps.",
                "$50,000 a year", 50000, "USD");
        assertThat(q.per()).isEqualTo("year");
        assertThat(q.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(Engine.quantities("The deal runs for 1 year and a half."))
                .allSatisfy(f -> assertThat(f.per()).isNull());
    }

    @Test
    void aRateAfterWhatTheMoneyPaysFor() {
        Quantity q = Engine.firstFigure("The county spends $4.2 million in overtime payments a year.", "$4.2 million",
                4.2e6, "USD");
        assertThat(q.per()).isEqualTo("year");
        assertThat(Engine.firstFigure("The county spent $4.2 million in the first year.", "$4.2 million", 4.2e6,
                "USD").per()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        A few thousand farmers drove tractors into the capital.            | A few thousand farmers | 1000 | farmer | AT_LEAST | null
        The bridge came in several hundred million dollars over budget.   | several hundred million dollars | 1e8 | USD | AT_LEAST | null
        Water bills here run 12x higher than in the next county.          | 12x | 12 | × | EXACT | null
        Only six out of the 40 applicants were hired.                     | six out of the 40 | 0.15 | null | EXACT | null
        Most renters earn between roughly $30,000 and $45,000.            | $30,000 and $45,000 | 30000 | USD | RANGE | null
        Pensioners will pay $1,200 more a year under the new rules.       | $1,200 more a year | 1200 | USD | EXACT | year
        There are 5 or 6 drownings a year from rip currents.              | 5 or 6 drownings a year | 5 | drowning | RANGE | year
        The plan removes 27+ miles of car lanes downtown.                 | 27+ miles | 27 | mi | MORE_THAN | null
        Jobless claims stayed high for 21 consecutive months.             | 21 consecutive months | 21 | mo | EXACT | null
        The state spends $80 million a year on road salt.                 | $80 million a year | 8e7 | USD | EXACT | year
        More than one out of every four new jobs went to the capital.     | one out of every four | 0.25 | null | MORE_THAN | null
        Spending on consultants skyrocketed by 40 percent.                | 40 percent | 40 | % | INCREASE | null
        Bus ridership drops by half in the summer.                        | by half | 0.5 | × | DECREASE | null
        Thirty-five cents of every tax dollar goes to pensions.           | Thirty-five cents | 0.35 | USD | EXACT | null
        Shoppers can pick from more than 40 different plans this year.    | 40 different plans | 40 | plan | MORE_THAN | null
        The district still runs 120 failing schools.                      | 120 failing schools | 120 | school | EXACT | null
        Some 3 million working families would lose the credit.            | 3 million working families | 3e6 | family | APPROXIMATE | null
        Ten-plus years later the road is still unbuilt.                   | Ten-plus years | 10 | a | MORE_THAN | null
        The senate passed four tax cuts last session.                     | four tax cuts | 4 | cut | EXACT | null
        The county now carries a $2-plus billion debt.                    | $2-plus billion | 2e9 | USD | MORE_THAN | null
        Rents have risen for more than two-and-a-half years.              | two-and-a-half years | 2.5 | a | MORE_THAN | null
        The odds of a winning ticket are 1 in 40,000.                     | 1 in 40,000 | 2.5e-5 | null | EXACT | null
        His pension will add up to $90,000 a year.                        | $90,000 a year | 90000 | USD | EXACT | year
        """)
    void vagueCountsFactorsSharesRangesAndRatesOfClaims(String sentence, String text, double value, String unit,
            Qualifier qualifier, String per) {
        Quantity q = Engine.firstFigure(sentence, text, value, unit);
        assertThat(q.qualifier()).isEqualTo(qualifier);
        assertThat(q.per()).isEqualTo(per);
    }

    @Test
    void aChangeByAFactorFromOneLevelToAnotherIsNoRange() {
        assertThat(Engine.quantities("Loan rates will double from 3.5 percent to 7 percent."))
                .extracting(Quantity::value, Quantity::qualifier)
                .containsExactly(tuple(3.5, Qualifier.EXACT), tuple(7.0, Qualifier.EXACT));
        Quantity q = Engine.firstFigure("Grants are worth $250 a month or $300 a month for larger families.",
                "$250 a month", 250, "USD");
        assertThat(q.per()).isEqualTo("month");
        assertThat(Engine.firstFigure("The plant will shed 300 jobs a year from now.", "300 jobs", 300, "job").per())
                .isNull();
    }

    @Test
    void agesAndPlanNamesAreNoFigures() {
        assertThat(Engine.quantities("Children as young as 5 or 6 years old take the test.")).isEmpty();
        assertThat(Engine.quantities("Pupils aged 11 to 12 years old sat the exam.")).isEmpty();
        assertThat(Engine.quantities("The bill would raise the retirement age to 69.")).isEmpty();
        assertThat(Engine.quantities("Staff can move their savings into a 401(k) plan.")).isEmpty();
        assertThat(Engine.quantities("Donors gave through a 501(c)(4) group.")).isEmpty();
    }

    @Test
    void yearsMonthsAndDaysMakeOneDuration() {
        Quantity q = Engine.firstFigure("He served 2 years, 6 months and 3 days in jail.",
                "2 years, 6 months and 3 days", 2 + 0.5 + 3 / 365.25, "a");
        assertThat(Engine.quantities("He served 2 years, 6 months and 3 days in jail.")).hasSize(1);
        assertThat(q.qualifier()).isEqualTo(Qualifier.EXACT);
        Engine.firstFigure("The strike lasted 4 months and 10 days.", "4 months and 10 days", 4 + 10 / (365.25 / 12),
                "mo");
    }
}
