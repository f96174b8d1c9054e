package org.frontline.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.vocabulary.DatePrecision.DAY;
import static org.frontline.vocabulary.DatePrecision.MONTH;
import static org.frontline.vocabulary.DatePrecision.UNKNOWN;
import static org.frontline.vocabulary.DatePrecision.WEEK;
import static org.frontline.vocabulary.PlaceKind.COUNTRY;
import static org.frontline.vocabulary.PlaceKind.REGION;
import static org.frontline.vocabulary.PlaceKind.SETTLEMENT;
import static org.frontline.vocabulary.PlaceKind.WATER;

import java.time.LocalDate;
import java.util.List;
import org.frontline.extraction.ExtractedEvent;
import org.frontline.vocabulary.EventType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The event stage on short hand-written reports (none of their places or people is in the seed articles). */
class EventExtractorTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 10, 2);
    private static final LocalDate SATURDAY = LocalDate.of(2022, 10, 1);
    private static final LocalDate FRIDAY = LocalDate.of(2022, 9, 30);

    private static ExtractedEvent event(EventType type, String title, LocalDate date,
            org.frontline.vocabulary.DatePrecision precision, List<String> places, ArticleFixture article,
            String... evidence) {
        return new ExtractedEvent(type, title, date, precision, places, List.of(), List.of(), List.of(),
                java.util.Arrays.stream(evidence).map(article::sentence).toList());
    }

    @Nested
    class EachTypeFromItsTriggers {

        @Test
        void liberatedTownWithADayIsTerritoryRegainedOnThatDay() {
            ArticleFixture article = ArticleFixture.of("Ukrainian forces liberated Lyman on Saturday.")
                    .place("Lyman", SETTLEMENT, "UA")
                    .time("Saturday", SATURDAY, DAY);

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.TERRITORY_REGAINED,
                    "Ukrainian forces regain control of Lyman", SATURDAY, DAY, List.of("Lyman"), article,
                    "liberated Lyman"));
        }

        @Test
        void groundTakenByTheOtherSideIsTerritoryCaptured() {
            ArticleFixture article = ArticleFixture.of("Russian forces seized Soledar.")
                    .place("Soledar", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.TERRITORY_CAPTURED,
                    "Russian forces capture Soledar", PUBLISHED, WEEK, List.of("Soledar"), article, "seized"));
        }

        @Test
        void raisingTheCountrysOwnFlagOverATownIsTerritoryRegained() {
            ArticleFixture article = ArticleFixture.of("Soldiers raised the Ukrainian flag over Snihurivka.")
                    .place("Snihurivka", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.TERRITORY_REGAINED,
                    "Ukrainian forces regain control of Snihurivka", PUBLISHED, WEEK, List.of("Snihurivka"),
                    article, "raised"));
        }

        @Test
        void aWithdrawalHappensWhereTroopsLeaveNotWhereTheyGo() {
            ArticleFixture article = ArticleFixture.of("Russian troops withdrew from Kreminna to Starobilsk.")
                    .place("Kreminna", SETTLEMENT, "UA")
                    .place("Starobilsk", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.WITHDRAWAL,
                    "Russian forces withdraw from Kreminna", PUBLISHED, WEEK, List.of("Kreminna"), article,
                    "withdrew"));
        }

        @Test
        void leavingIsAWithdrawalOnlyWhenAPlaceIsLeft() {
            ArticleFixture article = ArticleFixture.of("""
                    In Kreminna, Russian troops left tanks and ammunition.
                    Russian troops left Kreminna.
                    """)
                    .place("Kreminna", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.WITHDRAWAL,
                    "Russian forces withdraw from Kreminna", PUBLISHED, WEEK, List.of("Kreminna"), article,
                    "troops left Kreminna"));
        }

        @Test
        void strikesOnSeveralTownsInOneReportAreOneAttackWithEveryTown() {
            ArticleFixture article = ArticleFixture.of("Russian forces shelled Nikopol, Marhanets and Pokrov.")
                    .place("Nikopol", SETTLEMENT, "UA")
                    .place("Marhanets", SETTLEMENT, "UA")
                    .place("Pokrov", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.ATTACK,
                    "Russian shelling near Nikopol, Marhanets and Pokrov", PUBLISHED, WEEK,
                    List.of("Nikopol", "Marhanets", "Pokrov"), article, "shelled"));
        }

        @Test
        void killingIsCivilianHarmWhenCiviliansDieAndAnAttackOtherwise() {
            ArticleFixture article = ArticleFixture.of("""
                    Two civilians were killed in Kramatorsk.
                    Two soldiers were killed near Sloviansk.
                    """)
                    .place("Kramatorsk", SETTLEMENT, "UA")
                    .place("Sloviansk", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).containsExactly(
                    event(EventType.CIVILIAN_HARM, "People killed in Kramatorsk", PUBLISHED, WEEK,
                            List.of("Kramatorsk"), article, "civilians"),
                    event(EventType.ATTACK, "People killed near Sloviansk", PUBLISHED, WEEK,
                            List.of("Sloviansk"), article, "soldiers"));
        }

        @Test
        void anExhumedGraveIsAMassGrave() {
            ArticleFixture article = ArticleFixture.of("Investigators exhumed a mass grave near Lyman.")
                    .place("Lyman", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.MASS_GRAVE,
                    "Mass grave found near Lyman", PUBLISHED, WEEK, List.of("Lyman"), article, "exhumed"));
        }

        @Test
        void aPledgeIsAnAidPledgeWhereItWasMade() {
            ArticleFixture article = ArticleFixture.of("The chancellor pledged new aid to Ukraine in Berlin.")
                    .place("Ukraine", COUNTRY, "UA")
                    .place("Berlin", SETTLEMENT, "DE");

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.AID_PLEDGE,
                    "Aid pledge announced in Berlin", PUBLISHED, WEEK, List.of("Berlin"), article, "pledged"));
        }

        @Test
        void aReferendumIsPolitical() {
            ArticleFixture article = ArticleFixture.of("Officials in Melitopol announced a referendum.")
                    .place("Melitopol", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.POLITICAL,
                    "Referendum: Melitopol", PUBLISHED, WEEK, List.of("Melitopol"), article, "referendum"));
        }

        @Test
        void aCallToEvacuateIsAnEvacuation() {
            ArticleFixture article = ArticleFixture.of("Authorities urged residents to evacuate Vuhledar.")
                    .place("Vuhledar", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.EVACUATION,
                    "Evacuation of Vuhledar", PUBLISHED, WEEK, List.of("Vuhledar"), article, "evacuate"));
        }
    }

    @Nested
    class WhatIsNotReportedAsHappening {

        @Test
        void negatedAndDeniedTriggersAreNoEvents() {
            ArticleFixture article = ArticleFixture.of("""
                    Russian forces did not capture Vuhledar.
                    Officials denied recapturing Kreminna.
                    Troops failed to retake Svitlodarsk.
                    """)
                    .place("Vuhledar", SETTLEMENT, "UA")
                    .place("Kreminna", SETTLEMENT, "UA")
                    .place("Svitlodarsk", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).isEmpty();
        }

        @Test
        void possibleThreatenedPlannedAndConditionalTriggersAreNoEvents() {
            ArticleFixture article = ArticleFixture.of("""
                    Russian units may attack Zaporizhzhia.
                    Moscow threatened to strike Lviv.
                    Ukraine plans to retake Tokmak.
                    The capture of Avdiivka, if confirmed, would be a blow.
                    """)
                    .place("Zaporizhzhia", SETTLEMENT, "UA")
                    .place("Lviv", SETTLEMENT, "UA")
                    .place("Tokmak", SETTLEMENT, "UA")
                    .place("Avdiivka", SETTLEMENT, "UA")
                    .place("Moscow", SETTLEMENT, "RU")
                    .place("Ukraine", COUNTRY, "UA");

            assertThat(article.extract(PUBLISHED)).isEmpty();
        }

        @Test
        void aQuotedVowIsRhetoricButAQuotedPastReportCounts() {
            String text = "“We will liberate Melitopol. We liberated Robotyne,” the general said.";
            ArticleFixture article = ArticleFixture.of(text)
                    .place("Melitopol", SETTLEMENT, "UA")
                    .place("Robotyne", SETTLEMENT, "UA")
                    .quote("We will liberate Melitopol. We liberated Robotyne,", null);

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::type, ExtractedEvent::placeKeys)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.TERRITORY_REGAINED,
                            List.of("Robotyne")));
        }

        @Test
        void aNounTriggerWhosePredicateIsNegatedIsNoEvent() {
            ArticleFixture article = ArticleFixture.of("Officials said talks in Istanbul were not possible.")
                    .place("Istanbul", SETTLEMENT, "TR");

            assertThat(article.extract(PUBLISHED)).isEmpty();
        }

        @Test
        void aPromiseOfAidIsAPledgeEvenInTheFuture() {
            ArticleFixture article = ArticleFixture.of(
                    "The Netherlands will send tanks to Ukraine, the minister said in The Hague.")
                    .place("The Hague", SETTLEMENT, "NL")
                    .place("Ukraine", COUNTRY, "UA");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::type, ExtractedEvent::placeKeys)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.AID_PLEDGE, List.of("The Hague")));
        }

        @Test
        void historyWithAnOldDateIsBackground() {
            ArticleFixture article = ArticleFixture.of("""
                    Russian troops captured Mariupol in May.
                    Occupation forces seized Enerhodar in 2014.
                    """)
                    .place("Mariupol", SETTLEMENT, "UA")
                    .place("Enerhodar", SETTLEMENT, "UA")
                    .time("May", LocalDate.of(2022, 5, 1), MONTH)
                    .time("2014", LocalDate.of(2014, 1, 1), UNKNOWN);

            assertThat(article.extract(PUBLISHED)).isEmpty();
        }

        @Test
        void theSettingOfAnotherReportIsBackground() {
            ArticleFixture article = ArticleFixture.of("""
                    Residents returned after the withdrawal from Lyman.
                    Having retaken Lyman, Ukrainian forces moved east.
                    Soldiers patrolled the liberated town of Siversk.
                    """)
                    .place("Lyman", SETTLEMENT, "UA")
                    .place("Siversk", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).isEmpty();
        }

        @Test
        void villagesInGeneralAreNoPlace() {
            ArticleFixture article = ArticleFixture.of(
                    "In Yampil, one of dozens of villages that were liberated, reporters saw burnt tanks.")
                    .place("Yampil", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).isEmpty();
        }

        @Test
        void namedExamplesMakeAPluralOfPlacesSpecific() {
            ArticleFixture article = ArticleFixture.of("""
                    The army said it had retaken more than 30 settlements in the Kyiv region, including Irpin and Bucha.
                    """)
                    .place("Kyiv region", REGION, "UA")
                    .place("Irpin", SETTLEMENT, "UA")
                    .place("Bucha", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::placeKeys)
                    .containsExactly(List.of("Irpin", "Bucha"));
        }

        @Test
        void aWeaponNamedAsAnObjectReportsNoAttack() {
            ArticleFixture article = ArticleFixture.of("""
                    Denmark will donate its artillery to Ukraine, the minister said in Aarhus.
                    A missile hit a school in Kostiantynivka.
                    """)
                    .place("Aarhus", SETTLEMENT, "DK")
                    .place("Ukraine", COUNTRY, "UA")
                    .place("Kostiantynivka", SETTLEMENT, "UA")
                    .word("donate", "donate", "VB");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::type, ExtractedEvent::placeKeys)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(EventType.AID_PLEDGE, List.of("Aarhus")),
                            org.assertj.core.groups.Tuple.tuple(EventType.ATTACK, List.of("Kostiantynivka")));
        }

        @Test
        void aReportThatNamesOnlyACountryIsNoEvent() {
            ArticleFixture article = ArticleFixture.of("Russian missiles struck Ukraine.")
                    .place("Ukraine", COUNTRY, "UA");

            assertThat(article.extract(PUBLISHED)).isEmpty();
        }
    }

    @Nested
    class Dates {

        @Test
        void aReportWithoutATimeIsDatedByItsArticleToTheWeek() {
            ArticleFixture article = ArticleFixture.of("Ukrainian forces recaptured Lyman.")
                    .place("Lyman", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::date, ExtractedEvent::datePrecision)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(PUBLISHED, WEEK));
        }

        @Test
        void withoutAnArticleDateAnUndatedReportHasNoDate() {
            ArticleFixture article = ArticleFixture.of("Ukrainian forces recaptured Lyman.")
                    .place("Lyman", SETTLEMENT, "UA");

            assertThat(article.extract(null)).extracting(ExtractedEvent::date, ExtractedEvent::datePrecision)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(null, UNKNOWN));
        }

        @Test
        void aLaterTimeIsAPlanNotTheDateOfThePledge() {
            ArticleFixture article = ArticleFixture.of("In Oslo, the minister pledged aid for 2023.")
                    .place("Oslo", SETTLEMENT, "NO")
                    .time("2023", LocalDate.of(2023, 1, 1), UNKNOWN)
                    .time("for 2023", LocalDate.of(2023, 1, 1), DAY);

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::date, ExtractedEvent::datePrecision)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(PUBLISHED, WEEK));
        }

        @Test
        void eachTriggerTakesTheTimeNearestToIt() {
            ArticleFixture article = ArticleFixture.of(
                    "The fall of Lyman on Saturday was the worst defeat since troops were pushed from Kyiv in March.")
                    .place("Lyman", SETTLEMENT, "UA")
                    .place("Kyiv", SETTLEMENT, "UA")
                    .time("Saturday", SATURDAY, DAY)
                    .time("March", LocalDate.of(2022, 3, 1), MONTH);

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::placeKeys, ExtractedEvent::date)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("Lyman"), SATURDAY));
        }

        @Test
        void aPlaceReferredBackToBringsTheTimeOfItsSentence() {
            ArticleFixture article = ArticleFixture.of("""
                    On Friday, footage appeared from Lyman.
                    It showed a Ukrainian flag being raised over the town.
                    """)
                    .place("Lyman", SETTLEMENT, "UA")
                    .time("Friday", FRIDAY, DAY);

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.TERRITORY_REGAINED,
                    "Ukrainian forces regain control of Lyman", FRIDAY, DAY, List.of("Lyman"), article,
                    "footage", "showed"));
        }
    }

    @Nested
    class Places {

        @Test
        void aSettlementIsPreferredToItsRegionAndCountry() {
            ArticleFixture article = ArticleFixture.of(
                    "Ukrainian troops retook Robotyne in the Zaporizhzhia region of Ukraine.")
                    .place("Robotyne", SETTLEMENT, "UA")
                    .place("Zaporizhzhia region", REGION, "UA")
                    .place("Ukraine", COUNTRY, "UA");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::placeKeys)
                    .containsExactly(List.of("Robotyne"));
        }

        @Test
        void aRegionIsKeptWhenNoSettlementIsNamed() {
            ArticleFixture article = ArticleFixture.of("Heavy fighting raged across the Zaporizhzhia region.")
                    .place("Zaporizhzhia region", REGION, "UA");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::placeKeys)
                    .containsExactly(List.of("Zaporizhzhia region"));
        }

        @Test
        void aRiverGivesWayToTheTownOnIt() {
            ArticleFixture article = ArticleFixture.of("Ukrainian forces sank a barge on the Inhulets near Davydiv.")
                    .place("Inhulets", WATER, "UA")
                    .place("Davydiv", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::placeKeys)
                    .containsExactly(List.of("Davydiv"));
        }

        @Test
        void placesNamedForAnotherReasonAreNotWhereItHappened() {
            ArticleFixture article = ArticleFixture.of("""
                    LVIV: Russian missiles struck Kovel.
                    The governor of Mykolaiv said Russian forces shelled Ochakiv.
                    Moscow-backed officials in Enerhodar announced a referendum.
                    Moscow said its troops withdrew from Lyman.
                    Kyiv's army recaptured Pisky.
                    """)
                    .place("Lviv", "Lviv", SETTLEMENT, "UA", null, "LVIV")
                    .place("Kovel", SETTLEMENT, "UA")
                    .place("Mykolaiv", SETTLEMENT, "UA")
                    .place("Ochakiv", SETTLEMENT, "UA")
                    .place("Moscow", SETTLEMENT, "RU")
                    .place("Enerhodar", SETTLEMENT, "UA")
                    .place("Lyman", SETTLEMENT, "UA")
                    .place("Kyiv", SETTLEMENT, "UA")
                    .place("Pisky", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::placeKeys).containsExactly(
                    List.of("Kovel"), List.of("Ochakiv"), List.of("Enerhodar"), List.of("Lyman"), List.of("Pisky"));
        }

        @Test
        void aPlaceInsideAnOrganizationsNameIsNotAPlaceOfTheEvent() {
            ArticleFixture article = ArticleFixture.of(
                    "The Kherson Regional Council said Russian forces shelled Beryslav.")
                    .place("Kherson", SETTLEMENT, "UA")
                    .place("Beryslav", SETTLEMENT, "UA")
                    .organization("council", "Kherson Regional Council");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::placeKeys,
                    ExtractedEvent::organizationKeys)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("Beryslav"), List.of("council")));
        }

        @Test
        void eachPlaceBelongsToTheTriggerNearestToIt() {
            ArticleFixture article = ArticleFixture.of(
                    "Ukrainian troops liberated Lyman, while Russian forces shelled Kupol.")
                    .place("Lyman", SETTLEMENT, "UA")
                    .place("Kupol", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::type, ExtractedEvent::placeKeys)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(EventType.TERRITORY_REGAINED, List.of("Lyman")),
                            org.assertj.core.groups.Tuple.tuple(EventType.ATTACK, List.of("Kupol")));
        }

        @Test
        void aParticipleClauseAfterACommaLeavesThePlacesBeforeItToTheMainClause() {
            ArticleFixture article = ArticleFixture.of(
                    "Troops repelled an assault near Robotyne in the Zaporizhzhia region, destroying two tanks.")
                    .place("Robotyne", SETTLEMENT, "UA")
                    .place("Zaporizhzhia region", REGION, "UA")
                    .word("destroying", "destroy", "VBG");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::type, ExtractedEvent::placeKeys)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.ATTACK, List.of("Robotyne")));
        }

        @Test
        void aRelativeClauseIsAboutTheWordBeforeIt() {
            ArticleFixture article = ArticleFixture.of("""
                    Officials in Polohy discussed the call, which was captured on tape.
                    Soldiers walked through Izbytske, which was recently liberated.
                    Soldiers walked through Vovchansk, which was liberated on Friday.
                    """)
                    .place("Polohy", SETTLEMENT, "UA")
                    .place("Izbytske", SETTLEMENT, "UA")
                    .place("Vovchansk", SETTLEMENT, "UA")
                    .time("Friday", FRIDAY, DAY);

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::placeKeys, ExtractedEvent::date)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("Vovchansk"), FRIDAY));
        }

        @Test
        void aPlaceSomethingIsLocatedFromIsNotWhereItHappened() {
            ArticleFixture article = ArticleFixture.of("""
                    Fighting raged to the east of the city of Kupol.
                    Fighting raged 20 km east of Vovchansk.
                    """)
                    .place("Kupol", SETTLEMENT, "UA")
                    .place("Vovchansk", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::placeKeys)
                    .containsExactly(List.of("Vovchansk"));
        }

        @Test
        void theTownRefersBackToTheTownNamedBefore() {
            ArticleFixture article = ArticleFixture.of("""
                    Ukrainian soldiers reached Lyman.
                    Russian units fled the town.
                    """)
                    .place("Lyman", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.WITHDRAWAL,
                    "Russian forces withdraw from Lyman", PUBLISHED, WEEK, List.of("Lyman"), article,
                    "reached", "fled"));
        }

        @Test
        void theTownIsTheOneIntroducedAsATownRatherThanTheLastNamed() {
            ArticleFixture article = ArticleFixture.of("""
                    Troops left the town of Marinka, the worst loss since the fall of Pisky.
                    Russian forces took control of the town.
                    """)
                    .place("Marinka", SETTLEMENT, "UA")
                    .place("Pisky", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::type, ExtractedEvent::placeKeys)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(EventType.WITHDRAWAL, List.of("Marinka")),
                            org.assertj.core.groups.Tuple.tuple(EventType.TERRITORY_CAPTURED, List.of("Marinka")));
        }

        @Test
        void bothCitiesReferBackToBothCitiesNamedBefore() {
            ArticleFixture article = ArticleFixture.of("""
                    Shops closed in Vovchansk and Kupol.
                    Officials asked residents to evacuate both cities.
                    """)
                    .place("Vovchansk", SETTLEMENT, "UA")
                    .place("Kupol", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::type, ExtractedEvent::placeKeys)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.EVACUATION,
                            List.of("Vovchansk", "Kupol")));
        }

        @Test
        void aSceneSetByInXCarriesToTheReportageAfterIt() {
            ArticleFixture article = ArticleFixture.of("""
                    In Yampil, reporters saw burnt vehicles.
                    Two bodies lay in a courtyard.
                    """)
                    .place("Yampil", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.CIVILIAN_HARM,
                    "Bodies found in Yampil", PUBLISHED, WEEK, List.of("Yampil"), article, "reporters",
                    "bodies"));
        }

        @Test
        void aPlacesSpellingRepeatedWhereThePlaceStageDidNotMarkItStillNamesIt() {
            ArticleFixture article = ArticleFixture.of("""
                    Troops entered the town of Lyman.
                    Russian troops withdrew from Lyman on Saturday.
                    """)
                    .placeMarkedOnlyAt(1, "Lyman", SETTLEMENT, "UA")
                    .personMarkedOnlyAt(2, "misread", "Lyman")
                    .time("Saturday", SATURDAY, DAY);

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::type, ExtractedEvent::placeKeys)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.WITHDRAWAL, List.of("Lyman")));
        }

        @Test
        void theTownRefersBackToATownNamedEarlierInTheSameSentence() {
            ArticleFixture article = ArticleFixture.of(
                    "Officials stayed in Oleshky, but residents said convoys had left the town overnight.")
                    .place("Oleshky", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::type, ExtractedEvent::placeKeys)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.WITHDRAWAL, List.of("Oleshky")));
        }

        @Test
        void aPlaceNamingAnOfficialsPostIsNotWhereTheEventHappened() {
            ArticleFixture article = ArticleFixture.of(
                    "Mykolaiv regional governor Vitaliy Kim urged the remaining residents of Ochakiv to evacuate.")
                    .place("Mykolaiv", SETTLEMENT, "UA")
                    .place("Ochakiv", SETTLEMENT, "UA")
                    .person("kim", "Vitaliy Kim");

            assertThat(article.extract(PUBLISHED)).containsExactly(new ExtractedEvent(EventType.EVACUATION,
                    "Evacuation of Ochakiv", PUBLISHED, WEEK, List.of("Ochakiv"), List.of("kim"), List.of(),
                    List.of(), List.of(article.sentence("evacuate"))));
        }

        @Test
        void aStatementFromTheKremlinHappensInMoscowWhenTheArticleNamesIt() {
            ArticleFixture article = ArticleFixture.of("""
                    Moscow has sent more troops.
                    The Kremlin denied responsibility for the strike.
                    """)
                    .place("Moscow", SETTLEMENT, "RU");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::type, ExtractedEvent::placeKeys)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.POLITICAL, List.of("Moscow")));
        }
    }

    @Nested
    class MergingWithinTheArticle {

        @Test
        void twoReportsOfOneRecaptureAreOneEventWithBothSentences() {
            ArticleFixture article = ArticleFixture.of("""
                    Ukrainian forces recaptured Lyman on Saturday.
                    The liberation of Lyman was confirmed by the General Staff.
                    """)
                    .place("Lyman", SETTLEMENT, "UA")
                    .organization("staff", "General Staff")
                    .time("Saturday", SATURDAY, DAY);

            assertThat(article.extract(PUBLISHED)).containsExactly(new ExtractedEvent(EventType.TERRITORY_REGAINED,
                    "Ukrainian forces regain control of Lyman", SATURDAY, DAY, List.of("Lyman"), List.of(),
                    List.of("staff"), List.of(), List.of(article.sentence("recaptured"),
                            article.sentence("liberation"))));
        }

        @Test
        void reportsDaysApartAreTwoEvents() {
            ArticleFixture article = ArticleFixture.of("""
                    Russian forces shelled Nikopol on Monday.
                    Russian forces shelled Nikopol again on Friday.
                    """)
                    .place("Nikopol", SETTLEMENT, "UA")
                    .time("Monday", LocalDate.of(2022, 9, 26), DAY)
                    .time("Friday", FRIDAY, DAY);

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::date)
                    .containsExactly(LocalDate.of(2022, 9, 26), FRIDAY);
        }

        @Test
        void aWithdrawalAndARecaptureOfOneTownAreToldApart() {
            ArticleFixture article = ArticleFixture.of("""
                    Russian troops withdrew from Lyman.
                    Ukrainian soldiers raised their flag in Lyman on Friday.
                    """)
                    .place("Lyman", SETTLEMENT, "UA")
                    .time("Friday", FRIDAY, DAY);

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::type)
                    .containsExactly(EventType.WITHDRAWAL, EventType.TERRITORY_REGAINED);
        }

        @Test
        void theTollOfAnAttackToldWithItIsPartOfTheAttack() {
            ArticleFixture article = ArticleFixture.of("""
                    In Kramatorsk, a missile hit a school overnight, injuring five people.
                    Rescuers pulled two bodies from the rubble.
                    """)
                    .place("Kramatorsk", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.ATTACK, "Strike near Kramatorsk",
                    PUBLISHED, WEEK, List.of("Kramatorsk"), article, "missile", "bodies"));
        }

        @Test
        void anAttackWithoutAPlaceOfItsOwnIsTheAttackItsTollIsPlaced() {
            ArticleFixture article = ArticleFixture.of("Russian shelling killed two people in Nikopol on Sunday.")
                    .place("Nikopol", SETTLEMENT, "UA")
                    .time("Sunday", LocalDate.of(2022, 10, 2), DAY);

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.ATTACK,
                    "Russian shelling near Nikopol", LocalDate.of(2022, 10, 2), DAY, List.of("Nikopol"), article,
                    "shelling"));
        }

        @Test
        void bodiesFoundInAGraveAreOneFindingDatedByTheirSentence() {
            ArticleFixture article = ArticleFixture.of(
                    "The bodies of three men from Yahidne were found in a grave, officials said on Saturday.")
                    .place("Yahidne", SETTLEMENT, "UA")
                    .time("Saturday", SATURDAY, DAY);

            assertThat(article.extract(PUBLISHED)).containsExactly(event(EventType.CIVILIAN_HARM,
                    "Bodies found in Yahidne", SATURDAY, DAY, List.of("Yahidne"), article, "bodies"));
        }

        @Test
        void aPledgeToDeliverIsOnePledgeWithThePlacesOfBoth() {
            ArticleFixture article = ArticleFixture.of(
                    "The minister pledged to deliver howitzers, his office said in Prague.")
                    .place("Prague", SETTLEMENT, "CZ");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::type, ExtractedEvent::placeKeys)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.AID_PLEDGE, List.of("Prague")));
        }

        @Test
        void politicalMentionsMergeOnlyWhenTheyAreTheSameAct() {
            ArticleFixture article = ArticleFixture.of("""
                    Officials in Melitopol announced a referendum.
                    The referendum in Melitopol drew criticism.
                    Officials in Melitopol announced sanctions.
                    """)
                    .place("Melitopol", SETTLEMENT, "UA");

            assertThat(article.extract(PUBLISHED)).extracting(ExtractedEvent::title, e -> e.evidence().size())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Referendum: Melitopol", 2),
                            org.assertj.core.groups.Tuple.tuple("Sanctions: Melitopol", 1));
        }
    }

    @Nested
    class EdgeCases {

        @Test
        void anEmptyArticleHasNoEvents() {
            org.frontline.extraction.language.AnalyzedText empty = new org.frontline.extraction.language.AnalyzedText(
                    "", List.of(), List.of(), List.of());

            assertThat(new EventExtractor().extract(empty, PUBLISHED, List.of(), List.of(), List.of(), List.of()))
                    .isEmpty();
        }

        @Test
        void triggersWithoutAnyPlaceAreNoEvents() {
            ArticleFixture article = ArticleFixture.of("""
                    Russian forces shelled the area overnight.
                    Troops withdrew.
                    """);

            assertThat(article.extract(PUBLISHED)).isEmpty();
        }
    }

    @Nested
    class Participants {

        @Test
        void peopleOrganizationsAndQuotesOfTheReportAreLinked() {
            String text = """
                    Governor Vitaliy Kim said Russian forces shelled Ochakiv overnight.
                    “Ochakiv was hit by rockets,” the regional administration said.
                    “The weather is fine,” Kim added.
                    """;
            ArticleFixture article = ArticleFixture.of(text)
                    .place("Ochakiv", SETTLEMENT, "UA")
                    .person("kim", "Vitaliy Kim", "Vitaliy Kim", "Kim")
                    .organization("administration", "regional administration")
                    .quote("Ochakiv was hit by rockets,", "administration")
                    .quote("The weather is fine,", "kim");

            assertThat(article.extract(PUBLISHED)).containsExactly(new ExtractedEvent(EventType.ATTACK,
                    "Russian shelling near Ochakiv", PUBLISHED, WEEK, List.of("Ochakiv"), List.of("kim"),
                    List.of(), List.of(0), List.of(article.sentence("shelled"))));
        }
    }
}
