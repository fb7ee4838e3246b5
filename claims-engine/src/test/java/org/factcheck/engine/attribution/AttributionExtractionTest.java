package org.factcheck.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.factcheck.engine.model.Attribution;
import org.factcheck.engine.model.ClaimType;
import org.factcheck.engine.support.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionExtractionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        According to official data, 60 thousand students enrolled.          | According to official data | official data
        Inflation reached 9%, according to the central bank.               | according to the central bank | the central bank
        The minister said the deficit would shrink.                        | The minister said | The minister
        Police say the suspect fled on foot.                               | Police say | Police
        Hans Schmidt told DW that the army was not ready.                  | Hans Schmidt told DW | Hans Schmidt
        The ministry stated that 40 schools had closed.                    | The ministry stated | The ministry
        The opposition claimed that the vote was rigged.                   | The opposition claimed | The opposition
        Analysts estimated that losses would reach $2bn.                   | Analysts estimated | Analysts
        "We will rebuild the bridge," Petrov said.                         | Petrov said | Petrov
        "The numbers are alarming," said Maria Lopez, a spokeswoman.      | said Maria Lopez | Maria Lopez
        Reuters reported that 12 people died.                              | Reuters reported | Reuters
        Data from the statistics office show that wages rose 5%.           | Data from the statistics office | the statistics office
        A study by Oxford University found that one in five adults smoke.  | A study by Oxford University | Oxford University
        In surveys conducted by the Levada Center, 40% backed the plan.    | surveys conducted by the Levada Center | the Levada Center
        The finance minister, Karl Weber, told parliament the plan works.  | Karl Weber, told | Karl Weber
        The drug cut deaths by 25%, researchers reported in The Lancet.    | researchers reported | researchers
        Union leader Mark Evans, 52, told the BBC the strike would go on.   | Union leader Mark Evans, 52, told | Union leader Mark Evans
        Fares will rise, the rail operators' association said.             | the rail operators' association said | the rail operators' association
        Measles cases were confirmed in three states, officials said.      | officials said | officials
        The company sold 2 million phones, the report states.              | the report states | the report
        """)
    void findsTheSource(String sentence, String text, String source) {
        List<Attribution> found = Engine.attributions(sentence);
        assertThat(found).as(sentence).isNotEmpty();
        Attribution a = found.get(0);
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.source()).isEqualTo(source);
        assertThat(sentence.substring(a.start(), a.end())).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The report was published on Monday.",
        "He wrote an article about the war.",
        "One of the think tanks in Moscow closed.",
        "The population has grown to an estimated 870,000.",
        "It cost nearly twice the original estimate.",
        "The storm killed 31 people in three states.",
        "The deal was signed with the United States.",
        "Unemployment is highest in the southern states.",
        "The actor starred in 40 shows.",
        "The character gains weight according to how long he spends eating.",
        "His declared interests include £20,000 from newspaper articles.",
        "Dr Fox refused to discuss weekend newspaper reports that the party had repaid the loan."
    })
    void findsNoSource(String sentence) {
        assertThat(Engine.attributions(sentence)).as(sentence).isEmpty();
    }

    @Test
    void aPronounSpeakerIsTheLastNamedSpeaker() {
        List<Attribution> found = Engine.attributions(
                "Police Chief Dana Kim said crime was falling. \"We hired 150 officers,\" she said.");
        assertThat(found).extracting(Attribution::source).containsExactly("Police Chief Dana Kim",
                "Police Chief Dana Kim");
    }

    @Test
    void heIsNoGroupThatOpenedAnEarlierSentence() {
        List<Attribution> found = Engine.attributions("Chief executive Ravi Menon said sales were strong. Figures "
                + "show exports rose. Analysts said the rise would last. He said the firm would hire.");
        assertThat(found).extracting(Attribution::source).containsExactly("Chief executive Ravi Menon", "Figures",
                "Analysts", "Chief executive Ravi Menon");
    }

    @Test
    void itSaidIsTheLastBodyThatSpoke() {
        List<Attribution> found = Engine.attributions("Mayor Ana Ruiz praised the plan. The water board said bills "
                + "would rise. It said the rise would be 4%. It says a lot about the city.");
        assertThat(found).extracting(Attribution::source).containsExactly("The water board", "The water board");
    }

    @Test
    void heOrSheIsTheLastNamedPersonNotABodyNamedSince() {
        List<Attribution> found = Engine.attributions("Colonel Ana Ruiz said the convoy had left. The Defence "
                + "Ministry said it had not been informed. She said the route was cleared on Monday.");
        assertThat(found).extracting(Attribution::source).containsExactly("Colonel Ana Ruiz", "The Defence Ministry",
                "Colonel Ana Ruiz");
    }

    @Test
    void saidBeforeAClauseAfterAnAppositiveKeepsTheSubject() {
        assertThat(Engine.attributions("The Shipping Gazette, which tracks freight, said the port's fleet of 40 "
                + "tugs has stopped work.")).extracting(Attribution::source).containsExactly("The Shipping Gazette");
    }

    @Test
    void evidenceFromSomethingThatThenActsIsNoSource() {
        assertThat(Engine.attributions("The first evidence from the crash site arrived at the laboratory on Monday."))
                .isEmpty();
        assertThat(Engine.attributions("Data from the statistics office show prices rose 3% in May."))
                .extracting(Attribution::source).containsExactly("the statistics office");
    }

    @Test
    void theHeadNounAfterAPossessiveStaysInASharedSubject() {
        assertThat(Engine.attributions("But Maria's relatives in Lyon have fought to keep the house, saying they "
                + "could pay the debt.")).extracting(Attribution::source).containsExactly("Maria's relatives in Lyon");
    }

    @Test
    void aDeadlineAfterReportsIsNoSource() {
        assertThat(Engine.attributions("Most members had filed their reports by Wednesday, and all complied."))
                .isEmpty();
    }

    @Test
    void aQuoteThatGoesOnKeepsItsSpeaker() {
        String text = "\"Prices will rise,\" Petrov told DW. \"Nobody can stop it.\" The weather was fine.";
        var claims = Engine.extract(text).claims();
        assertThat(claims).hasSize(2);
        assertThat(claims.get(1).sentence()).isEqualTo(1);
        assertThat(claims.get(1).attribution().source()).isEqualTo("Petrov");
        assertThat(text.substring(claims.get(1).attribution().start(), claims.get(1).attribution().end()))
                .isEqualTo("Petrov told DW");
    }

    @Test
    void anAttributedSentenceWithoutFiguresIsAnAttributedClaim() {
        var claims = Engine.extract("The minister said the army was ready.").claims();
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(ClaimType.ATTRIBUTED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Lena Park, the health secretary, said on Monday that 300 beds would be added.   | Lena Park
        Omar Haddad, a lawyer for the family, told the court the police had lied.     | Omar Haddad
        The committee, which met on Friday, said the budget was too tight.             | The committee
        Rita Moreno, whose firm built the bridge, insisted that it was safe.           | Rita Moreno
        """)
    void anAppositiveBetweenTheSpeakerAndTheVerbIsSkipped(String sentence, String source) {
        assertSource(sentence, source);
    }

    @Test
    void aClauseBetweenCommasIsNoAppositive() {
        assertThat(Engine.attributions("We met under the old board, his record is that he cut jobs, said nothing."))
                .isEmpty();
        assertThat(Engine.attributions("Later, the generals went to the palace, said nothing and left."))
                .extracting(Attribution::source).doesNotContain("Later");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The mayor claimed the figures had been inflated.          | The mayor
        The board insisted its decision would stand.              | The board
        Prosecutors argued the defendant knew the risks.          | Prosecutors
        Engineers warned the dam could fail within days.          | Engineers
        """)
    void aVerbOfSayingWithoutThatAttributesTheClauseAfterIt(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The champion claimed the title for a third time.",
        "The storm claimed the lives of four fishermen.",
        "The guide explains why the river floods every spring.",
        "The film tells the story of a mining town.",
        "She told the truth about the accident.",
        "The works went according to plan.",
        "Trains ran according to schedule despite the snow."
    })
    void aVerbOfSayingWithAnObjectIsNoAttribution(String sentence) {
        assertThat(Engine.attributions(sentence)).as(sentence).isEmpty();
    }

    @Test
    void anAsClauseOpeningTheSentenceNamesTheSpeaker() {
        assertThat(Engine.attributions("As the governor noted in her address, unemployment has halved."))
                .extracting(Attribution::source).containsExactly("the governor");
        assertThat(Engine.attributions("As noted above, the scheme closes in March.")).isEmpty();
    }

    @Test
    void aPrepositionalPhraseMayComeBetweenTheVerbAndThat() {
        assertThat(Engine.attributions("The regulator wrote in its yearly review that fees had risen 8%."))
                .extracting(Attribution::source).containsExactly("The regulator");
    }

    @Test
    void aReportAfterADeterminerIsANounNotAVerb() {
        assertThat(Engine.attributions("Inspectors set out in their final report that 12 pumps had failed."))
                .extracting(Attribution::source).noneMatch(source -> source.contains("final"));
        assertThat(Engine.attributions("The claim that 12 pumps had failed was denied.")).isEmpty();
    }

    @Test
    void thePassiveWithByNamesTheSource() {
        Attribution a = Engine.attributions("It was reported by state television that the airport had closed.").get(0);
        assertThat(a.source()).isEqualTo("state television");
        assertThat(a.text()).isEqualTo("reported by state television");
        assertThat(Engine.attributions("The nominee was confirmed by the Senate in May.")).isEmpty();
    }

    @Test
    void anInvertedSpeakerIsNoClauseSubject() {
        assertThat(Engine.attributions("The plan, drawn up in 2019, said the city would need 40,000 homes."))
                .extracting(Attribution::source).doesNotContain("the city");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        According to a survey by the Pew Research Center, 61% approve.                  | the Pew Research Center
        A poll by Ipsos suggested that most voters were undecided.                      | Ipsos
        The audit, published by the National Audit Office, said costs had doubled.      | the National Audit Office
        A paper published in Science found that the reef was recovering.               | Science
        Official figures released on Friday show that exports fell 3%.                  | Official figures
        """)
    void theSourceOfEvidenceIsWhoProducedIt(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Voters who said they were undecided were asked again.",
        "The union met the managers and said nothing.",
        "A paper published in March found no effect."
    })
    void aClauseWordIsNeverTheSpeaker(String sentence) {
        assertThat(Engine.attributions(sentence)).as(sentence).extracting(Attribution::source)
                .noneMatch(source -> source.endsWith(" who") || source.endsWith(" and") || source.contains("March"));
    }

    @Test
    void aSpeakerDoesNotRunBackOverAnotherVerbOfSaying() {
        assertThat(Engine.attributions("A neighbour called and said Nora Fry said the house was empty."))
                .extracting(Attribution::source).containsExactly("Nora Fry");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        "The plan is dead," Mr. Halvorsen said.                           | Mr. Halvorsen
        "We will appeal," said Sen. Maria Ortiz.                          | Sen. Maria Ortiz
        Gov. Dana Whitfield said the budget would balance.                | Gov. Dana Whitfield
        Thomas J. Brennan told reporters the mill would close.            | Thomas J. Brennan
        "The report is overdue," said the Rev. Paul Okoye.                 | the Rev. Paul Okoye
        """)
    void aTitleOrAnInitialWithItsDotStaysInTheName(String sentence, String source) {
        assertSource(sentence, source);
    }

    @Test
    void twoApostrophesAreAQuotationMark() {
        assertSource("''Nobody saw it coming,'' said Ms. Varga.", "Ms. Varga");
        assertSource("''The rules are clear,'' Mr. Okafor said.", "Mr. Okafor");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        "It is a bad deal," Rep. Lena Marsh (D-Ore.) said Friday.                     | Rep. Lena Marsh
        "We have the votes," Senate Majority Whip Carl Dunn, R-Tenn., said Tuesday.   | Senate Majority Whip Carl Dunn
        Sen. Ada Lund (R-Mont.) told reporters the bill was dead.                      | Sen. Ada Lund
        """)
    void aPartyAndStateAfterTheNameAreNoPartOfIt(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        "What I would say is that the deal works," the spokesman said at a briefing.   | the spokesman
        "As we noted, turnout fell," said Paula Grant, a campaign adviser.             | Paula Grant
        The governor said, "I think the vote will be close.                            | The governor
        I would say, 'That is absurd,'" the coach added.                                | the coach
        """)
    void theVerbsOfAQuoteBelongToTheQuote(String sentence, String source) {
        assertSource(sentence, source);
    }

    @Test
    void anAttributionClauseAtTheEndGovernsTheSentence() {
        assertSource("The mayor had told aides that she would not run again, a person close to her said.",
                "a person close to her");
        assertSource("Ms. Diaz told the board she would resign, two people briefed on the meeting said.",
                "two people briefed on the meeting");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Richard Coles, director of the Center for Urban Policy, said the plan was flawed.          | Richard Coles
        Senator Joan Pike, Democrat of Vermont, said the bill would pass.                         | Senator Joan Pike
        Hargrove, speaking to supporters in Toledo, said the polls were wrong.                    | Hargrove
        Daniel Reyes, who served as ambassador to Chile from 2009 until last spring, said the talks had stalled. | Daniel Reyes
        Anna Fischer, a former aide who travelled with the senator in 2014, said the trip mattered. | Anna Fischer
        "The talks are over," Lukas Berg, the union's negotiator, said Thursday morning.          | Lukas Berg
        Paula Reyes, a spokeswoman for the union, said the workers expected a raise.              | Paula Reyes
        The chief executive of Nordbank, Elin Sand, said profits had risen.                        | Elin Sand
        """)
    void aNameKeepsItsAppositiveOutOfTheSource(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The senator wouldn't say whether she would run.",
        "The company declined to say how many jobs would go.",
        "The minister has never said the tax would rise.",
        "Do you really think the plan will work?",
        "Nobody knows what the minister thinks about the tax.",
        "Offshore profits are rarely reported in full.",
        "We have been told that the road will reopen.",
        "Having said that, the council approved the budget.",
        "In a letter posted on Friday the council approved the budget.",
        "Let's say the bridge costs more than planned.",
        "Let me simply say that the plan is sound.",
        "I think that is why turnout fell.",
        "The figures contradict the minister's earlier claim that crime fell."
    })
    void aDeniedQuestionedOrSupposedStatementIsNoAttribution(String sentence) {
        assertThat(Engine.attributions(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Officials who reviewed the documents told the newspaper the deal was legal.   | Officials
        Two people who attended the meeting said the vote was close.                  | Two people
        Hargrove on Monday said the plant would stay open.                            | Hargrove
        The ministry this week also said exports had fallen.                          | The ministry
        Marta Kowalski forcefully told the committee that the funds were spent.       | Marta Kowalski
        I think the minister genuinely believes that prices will fall.                | the minister
        """)
    void theSpeakerIsTheNounPhraseNotItsClauseOrTime(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Ortega criticised the budget on Tuesday, saying it would hurt farmers.                    | Ortega
        During a rally in Leeds, the minister attacked the plan, arguing that it was unaffordable. | the minister
        Donald Ferris, the party's treasurer, backed the bid and said the money was there.        | Donald Ferris
        Sen. Ada Lund quietly dropped her objection and said she would vote for the bill.         | Sen. Ada Lund
        """)
    void aSayingVerbThatSharesTheMainSubjectNamesIt(String sentence, String source) {
        assertSource(sentence, source);
    }

    @Test
    void aSharedSubjectPronounIsTheLastNamedSpeaker() {
        assertThat(Engine.attributions(
                "Mayor Ruth Adler said the tax was fair. She later defended the remark, saying it was a joke."))
                .extracting(Attribution::source).containsExactly("Mayor Ruth Adler", "Mayor Ruth Adler");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The river rose overnight, flooding the town.",
        "The firm posted a loss, saying nothing about jobs.",
        "Leaders who opposed the plan embraced it, warning that costs would rise.",
        "As president I would make sure that the checks were introduced and maintained."
    })
    void aParticipleWithoutAStatementOrAClearSubjectIsNoAttribution(String sentence) {
        assertThat(Engine.attributions(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The governor is warning voters that the levy would double.              | The governor
        The White House is saying that the figures prove its case.              | The White House
        Bonuses fell by a third last year, The Harbour Gazette reports.         | The Harbour Gazette
        "It all went too fast," Ms. Pryce recalled of the hearing.              | Ms. Pryce
        Pryce Says Tax Plan Will Pass.                                          | Pryce
        """)
    void aProgressiveOrAClosingReportingClauseAttributes(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The senator is not saying whether she will run.",
        "The figures come from Marsh, an editor at the Cook Political Report.",
        "Nobody on the board is arguing, since the numbers are clear."
    })
    void aNameOrANonStatementIsNoReportingClause(String sentence) {
        assertThat(Engine.attributions(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Mr. Varga and Ms. Lind say the rules were broken.                      | Mr. Varga and Ms. Lind
        Federal and state officials said the bridge was safe.                  | Federal and state officials
        The mayor now says the tunnel will open in May.                        | The mayor
        Shortly after the governor said the budget was balanced, bonds fell.   | the governor
        Everything the minister says about the tax is contested.               | the minister
        "It was a mistake," said Representative Anne Lowry of Ohio.            | Representative Anne Lowry of Ohio
        Data from the 2021 National Travel Survey show that cycling rose.      | the 2021 National Travel Survey
        """)
    void theSourceIsTheWholeNounPhraseAndNoMore(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Sales rose and experts said the rally would last.",
        "Data from the 2021 survey show that cycling rose."
    })
    void aCoordinatedClauseOrAnEmptyProducerIsNoSource(String sentence) {
        assertThat(Engine.attributions(sentence)).as(sentence).extracting(Attribution::source)
                .noneMatch(source -> source.startsWith("Sales") || source.equals("the"));
    }

    @Test
    void aRelativeClauseWithItsOwnClauseIsNoSpeaker() {
        assertThat(Engine.attributions("Another thing that worried me was what the mayor said about taxes."))
                .extracting(Attribution::source).noneMatch(source -> source.contains("Another thing"));
    }

    @Test
    void anAccordingToInsideAQuoteIsTheQuotedSpeakers() {
        assertSource("The auditors reported that the firm \"holds 40 shell companies, according to its own website.\"",
                "The auditors");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        A new poll shows that the mayor leads by six points.                 | A new poll
        Video shows that the officer had his hands raised.                   | Video
        The Real Clear Politics average shows the governor ahead by 3 points. | The Real Clear Politics average
        """)
    void evidenceShowsWhatItShows(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Meanwhile the finance minister said the deficit would shrink.          | the finance minister
        Yet the regulator says prices will rise next year.                     | the regulator
        However the union said the strike would go ahead.                      | the union
        Now analysts say growth will slow.                                     | analysts
        Or so says the Home Secretary.                                         | the Home Secretary
        The three lenders all said mortgage approvals were slowing.           | The three lenders
        Earlier this week the regulator said fines would double.              | the regulator
        Last year's police figures show that burglaries fell.                 | Last year's police figures
        Monday night's results showed the mayor ahead.                        | Monday night's results
        """)
    void anOpeningAdverbOrAFloatingAllIsNoPartOfTheSpeaker(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        According to the annual report the firm lost 40,000 customers.              | the annual report
        According to figures gathered by the council many residents left.          | the council
        According to the conservative-leaning Tax Foundation, taxes would rise.     | the conservative-leaning Tax Foundation
        A recent report from the audit office reflects the strain on hospitals.    | the audit office
        Early estimates from the World Bank put the cost at about $5bn.            | the World Bank
        """)
    void aSourceEndsWhereANewClauseBegins(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Spain, Italy and Greece said the quota was unfair.                                  | Spain, Italy and Greece
        The Royal College of Nursing, the Doctors' Union and the Patients Association all said waits were rising. | The Royal College of Nursing, the Doctors' Union and the Patients Association
        The Nurses' Union and the Ministry of Health said the deal was close.             | The Nurses' Union and the Ministry of Health
        At the summit, Spain and Italy said the quota was unfair.                          | Spain and Italy
        """)
    void aListOfNamesThatOpensTheSentenceSpeaksTogether(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        "Prices will rise before they fall," said one trader.                       | one trader
        "The recovery is under way," said central bank governor Lena Holm.          | central bank governor Lena Holm
        "We kept our costs down," said chief financial officer Omar Diallo, on Monday. | chief financial officer Omar Diallo
        The vote was a setback, said analysts at the bank.                          | analysts at the bank
        """)
    void aSpeakerAfterSaidMayOpenInLowerCase(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "\"I would not rule it out,\" the minister said dryly.",
        "The company cut jobs, said prices would rise and kept its forecast.",
        "\"No,\" the coach said, and said little else."
    })
    void aMannerOrAClauseAfterSaidIsNoSpeaker(String sentence) {
        assertThat(Engine.attributions(sentence)).extracting(Attribution::source)
                .noneMatch(source -> source.equals("dryly") || source.startsWith("prices") || source.startsWith("little"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Mayor Ines Park, 61, who has run the city since 2014, said the budget was balanced.        | Mayor Ines Park
        The bakery chain, led by its new chief executive Tom Vale, said sales had recovered.       | The bakery chain
        The agency, reporting its first results since the merger, said costs had fallen.        | The agency
        Nordbank, the lender that is trying to buy its rival, has said it will raise its dividend. | Nordbank
        """)
    void anAppositiveWithAnAgeAParticipleOrARelativeClauseIsSkipped(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        On Tuesday police said the bridge would reopen.                 | police
        In March 2019 the regulator said fares were too high.           | the regulator
        Channel 5 reported that ratings had fallen.                     | Channel 5
        """)
    void aTimeOpeningTheSentenceOrANumberInANameFramesTheSpeaker(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Senator Mia Holt on Friday attacked the bill, saying it would raise rents.      | Senator Mia Holt
        She went on to criticise the council, saying the budget was unfair.             | She
        """)
    void aSayingParticipleSharesTheSubjectPastATimeOrAnUnresolvedPronoun(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The mayor suggested that the tax had driven shops away.              | The mayor
        The auditor concluded that the ministry had overpaid.               | The auditor
        Recent polling shows the senator ahead in both counties.             | Recent polling
        """)
    void aFindingVerbBeforeThatAttributesToAnySpeaker(String sentence, String source) {
        assertSource(sentence, source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The operator announced last week that it would close two lines.      | The operator
        The coastguard warned on Tuesday that the storm would worsen.        | The coastguard
        Lena Ortiz confirmed earlier this month that she would stand again. | Lena Ortiz
        """)
    void aTimeBetweenTheVerbAndThatKeepsTheAttribution(String sentence, String source) {
        assertSource(sentence, source);
    }

    private static void assertSource(String sentence, String source) {
        assertThat(Engine.attributions(sentence)).as(sentence).extracting(Attribution::source).containsExactly(source);
    }
}
