package org.frontline.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.support.LinkedRecord.id;

import java.util.List;
import java.util.Map;
import org.frontline.support.IntegrationTest;
import org.frontline.support.LinkedRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code quotes(filter:)} and what a quote links to. The record is drawn in {@link LinkedRecord}. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteQueryTest {

    // language=GraphQL
    private static final String QUOTES = """
            query Quotes($filter: QuoteFilter) { quotes(first: 10, filter: $filter) { edges { node { text } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;
    @Autowired
    JdbcClient jdbc;

    LinkedRecord record;

    @BeforeAll
    void writeRecord() {
        record = new LinkedRecord(jdbc);
    }

    @Test
    void quotesAreFilteredBySourceInImportOrder() {
        assertThat(texts(Map.of("sourceId", id("Source", record.ledger))))
                .containsExactly("We are home again", "Nobody knows what comes");
    }

    @Test
    void quotesAreFilteredBySpeakerAPersonOrAnOrganization() {
        assertThat(texts(Map.of("speakerId", id("Person", record.marchenko)))).containsExactly("We are home again");
        assertThat(texts(Map.of("speakerId", id("Organization", record.defence))))
                .containsExactly("The shelling did not stop");
    }

    @Test
    void quotesAreFilteredByTextIgnoringCase() {
        assertThat(texts(Map.of("sourceId", id("Source", record.wire), "text", "SHELLING")))
                .containsExactly("The shelling did not stop");
        assertThat(texts(Map.of("sourceId", id("Source", record.wire), "text", "home"))).isEmpty();
    }

    @Test
    void aQuoteHasASpeakerASourceAnEventAndItsSentence() {
        // language=GraphQL
        String document = """
                query ($id: ID!) {
                  node(id: $id) {
                    ... on Quote {
                      text
                      speaker { __typename ... on Person { name role } ... on Organization { name } }
                      source { publisher }
                      event { title }
                      evidence { sentence startOffset source { publisher } }
                    }
                  }
                }""";
        graphQl.document(document).variable("id", id("Quote", record.home)).execute()
                .path("node.speaker.__typename").entity(String.class).isEqualTo("Person")
                .path("node.speaker.name").entity(String.class).isEqualTo(record.tagged("Olena Marchenko"))
                .path("node.source.publisher").entity(String.class).isEqualTo(record.tagged("Kyiv Ledger"))
                .path("node.event.title").entity(String.class).isEqualTo(record.tagged("Ternové retaken"))
                .path("node.evidence.sentence").entity(String.class).isEqualTo("“We are home again”, they said.")
                .path("node.evidence.startOffset").entity(Integer.class).isEqualTo(100)
                .path("node.evidence.source.publisher").entity(String.class).isEqualTo(record.tagged("Kyiv Ledger"));
        graphQl.document(document).variable("id", id("Quote", record.shelling)).execute()
                .path("node.speaker.__typename").entity(String.class).isEqualTo("Organization")
                .path("node.speaker.name").entity(String.class)
                .isEqualTo(record.tagged("Zarichna Territorial Defence"));
        graphQl.document(document).variable("id", id("Quote", record.unknown)).execute()
                .path("node.speaker").valueIsNull()
                .path("node.event").valueIsNull();
    }

    @Test
    void theSpeakerMustBeAPersonOrAnOrganization() {
        String place = id("Place", record.river);
        graphQl.document(QUOTES).variable("filter", Map.of("speakerId", place)).execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo("Argument 'filter.speakerId' must be a Person"
                            + " or an Organization ID, but '%s' is a Place ID.".formatted(place));
                }));
    }

    private List<String> texts(Map<String, Object> filter) {
        return graphQl.document(QUOTES).variable("filter", filter).execute()
                .path("quotes.edges[*].node.text").entityList(String.class).get();
    }
}
