package org.factcheck.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.factcheck.engine.model.Quantity;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers that are not figures to check: years, dates, ages, phone and street numbers, names, times, scores. */
class NotAQuantityTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The law was passed in 2020 and amended in 2023.",
        "Relations have been tense since 2014.",
        "The plant should close by 2030.",
        "The protests of 2018 changed the country.",
        "The 2020 elections were disputed.",
        "Output fell during the 1990s.",
        "The deal was signed on 5 March 2021 in Geneva.",
        "The deal was signed on March 5, 2021, in Geneva.",
        "The summit opens on 2021-03-05 in Vienna.",
        "Revenue rose in fiscal 2019-20 and again in mid-2021.",
        "The victim, a 45-year-old teacher, was unharmed.",
        "The driver, aged 67, was taken to hospital.",
        "Maria Lopez, 34, said she would appeal.",
        "He is 45 years old and lives in Leeds.",
        "For tickets call 555-0143 or +44 20 7946 0958.",
        "The embassy is at 10 Downing Street in London.",
        "Protesters gathered at 221 Baker Street on Monday.",
        "Section 427 of the criminal code was repealed.",
        "The court cited Article 5 of the treaty.",
        "The 22nd amendment was ratified after the war.",
        "Cases of COVID-19 are rising in the north.",
        "The air force ordered more F-35 jets.",
        "Leaders met at the G20 summit in Bali.",
        "The Boeing 737 was grounded after the crash.",
        "The meeting starts at 10:30 on Tuesday.",
        "The polls close at 8 p.m. local time.",
        "Liverpool won 3-1 at Anfield.",
        "He finished 2nd in the sprint.",
        "The two countries share a border.",
        "One of the ministers resigned.",
        "The network rolled out 5G in the capital.",
        "Entry is free for children under 12.",
        "The service runs 24/7 since 12/05/2019.",
        "The marathon record is 2:01:09.",
    })
    void findsNoFigure(String sentence) {
        assertThat(Engine.quantities(sentence)).as(sentence).isEmpty();
    }

    @Test
    void yearsBecomeTimeReferencesNotCounts() {
        var extraction = Engine.extract("About 2,000 people protested in 2019, more than in 2018.");
        assertThat(extraction.claims()).hasSize(1);
        var claim = extraction.claims().get(0);
        assertThat(claim.quantities()).extracting(Quantity::value).containsExactly(2000.0);
        assertThat(claim.time()).extracting(t -> t.from()).containsExactly("2019", "2018");
    }

    @Test
    void aFourDigitCountBeforeAPluralIsACount() {
        assertThat(Engine.quantities("More than 2000 soldiers crossed the border."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2000.0, "soldier"));
    }

    @Test
    void listNumberingIsNotAFigure() {
        assertThat(Engine.quantities("1. Open the door.\n2. Close the window.")).isEmpty();
    }
}
