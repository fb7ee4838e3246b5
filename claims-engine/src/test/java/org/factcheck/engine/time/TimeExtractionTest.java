package org.factcheck.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.factcheck.engine.model.TimeReference;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time references of claims; each sentence has a figure so that it is a claim. */
class TimeExtractionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        Exports reached $5 billion in 2020.                          | in 2020               | 2020       | 2020
        Prices have doubled, up 100%, since 2014.                    | since 2014            | 2014       | null
        The city plans 5,000 new homes by 2030.                      | by 2030               | null       | 2030
        A polemic at the end of 2020 cost 3 ministers their jobs.    | end of 2020           | 2020       | 2020
        Between 2010 and 2015 the town lost 8% of its people.        | Between 2010 and 2015 | 2010       | 2015
        In March 2021 inflation hit 4.2%.                            | In March 2021         | 2021-03    | 2021-03
        The budget for 2019-20 grew 6%.                              | 2019-20               | 2019       | 2020
        Sales fell 10% on 5 March 2021.                              | on 5 March 2021       | 2021-03-05 | 2021-03-05
        Output rose 3% in the 1990s.                                 | 1990s                 | 1990       | 1999
        Rents rose 11% last year.                                    | last year             | null       | null
        Unemployment peaked at 12% in mid-2009.                      | in mid-2009           | 2009       | 2009
        The abbey housed 60 monks in the 1300s.                      | 1300s                 | 1300       | 1399
        Coal output grew 9% in the 1800s.                            | 1800s                 | 1800       | 1899
        Sales rose 8% in the first quarter of 2024.                  | first quarter of 2024 | 2024-01    | 2024-03
        Profits fell 5% in the second half of 2023.                  | second half of 2023   | 2023-07    | 2023-12
        Revenue rose 12% in Q3 2024.                                 | in Q3 2024            | 2024-07    | 2024-09
        Arrivals reached 1.5 million in FY2023-24.                   | in FY2023-24          | 2023       | 2024
        Revenue hit Rs 450 crore in FY24.                            | in FY24               | 2024       | 2024
        Sales rose 8% in the third quarter.                          | third quarter         | null       | null
        More than 300 flights were cancelled on Monday.              | on Monday             | null       | null
        The Pentagon said Tuesday that 2 soldiers were hurt.         | Tuesday               | null       | null
        """)
    void readsTheTimeReference(String sentence, String text, String from, String to) {
        List<TimeReference> times = Engine.times(sentence);
        assertThat(times).as(sentence).isNotEmpty();
        TimeReference t = times.get(0);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.from()).isEqualTo(from);
        assertThat(t.to()).isEqualTo(to);
        assertThat(sentence.substring(t.start(), t.end())).isEqualTo(text);
    }

    @Test
    void aModelNameANewspaperOrAQuarterFinalIsNoTimeReference() {
        assertThat(Engine.times("Audi sold 500 Q3 cars.")).isEmpty();
        assertThat(Engine.times("The Sunday Times said 40 staff would go.")).isEmpty();
        assertThat(Engine.times("Since the Good Friday Agreement, 3 bodies were set up.")).isEmpty();
        assertThat(Engine.times("She lost her first quarter-final in 3 sets.")).isEmpty();
    }
}
