package org.frontline.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontline.support.IntegrationTest;
import org.frontline.support.LinkedRecord;
import org.frontline.support.RecordFixture;
import org.frontline.vocabulary.DatePrecision;
import org.frontline.vocabulary.EventType;
import org.frontline.vocabulary.PlaceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code search(text:, first:)}: one box across every kind, best matches first. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {

    // language=GraphQL
    private static final String SEARCH = """
            query Search($text: String!, $first: Int) {
              search(text: $text, first: $first) {
                __typename
                ... on Event { title }
                ... on Place { name }
                ... on Person { name }
                ... on Organization { name }
                ... on Quote { text }
                ... on Source { publisher }
              }
            }""";

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
    void oneSearchFindsEveryKindOfObject() {
        assertThat(search(record.tag(), 50).path("search[*].__typename").entityList(String.class).get())
                .contains("Event", "Place", "Person", "Organization", "Source")
                .hasSize(3 + 5 + 2 + 1 + 3);
        assertThat(search("home again", 100).path("search[*].__typename").entityList(String.class).get())
                .contains("Quote");
    }

    @Test
    void anExactMatchComesFirstThenMatchesAtTheStartThenTheRest() {
        RecordFixture fixture = new RecordFixture(jdbc);
        String kalyna = fixture.tagged("Kalyna");
        fixture.event(EventType.ATTACK, "Battle near " + kalyna, null, DatePrecision.UNKNOWN);
        fixture.organization(kalyna + " Brigade");
        fixture.place(kalyna, PlaceKind.SETTLEMENT, null);

        search(kalyna.toUpperCase(), 10)
                .path("search[*].__typename").entityList(String.class)
                .containsExactly("Place", "Organization", "Event");
    }

    @Test
    void searchIgnoresCaseAndAccentsAndLooksAtAliases() {
        search("TERNOVE " + record.tag(), 10)
                .path("search[0].name").entity(String.class).isEqualTo(record.tagged("Ternové"));
        search("ztd " + record.tag(), 10)
                .path("search[0].__typename").entity(String.class).isEqualTo("Organization")
                .path("search[0].name").entity(String.class).isEqualTo(record.tagged("Zarichna Territorial Defence"));
    }

    @Test
    void firstCapsTheNumberOfHits() {
        assertThat(search(record.tag(), 2).path("search").entityList(Object.class).get()).hasSize(2);
        expectBadRequest(search(record.tag(), 101), "Argument 'first' must be between 1 and 100, but was 101.");
        expectBadRequest(search("   ", 10),
                "Argument 'text' must contain something other than spaces; leave it out to match everything.");
    }

    private GraphQlTester.Response search(String text, int first) {
        return graphQl.document(SEARCH).variable("text", text).variable("first", first).execute();
    }

    private static void expectBadRequest(GraphQlTester.Response response, String message) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
            assertThat(error.getMessage()).isEqualTo(message);
        }));
    }
}
