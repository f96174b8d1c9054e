package org.frontline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.frontline.extraction.actor.ActorExtractor;
import org.frontline.extraction.actor.Actors;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.SharedCoreNlp;
import org.frontline.extraction.quote.QuoteExtraction;
import org.frontline.extraction.quote.QuoteExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People, organizations and quotes of a short hand-written article, on CoreNLP's real analysis. */
class ExtractionOnCoreNlpTest {

    private static final String ARTICLE = """
            Ukrainian troops entered Snihurivka on Saturday, the head of the Mykolaiv Regional Military \
            Administration Vitaliy Kim said.

            “Snihurivka is free. Today the flag was raised over the town council,” Kim wrote on Telegram.

            Residents gathered on the main square. “We waited eight months for this day,” said Olena Petrenko, a \
            local teacher.

            The General Staff of the Armed Forces of Ukraine said Russian units had withdrawn towards the river. \
            Moscow called the retreat a “regrouping”.

            “The enemy mined the roads and the bridge before it left,” the statement reads.

            Russian Foreign Ministry spokeswoman Maria Zakharova said the town remained under Moscow’s control.
            “Nothing has changed for the residents of the region,” she added.

            Ivan Marchenko
            """;

    private static AnalyzedText analyzed;
    private static Actors actors;
    private static QuoteExtraction quotes;

    @BeforeAll
    static void extract() {
        analyzed = SharedCoreNlp.analyzer().analyze(ARTICLE, LocalDate.of(2022, 11, 14));
        actors = new ActorExtractor().extract(analyzed);
        quotes = new QuoteExtractor().extract(analyzed, actors);
    }

    @Test
    void findsThePeopleWithTheirRolesAndNotTheByline() {
        assertThat(actors.people()).extracting(ExtractedPerson::name)
                .containsExactly("Vitaliy Kim", "Olena Petrenko", "Maria Zakharova");
        assertThat(actors.people().get(0).role()).isEqualTo("Head of the Mykolaiv Regional Military Administration");
        assertThat(actors.people().get(0).mentions()).hasSize(2);
        assertThat(actors.people().get(2).role()).contains("Spokeswoman");
    }

    @Test
    void findsTheOrganizations() {
        assertThat(actors.organizations()).extracting(ExtractedOrganization::name)
                .contains("Mykolaiv Regional Military Administration", "General Staff of the Armed Forces of Ukraine");
    }

    @Test
    void attributesEveryQuoteAndSkipsTheScareQuote() {
        assertThat(quotes.quotes()).extracting(ExtractedQuote::text, q -> speaker(q.speakerKey())).containsExactly(
                tuple("Snihurivka is free. Today the flag was raised over the town council", "Vitaliy Kim"),
                tuple("We waited eight months for this day", "Olena Petrenko"),
                tuple("The enemy mined the roads and the bridge before it left",
                        "General Staff of the Armed Forces of Ukraine"),
                tuple("Nothing has changed for the residents of the region", "Maria Zakharova"));
    }

    private static String speaker(String key) {
        if (key == null) {
            return null;
        }
        return quotes.actors().person(key) != null ? quotes.actors().person(key).name()
                : quotes.actors().organization(key).name();
    }
}
