package org.frontline.extraction.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.frontline.extraction.ExtractedOrganization;
import org.frontline.extraction.ExtractedPerson;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.EntityMention;
import org.frontline.extraction.support.TextFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActorExtractorTest {

    private final ActorExtractor extractor = new ActorExtractor();

    private static List<String> mentions(AnalyzedText text, ExtractedPerson person) {
        return person.mentions().stream().map(span -> span.of(text.text())).toList();
    }

    @Nested
    class People {

        @Test
        void aPersonHasTheFullestNameAndEveryMentionIncludingTheSurnameAlone() {
            AnalyzedText text = TextFixture.of("""
                    Mayor Ihor Terekhov said the metro was open. Later Terekhov visited Saltivka.""")
                    .tag("Ihor Terekhov", "PERSON").tag("Terekhov", "PERSON").tag("Mayor", "TITLE")
                    .tag("Saltivka", "LOCATION").analyzed();

            List<ExtractedPerson> people = extractor.extract(text).people();

            assertThat(people).hasSize(1);
            ExtractedPerson terekhov = people.get(0);
            assertThat(terekhov.key()).isEqualTo("person-1");
            assertThat(terekhov.name()).isEqualTo("Ihor Terekhov");
            assertThat(terekhov.aliases()).isEmpty();
            assertThat(terekhov.role()).isEqualTo("Mayor");
            assertThat(mentions(text, terekhov)).containsExactly("Ihor Terekhov", "Terekhov");
        }

        @Test
        void aSurnameIsLinkedWhateverTagTheRecogniserGaveIt() {
            AnalyzedText text = TextFixture.of("""
                    Vitaliy Kim spoke in the morning. According to Kim, the port was hit.""")
                    .tag("Vitaliy Kim", "PERSON").tag("Kim", "LOCATION").analyzed();

            ExtractedPerson kim = extractor.extract(text).people().get(0);

            assertThat(mentions(text, kim)).containsExactly("Vitaliy Kim", "Kim");
        }

        @Test
        void transliterationVariantsInOneArticleAreOnePersonWithAliases() {
            AnalyzedText text = TextFixture.of("""
                    Governor Serhiy Lysak reported two drones. Sergei Lysak later said the fire was out. \
                    Lysack thanked the rescuers.""")
                    .tag("Serhiy Lysak", "PERSON").tag("Sergei Lysak", "PERSON").tag("Lysack", "PERSON")
                    .tag("Governor", "TITLE").analyzed();

            List<ExtractedPerson> people = extractor.extract(text).people();

            assertThat(people).extracting(ExtractedPerson::name).containsExactly("Serhiy Lysak");
            assertThat(people.get(0).aliases()).containsExactly("Sergei Lysak", "Lysack");
        }

        @Test
        void aSurnameSpelledDifferentlyIsLinkedAndKeptAsAlias() {
            AnalyzedText text = TextFixture.of("""
                    President Volodymyr Zelenskyy met the envoy. Zelensky said the talks went well.""")
                    .tag("Volodymyr Zelenskyy", "PERSON").tag("Zelensky", "PERSON").tag("President", "TITLE")
                    .analyzed();

            ExtractedPerson president = extractor.extract(text).people().get(0);

            assertThat(president.name()).isEqualTo("Volodymyr Zelenskyy");
            assertThat(president.aliases()).containsExactly("Zelensky");
            assertThat(president.role()).isEqualTo("President");
        }

        @Test
        void aNameHiddenInsideAnOrganizationMentionIsFoundWithItsTitle() {
            AnalyzedText text = TextFixture.of("""
                    The troops were led by Commander of the Joint Forces of Ukraine Serhiy Naiev.""")
                    .tag("Commander", "TITLE").tag("Joint Forces of Ukraine Serhiy Naiev", "ORGANIZATION")
                    .analyzed();

            Actors actors = extractor.extract(text);

            assertThat(actors.people()).extracting(ExtractedPerson::name, ExtractedPerson::role)
                    .containsExactly(tuple("Serhiy Naiev",
                            "Commander of the Joint Forces of Ukraine"));
            assertThat(actors.organizations()).extracting(ExtractedOrganization::name)
                    .containsExactly("Joint Forces of Ukraine");
        }

        @Test
        void aKnownFirstNameWithACapitalisedWordIsANameTheRecogniserMissed() {
            AnalyzedText text = TextFixture.of("Andriy Kovalenko said the video was fake.").analyzed();

            assertThat(extractor.extract(text).people()).extracting(ExtractedPerson::name)
                    .containsExactly("Andriy Kovalenko");
        }

        @Test
        void aSingleWordTaggedAsAPersonTwiceIsAPersonOnceWithoutAnySignIsNot() {
            AnalyzedText text = TextFixture.of("""
                    Lukashenko met officers. Lukashenko later flew to Sochi.
                    Shelling hit Vuhledar overnight.""")
                    .tag("Lukashenko", "PERSON").tag("Sochi", "CITY").tag("Vuhledar", "PERSON").analyzed();

            assertThat(extractor.extract(text).people()).extracting(ExtractedPerson::name)
                    .containsExactly("Lukashenko");
        }

        @Test
        void aSingleWordTheArticleAlsoUsesAsAPlaceIsNotAPerson() {
            AnalyzedText text = TextFixture.of("""
                    Russian units shelled Kupol. Kupol was quiet by noon.""").tag("Kupol", "PERSON").analyzed();
            List<EntityMention> entities = new ArrayList<>(text.entities());
            EntityMention first = entities.get(0);
            entities.set(0, new EntityMention("CITY", first.start(), first.end(), first.text(), first.sentenceIndex()));
            AnalyzedText alsoAPlace = new AnalyzedText(text.text(), text.sentences(), entities, List.of());

            assertThat(extractor.extract(alsoAPlace).people()).isEmpty();
        }

        @Test
        void aSingleWordAfterAPlacePrepositionIsNotASpeaker() {
            AnalyzedText text = TextFixture.of("The defence ministry in Odesa said the port was hit.")
                    .tag("Odesa", "PERSON").analyzed();

            assertThat(extractor.extract(text).people()).isEmpty();
        }

        @Test
        void aTitleInFrontMakesASingleWordAPerson() {
            AnalyzedText text = TextFixture.of("President Lukashenko arrived in Minsk.")
                    .tag("President", "TITLE").tag("Lukashenko", "PERSON").tag("Minsk", "CITY").analyzed();

            assertThat(extractor.extract(text).people()).extracting(ExtractedPerson::name, ExtractedPerson::role)
                    .containsExactly(tuple("Lukashenko", "President"));
        }

        @Test
        void namesOnACreditsLineAreNotPeopleOfTheArticle() {
            AnalyzedText text = TextFixture.of("""
                    Author: Olena Roshchina
                    Drones hit the depot in Kryvyi Rih, Oleksandr Vilkul said.
                    (Reporting by Maksym Kovalenko; Editing by Anna Brown)""")
                    .tag("Olena Roshchina", "PERSON").tag("Oleksandr Vilkul", "PERSON")
                    .tag("Maksym Kovalenko", "PERSON").tag("Anna Brown", "PERSON").analyzed();

            assertThat(extractor.extract(text).people()).extracting(ExtractedPerson::name)
                    .containsExactly("Oleksandr Vilkul");
        }

        @Test
        void aNameAloneOnItsLineIsTheBylineNotAPerson() {
            AnalyzedText text = TextFixture.of("""
                    Drones hit the depot in Kryvyi Rih, Oleksandr Vilkul said.

                    Iryna Balachuk

                    By Taras Zozulia""")
                    .tag("Oleksandr Vilkul", "PERSON").tag("Iryna Balachuk", "PERSON").tag("Taras Zozulia", "PERSON")
                    .analyzed();

            assertThat(extractor.extract(text).people()).extracting(ExtractedPerson::name)
                    .containsExactly("Oleksandr Vilkul");
        }
    }

    @Nested
    class Roles {

        private String roleOf(String sentence, String name, String... entities) {
            TextFixture fixture = TextFixture.of(sentence).tag(name, "PERSON");
            for (int i = 0; i + 1 < entities.length; i += 2) {
                fixture.tag(entities[i], entities[i + 1]);
            }
            return extractor.extract(fixture.analyzed()).people().stream()
                    .filter(p -> p.name().equals(name)).findFirst().orElseThrow().role();
        }

        @Test
        void aTitleWithItsOrganizationInFrontOfTheName() {
            assertThat(roleOf("Head of Poltava Regional Military Administration Dmytro Lunin said it was calm.",
                    "Dmytro Lunin", "Head", "TITLE", "Poltava Regional Military Administration", "ORGANIZATION"))
                    .isEqualTo("Head of Poltava Regional Military Administration");
        }

        @Test
        void aCountryInFrontMovesBehind() {
            assertThat(roleOf("Poland’s Foreign Minister Radoslaw Sikorski arrived in Lviv.", "Radoslaw Sikorski",
                    "Poland", "COUNTRY", "Foreign Minister", "TITLE", "Lviv", "CITY"))
                    .isEqualTo("Foreign Minister of Poland");
            assertThat(roleOf("Russian Defence Minister Sergei Shoigu visited the front.", "Sergei Shoigu",
                    "Russian", "NATIONALITY", "Defence Minister", "TITLE"))
                    .isEqualTo("Defence Minister of Russia");
        }

        @Test
        void lowercaseWordsOfATitleCountWhenATitleWordHeadsThem() {
            assertThat(roleOf("The regional police chief Mykola Ivanov arrived.", "Mykola Ivanov"))
                    .isEqualTo("Regional Police Chief");
        }

        @Test
        void aPossessorInFrontMovesBehind() {
            assertThat(roleOf("Mayor Klitschko’s deputy Mykola Povoroznyk spoke.", "Mykola Povoroznyk",
                    "Klitschko", "PERSON", "Mayor", "TITLE"))
                    .isEqualTo("Deputy of Mayor Klitschko");
        }

        @Test
        void anAppositiveAfterTheName() {
            assertThat(roleOf("Yurii Ihnat, a spokesman for the Air Force, said six missiles were shot down.",
                    "Yurii Ihnat", "Air Force", "ORGANIZATION"))
                    .isEqualTo("Spokesman for the Air Force");
        }

        @Test
        void anAppositiveStopsAtAClauseAndDropsItsArticle() {
            assertThat(roleOf("Ruslan Stefanchuk, the speaker of the parliament based in Kyiv, said so.",
                    "Ruslan Stefanchuk", "Kyiv", "CITY"))
                    .isEqualTo("Speaker of the Parliament");
        }

        @Test
        void oneOfTheLeadersBecomesLeader() {
            assertThat(roleOf("Ramzan Kadyrov, one of the leaders of the Chechen forces, said so.", "Ramzan Kadyrov"))
                    .isEqualTo("Leader of the Chechen Forces");
        }

        @Test
        void aDescribedTitleBeforeACommaAndTheName() {
            assertThat(roleOf("On Tuesday, the governor of Odesa region, Oleh Kiper, reported a fire.", "Oleh Kiper",
                    "Odesa", "CITY"))
                    .isEqualTo("Governor of Odesa Region");
        }

        @Test
        void aDescribedTitleOpeningTheSentenceBeforeACommaAndATitledName() {
            assertThat(roleOf("Ukraine’s armed forces commander-in-chief, General Valerii Zaluzhnyi, spoke.",
                    "Valerii Zaluzhnyi", "Ukraine", "COUNTRY", "General", "TITLE"))
                    .isEqualTo("Armed Forces Commander-in-Chief of Ukraine");
        }

        @Test
        void wordsThatDescribeNoTitleAreNoRole() {
            assertThat(roleOf("Residents of Kherson met Oksana Pohomii on Monday.", "Oksana Pohomii", "Kherson", "CITY"))
                    .isNull();
        }

        @Test
        void theLongestStatedRoleWins() {
            AnalyzedText text = TextFixture.of("""
                    Governor Ivan Fedorov visited the city. Ivan Fedorov, the head of the Zaporizhzhia regional \
                    administration, said the power was back.""")
                    .tag("Ivan Fedorov", "PERSON").tag("Governor", "TITLE").tag("Zaporizhzhia", "CITY").analyzed();

            assertThat(extractor.extract(text).people().get(0).role())
                    .isEqualTo("Head of the Zaporizhzhia Regional Administration");
        }
    }

    @Nested
    class Organizations {

        @Test
        void theCountryAfterAnOrganizationBelongsToItsNameAndGivesAliases() {
            AnalyzedText text = TextFixture.of("""
                    The Ministry of Defence of the United Kingdom said the drones were Iranian.""")
                    .tag("Ministry of Defence", "ORGANIZATION").tag("United Kingdom", "COUNTRY").analyzed();

            List<ExtractedOrganization> organizations = extractor.extract(text).organizations();

            assertThat(organizations).hasSize(1);
            assertThat(organizations.get(0).key()).isEqualTo("org-1");
            assertThat(organizations.get(0).name()).isEqualTo("Ministry of Defence of the United Kingdom");
            assertThat(organizations.get(0).aliases())
                    .contains("UK Ministry of Defence", "British Ministry of Defence");
        }

        @Test
        void aBracketedAcronymIsAnAliasAndLaterMentionsJoin() {
            AnalyzedText text = TextFixture.of("""
                    The National Police of Ukraine (NPU) opened a case. The NPU press service gave no names.""")
                    .tag("National Police", "ORGANIZATION").tag("Ukraine", "COUNTRY").tag("NPU", "ORGANIZATION")
                    .analyzed();

            List<ExtractedOrganization> organizations = extractor.extract(text).organizations();

            assertThat(organizations).hasSize(1);
            assertThat(organizations.get(0).name()).isEqualTo("National Police of Ukraine");
            assertThat(organizations.get(0).aliases()).contains("NPU", "NPU press service");
            assertThat(organizations.get(0).mentions()).hasSize(3);
        }

        @Test
        void anOrganizationNamedInLowercaseAfterACountryAndItsBareNameAreOne() {
            AnalyzedText text = TextFixture.of("""
                    Belarus’s defence ministry announced drills. Later the Ministry of Defence cancelled them.""")
                    .tag("Belarus", "COUNTRY").tag("Ministry of Defence", "ORGANIZATION").analyzed();

            List<ExtractedOrganization> organizations = extractor.extract(text).organizations();

            assertThat(organizations).extracting(ExtractedOrganization::name).containsExactly("Ministry of Defence");
            assertThat(organizations.get(0).aliases())
                    .contains("Belarus’s defence ministry", "Belarusian Defence Ministry");
            assertThat(organizations.get(0).mentions()).hasSize(2);
        }

        @Test
        void anOrganizationOfAnotherBelongsToOneName() {
            AnalyzedText text = TextFixture.of("The General Staff of the Armed Forces of Ukraine reported 40 clashes.")
                    .tag("General", "TITLE").tag("Armed Forces of Ukraine", "ORGANIZATION").analyzed();

            assertThat(extractor.extract(text).organizations()).extracting(ExtractedOrganization::name)
                    .containsExactly("General Staff of the Armed Forces of Ukraine");
        }

        @Test
        void capitalisedOrganizationNamesTheRecogniserMissedAreFound() {
            AnalyzedText text = TextFixture.of("Operational Command North reported shelling near Sumy.")
                    .tag("Sumy", "CITY").analyzed();

            assertThat(extractor.extract(text).organizations()).extracting(ExtractedOrganization::name)
                    .containsExactly("Operational Command North");
        }

        @Test
        void aCapitalisedOrganizationNounAfterATitleWordIsStillAnOrganizationButATitleLastIsARole() {
            AnalyzedText text = TextFixture.of("Ukraine’s General Staff reported shelling. Police Chief Ivan Vyhivskyi arrived.")
                    .tag("Ukraine", "COUNTRY").tag("Ivan Vyhivskyi", "PERSON").analyzed();

            assertThat(extractor.extract(text).organizations()).extracting(ExtractedOrganization::name,
                    ExtractedOrganization::aliases)
                    .containsExactly(tuple("Ukrainian General Staff", List.of("Ukraine’s General Staff")));
        }

        @Test
        void aRegionTheRecogniserCallsAnOrganizationIsNotOne() {
            AnalyzedText text = TextFixture.of("Drones hit Odesa Oblast overnight.")
                    .tag("Odesa Oblast", "ORGANIZATION").analyzed();

            assertThat(extractor.extract(text).organizations()).isEmpty();
        }

        @Test
        void aTitleCaseHeadlineIsNotAnOrganization() {
            AnalyzedText text = TextFixture.of("Our Army Holds The Line Near Bakhmut\nTroops held.").analyzed();

            assertThat(extractor.extract(text).organizations()).isEmpty();
        }

        @Test
        void initialsJoinTheNameTheyStandFor() {
            AnalyzedText text = TextFixture.of("The European Union agreed. The EU will pay.")
                    .tag("European Union", "ORGANIZATION").tag("EU", "ORGANIZATION").analyzed();

            assertThat(extractor.extract(text).organizations()).extracting(ExtractedOrganization::name,
                    ExtractedOrganization::aliases)
                    .containsExactly(tuple("European Union", List.of("EU")));
        }
    }
}
