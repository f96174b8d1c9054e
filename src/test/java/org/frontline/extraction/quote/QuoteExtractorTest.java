package org.frontline.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.frontline.extraction.ExtractedQuote;
import org.frontline.extraction.actor.ActorExtractor;
import org.frontline.extraction.actor.Actors;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.support.TextFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    /** The quotations of a text, each as (quoted words, speaker's name or null). */
    private static List<org.assertj.core.groups.Tuple> quotes(TextFixture fixture) {
        AnalyzedText text = fixture.analyzed();
        Actors actors = new ActorExtractor().extract(text);
        QuoteExtraction extraction = new QuoteExtractor().extract(text, actors);
        return extraction.quotes().stream().map(q -> tuple(q.text(), speaker(extraction.actors(), q))).toList();
    }

    private static String speaker(Actors actors, ExtractedQuote quote) {
        if (quote.speakerKey() == null) {
            return null;
        }
        return actors.person(quote.speakerKey()) != null ? actors.person(quote.speakerKey()).name()
                : actors.organization(quote.speakerKey()).name();
    }

    @Nested
    class NamedSpeakers {

        @Test
        void nameSaidAfterTheQuote() {
            assertThat(quotes(TextFixture.of("“The bridge to the island is closed,” Oleh Kiper said.")
                    .tag("Oleh Kiper", "PERSON")))
                    .containsExactly(tuple("The bridge to the island is closed", "Oleh Kiper"));
        }

        @Test
        void saidNameWithATitleAfterTheQuote() {
            assertThat(quotes(TextFixture.of("""
                    “Six missiles were shot down over the west,” said Air Force spokesman Yurii Ihnat.""")
                    .tag("Yurii Ihnat", "PERSON").tag("Air Force", "ORGANIZATION").tag("spokesman", "TITLE")))
                    .containsExactly(tuple("Six missiles were shot down over the west", "Yurii Ihnat"));
        }

        @Test
        void askedNameAfterAQuestion() {
            assertThat(quotes(TextFixture.of("""
                    “How long can this go on?” asked Valentyna Hrytsenko, who lives near the plant.""")
                    .tag("Valentyna Hrytsenko", "PERSON")))
                    .containsExactly(tuple("How long can this go on?", "Valentyna Hrytsenko"));
        }

        @Test
        void aHeadlineNameWithAColon() {
            assertThat(quotes(TextFixture.of("""
                    Kuleba: "We will not trade territory for peace"
                    The minister spoke in Brussels.""").tag("Kuleba", "PERSON").tag("Brussels", "CITY")))
                    .containsExactly(tuple("We will not trade territory for peace", "Kuleba"));
        }

        @Test
        void twoSpeakersInOneParagraph() {
            assertThat(quotes(TextFixture.of("""
                    “The convoy left at dawn,” said Oleh Kiper. “It never arrived in Mariupol,” Vadym Filashkin replied.""")
                    .tag("Oleh Kiper", "PERSON").tag("Vadym Filashkin", "PERSON")))
                    .containsExactly(tuple("The convoy left at dawn", "Oleh Kiper"),
                            tuple("It never arrived in Mariupol", "Vadym Filashkin"));
        }

        @Test
        void theNamedPersonWinsOverTheOrganizationInTheirTitleAndTheListener() {
            assertThat(quotes(TextFixture.of("""
                    “We have enough shells for now,” the spokeswoman for the eastern command, Olha Bohdan, told Reuters.""")
                    .tag("Olha Bohdan", "PERSON").tag("Reuters", "ORGANIZATION")))
                    .containsExactly(tuple("We have enough shells for now", "Olha Bohdan"));
        }

        @Test
        void nameWroteOnTelegramWithAColonBeforeTheQuote() {
            assertThat(quotes(TextFixture.of("""
                    Kiper wrote on Telegram: “Three drones were destroyed over the region tonight.”""")
                    .tag("Kiper", "PERSON")))
                    .containsExactly(tuple("Three drones were destroyed over the region tonight.", "Kiper"));
        }

        @Test
        void nameSaidThatBeforeAQuotedFragment() {
            assertThat(quotes(TextFixture.of("""
                    Dmytro Lunin, the head of the regional administration, said that the attack was “a deliberate \
                    strike on a school.”""").tag("Dmytro Lunin", "PERSON")))
                    .containsExactly(tuple("a deliberate strike on a school.", "Dmytro Lunin"));
        }

        @Test
        void nameCalledSomethingAQuotation() {
            assertThat(quotes(TextFixture.of("""
                    President Klaus Iohannis called the strike “a serious violation of international law.”""")
                    .tag("Klaus Iohannis", "PERSON").tag("President", "TITLE")))
                    .containsExactly(tuple("a serious violation of international law.", "Klaus Iohannis"));
        }

        @Test
        void accordingToName() {
            assertThat(quotes(TextFixture.of("""
                    Yurii Ihnat spoke on television. According to Ihnat, the missiles were “launched from ships \
                    in the Black Sea.”""").tag("Yurii Ihnat", "PERSON").tag("Black Sea", "LOCATION")))
                    .containsExactly(tuple("launched from ships in the Black Sea.", "Yurii Ihnat"));
        }

        @Test
        void aPossessiveNameIsNotTheSpeaker() {
            assertThat(quotes(TextFixture.of("""
                    “Nobody will be punished for this,” said Lukashenko’s adviser Mikalai Bandarenka.""")
                    .tag("Lukashenko", "PERSON").tag("Mikalai Bandarenka", "PERSON")))
                    .containsExactly(tuple("Nobody will be punished for this", "Mikalai Bandarenka"));
        }
    }

    @Nested
    class ResolvedSpeakers {

        @Test
        void heAddedIsThePersonNamedLastBefore() {
            assertThat(quotes(TextFixture.of("""
                    Ivan Fedorov said the power was back in most districts.
                    “Repairs in the south will take a week,” he added.""").tag("Ivan Fedorov", "PERSON")))
                    .containsExactly(tuple("Repairs in the south will take a week", "Ivan Fedorov"));
        }

        @Test
        void sheIsTheLastWomanNamedWhenAManWasNamedAfterHer() {
            assertThat(quotes(TextFixture.of("""
                    Iryna Vereshchuk met Oleksandr Prokudin in Kherson.
                    “The evacuation of children must go faster,” she said.""")
                    .tag("Iryna Vereshchuk", "PERSON").tag("Oleksandr Prokudin", "PERSON").tag("Kherson", "CITY")))
                    .containsExactly(tuple("The evacuation of children must go faster", "Iryna Vereshchuk"));
        }

        @Test
        void theOfficialSaidIsThePersonNamedLastBeforeNotOneNamedInsideTheQuote() {
            assertThat(quotes(TextFixture.of("""
                    The city was shelled again, Mayor Ihor Terekhov has said.
                    “The school was hit, and Oleh Syniehubov is already on site,” the official said.""")
                    .tag("Ihor Terekhov", "PERSON").tag("Oleh Syniehubov", "PERSON").tag("Mayor", "TITLE")))
                    .containsExactly(tuple("The school was hit, and Oleh Syniehubov is already on site",
                            "Ihor Terekhov"));
        }

        @Test
        void theMinisterSaidIsThePersonWhoseRoleSaysMinister() {
            assertThat(quotes(TextFixture.of("""
                    Foreign Minister Dmytro Kuleba met Mayor Vitali Klitschko.
                    “We need more air defence systems,” the minister said.""")
                    .tag("Dmytro Kuleba", "PERSON").tag("Vitali Klitschko", "PERSON")
                    .tag("Foreign Minister", "TITLE").tag("Mayor", "TITLE")))
                    .containsExactly(tuple("We need more air defence systems", "Dmytro Kuleba"));
        }

        @Test
        void thePostReadsIsTheOrganizationNamedLastBefore() {
            assertThat(quotes(TextFixture.of("""
                    The State Emergency Service published photos of the site.
                    “Rescuers pulled four people from the rubble,” the post reads.""")
                    .tag("State Emergency Service", "ORGANIZATION")))
                    .containsExactly(tuple("Rescuers pulled four people from the rubble", "State Emergency Service"));
        }

        @Test
        void theMinistrySaidIsTheLastOrganizationThatIsAMinistry() {
            assertThat(quotes(TextFixture.of("""
                    Poland’s defence ministry and the Border Guard closed the crossing.
                    “The closure is temporary and will end on Friday,” the ministry said.""")
                    .tag("Poland", "COUNTRY").tag("Border Guard", "ORGANIZATION")))
                    .containsExactly(tuple("The closure is temporary and will end on Friday",
                            "Polish Defence Ministry"));
        }

        @Test
        void aSpokeswomanForAnOrganizationSpeaksForIt() {
            assertThat(quotes(TextFixture.of("""
                    A spokeswoman for Ukraine’s northern command stated, “The border area is shelled every day.”""")
                    .tag("Ukraine", "COUNTRY")))
                    .containsExactly(tuple("The border area is shelled every day.", "Ukrainian Northern Command"));
        }

        @Test
        void citingAnOrganizationMakesItTheSpeaker() {
            assertThat(quotes(TextFixture.of("""
                    “Air defence systems destroyed eleven drones over the region,” Interfax reported, citing the \
                    Ministry of Defence.""").tag("Interfax", "ORGANIZATION").tag("Ministry of Defence", "ORGANIZATION")))
                    .containsExactly(tuple("Air defence systems destroyed eleven drones over the region",
                            "Ministry of Defence"));
        }

        @Test
        void theNextQuoteOfTheSameParagraphKeepsTheSpeaker() {
            assertThat(quotes(TextFixture.of("""
                    “The counteroffensive has begun in several directions,” Hanna Maliar said. “Details will follow \
                    in the coming days.”""").tag("Hanna Maliar", "PERSON")))
                    .containsExactly(tuple("The counteroffensive has begun in several directions", "Hanna Maliar"),
                            tuple("Details will follow in the coming days.", "Hanna Maliar"));
        }

        @Test
        void anOrganizationFoundOnlyAsTheSpeakerJoinsTheActors() {
            AnalyzedText text = TextFixture.of("“Gas transit through the country continues as normal,” Naftogaz Ukrainy said.")
                    .analyzed();
            Actors actors = new ActorExtractor().extract(text);
            QuoteExtraction extraction = new QuoteExtractor().extract(text, actors);

            assertThat(actors.organizations()).isEmpty();
            assertThat(extraction.actors().organizations()).extracting(o -> o.key() + " " + o.name())
                    .containsExactly("org-1 Naftogaz Ukrainy");
            assertThat(extraction.quotes()).extracting(ExtractedQuote::speakerKey).containsExactly("org-1");
        }

        @Test
        void anUnnamedOfficialOrSeveralOfficialsAreNobodyNamed() {
            assertThat(quotes(TextFixture.of("""
                    Governor Oleh Kiper visited the port.
                    “The grain corridor will keep working,” a senior military official said.
                    “Nobody has been evacuated yet from the coast,” officials said.""")
                    .tag("Oleh Kiper", "PERSON").tag("Governor", "TITLE")))
                    .containsExactly(tuple("The grain corridor will keep working", null),
                            tuple("Nobody has been evacuated yet from the coast", null));
        }

        @Test
        void aQuoteNobodyIsSaidToSayIsKeptWithoutSpeaker() {
            assertThat(quotes(TextFixture.of("""
                    “We came from Kursk and we will come back,” someone had painted on the fence.""")
                    .tag("Kursk", "CITY")))
                    .containsExactly(tuple("We came from Kursk and we will come back", null));
        }
    }

    @Nested
    class Marks {

        @Test
        void aMissingOpeningMarkQuotesFromTheParagraphStart() {
            assertThat(quotes(TextFixture.of("""
                    Mayor Oleksandr Senkevych spoke at noon.
                    The shelling lasted all night and the port was hit” Senkevych told local media.""")
                    .tag("Oleksandr Senkevych", "PERSON").tag("Senkevych", "PERSON").tag("Mayor", "TITLE")))
                    .containsExactly(tuple("The shelling lasted all night and the port was hit", "Oleksandr Senkevych"));
        }

        @Test
        void aMissingClosingMarkQuotesToTheParagraphEnd() {
            assertThat(quotes(TextFixture.of("""
                    In an evening address, Kim said, "The city will stand and we will rebuild every house.
                    Officials counted the damage.""").tag("Kim", "PERSON")))
                    .containsExactly(tuple("The city will stand and we will rebuild every house.", "Kim"));
        }

        @Test
        void aQuoteOverSeveralParagraphsIsOneQuote() {
            AnalyzedText text = TextFixture.of("""
                    Vitaliy Kim addressed the residents.
                    “The night was hard for Mykolaiv. Two districts are without water.
                    “Repair crews are already working,” Kim said.""")
                    .tag("Vitaliy Kim", "PERSON").tag("Kim", "PERSON").tag("Mykolaiv", "CITY").analyzed();
            QuoteExtraction extraction = new QuoteExtractor().extract(text, new ActorExtractor().extract(text));

            assertThat(extraction.quotes()).hasSize(1);
            ExtractedQuote quote = extraction.quotes().get(0);
            assertThat(quote.text()).isEqualTo("""
                    The night was hard for Mykolaiv. Two districts are without water.
                    Repair crews are already working""");
            assertThat(quote.span().of(text.text())).startsWith("The night").endsWith("working");
            assertThat(extraction.actors().person(quote.speakerKey()).name()).isEqualTo("Vitaliy Kim");
        }

        @Test
        void singleQuotesInsideDoubleOnesAndApostrophesAreNotMarks() {
            assertThat(quotes(TextFixture.of("""
                    “The ‘Kraken’ unit’s fighters held Vovchansk’s centre all day,” Kim said.""")
                    .tag("Kim", "PERSON").tag("Vovchansk", "CITY")))
                    .containsExactly(tuple("The ‘Kraken’ unit’s fighters held Vovchansk’s centre all day", "Kim"));
        }

        @Test
        void singleQuotationMarksQuoteToo() {
            assertThat(quotes(TextFixture.of("""
                    ‘The crossing was destroyed at dawn by our artillery,’ the army said in a statement.""")))
                    .containsExactly(tuple("The crossing was destroyed at dawn by our artillery", null));
        }

        @Test
        void theEvidenceHoldsTheQuoteAndItsAttribution() {
            AnalyzedText text = TextFixture.of("""
                    Oleh Kiper said the night was quiet. He then spoke of the port. “Ships keep sailing as usual,” he said.""")
                    .tag("Oleh Kiper", "PERSON").analyzed();
            ExtractedQuote quote = new QuoteExtractor().extract(text, new ActorExtractor().extract(text)).quotes().get(0);

            assertThat(quote.span().of(text.text())).isEqualTo("Ships keep sailing as usual");
            assertThat(quote.evidence().of(text.text())).isEqualTo("“Ships keep sailing as usual,” he said.");
        }
    }

    @Nested
    class ScareQuotes {

        @Test
        void aShortPhraseInsideASentenceIsNobodysQuote() {
            assertThat(quotes(TextFixture.of("""
                    Moscow still calls the war a “special operation” and its soldiers “volunteers”.
                    Conscripts were sent to fight as “cannon fodder,” relatives said.""")
                    .tag("Moscow", "CITY"))).isEmpty();
        }

        @Test
        void aFourWordFragmentInsideASentenceIsNoQuoteEvenWhenAttributed() {
            assertThat(quotes(TextFixture.of("""
                    Kiper said the strike was “a war crime, again” and left.""").tag("Kiper", "PERSON")))
                    .isEmpty();
        }

        @Test
        void aShortPhraseNobodySaysInsideASentenceIsAScareQuote() {
            assertThat(quotes(TextFixture.of("""
                    The so-called “referendum in occupied Kherson” was held at gunpoint.""")
                    .tag("Kherson", "CITY"))).isEmpty();
        }

        @Test
        void aShortSentenceStandingAsAQuoteIsKept() {
            assertThat(quotes(TextFixture.of("""
                    “Kherson is Ukraine, always!” Kiper wrote.""").tag("Kiper", "PERSON").tag("Kherson", "CITY")))
                    .containsExactly(tuple("Kherson is Ukraine, always!", "Kiper"));
        }
    }
}
