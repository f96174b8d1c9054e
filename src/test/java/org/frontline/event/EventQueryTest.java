package org.frontline.event;

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

/** {@code events(filter:, orderBy:)} and what an event links to. The record is drawn in {@link LinkedRecord}. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventQueryTest {

    // language=GraphQL
    private static final String EVENTS = """
            query Events($filter: EventFilter, $order: EventOrder) {
              events(first: 10, filter: $filter, orderBy: $order) {
                totalCount
                edges { node { title } }
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
    void eventsComeByDateTheUndatedLast() {
        assertThat(titles(Map.of("text", record.tag()), "DATE_ASC"))
                .containsExactly(record.tagged("Ternové retaken"), record.tagged("Shelling of Verbivka"),
                        record.tagged("Civilians wounded"));
        assertThat(titles(Map.of("text", record.tag()), "DATE_DESC"))
                .containsExactly(record.tagged("Shelling of Verbivka"), record.tagged("Ternové retaken"),
                        record.tagged("Civilians wounded"));
    }

    @Test
    void eventsAreFilteredByType() {
        assertThat(titles(Map.of("text", record.tag(), "types", List.of("ATTACK", "CIVILIAN_HARM"))))
                .containsExactly(record.tagged("Shelling of Verbivka"), record.tagged("Civilians wounded"));
    }

    @Test
    void eventsAreFilteredByDateRangeWithBothEndsIncluded() {
        assertThat(titles(Map.of("text", record.tag(), "from", "2022-09-11")))
                .containsExactly(record.tagged("Shelling of Verbivka"));
        assertThat(titles(Map.of("text", record.tag(), "to", "2022-09-10")))
                .containsExactly(record.tagged("Ternové retaken"));
        assertThat(titles(Map.of("text", record.tag(), "from", "2022-09-10", "to", "2022-09-11")))
                .containsExactly(record.tagged("Ternové retaken"), record.tagged("Shelling of Verbivka"));
    }

    @Test
    void aRegionIncludesThePlacesInsideItAtAnyDepth() {
        assertThat(titles(Map.of("placeId", id("Place", record.oblast))))
                .containsExactly(record.tagged("Ternové retaken"), record.tagged("Shelling of Verbivka"),
                        record.tagged("Civilians wounded"));
        assertThat(titles(Map.of("placeId", id("Place", record.raion))))
                .containsExactly(record.tagged("Shelling of Verbivka"));
        assertThat(titles(Map.of("placeId", id("Place", record.ternove))))
                .containsExactly(record.tagged("Ternové retaken"), record.tagged("Civilians wounded"));
        assertThat(titles(Map.of("placeId", id("Place", record.river)))).isEmpty();
    }

    @Test
    void eventsAreFilteredByPersonOrganizationAndSource() {
        assertThat(titles(Map.of("personId", id("Person", record.hnatiuk))))
                .containsExactly(record.tagged("Civilians wounded"));
        assertThat(titles(Map.of("organizationId", id("Organization", record.defence))))
                .containsExactly(record.tagged("Ternové retaken"));
        assertThat(titles(Map.of("sourceId", id("Source", record.wire))))
                .containsExactly(record.tagged("Ternové retaken"), record.tagged("Shelling of Verbivka"));
    }

    @Test
    void theTextFilterSearchesTitlesAndSupportingSentencesIgnoringCaseAndAccents() {
        String oblast = id("Place", record.oblast);
        assertThat(titles(Map.of("placeId", oblast, "text", "ARTILLERY HIT")))
                .containsExactly(record.tagged("Shelling of Verbivka"));
        assertThat(titles(Map.of("placeId", oblast, "text", "ternove retaken")))
                .containsExactly(record.tagged("Ternové retaken"));
        assertThat(titles(Map.of("placeId", oblast, "text", "wounded by a mine")))
                .containsExactly(record.tagged("Civilians wounded"));
    }

    @Test
    void conditionsCombine() {
        assertThat(titles(Map.of("placeId", id("Place", record.ternove), "types", List.of("CIVILIAN_HARM"),
                "sourceId", id("Source", record.ledger)))).containsExactly(record.tagged("Civilians wounded"));
    }

    @Test
    void anEventLinksToItsPlacesPeopleActorsQuotesSourcesAndEvidence() {
        // language=GraphQL
        String document = """
                query ($id: ID!) {
                  node(id: $id) {
                    ... on Event {
                      type title date datePrecision
                      places { name }
                      people { name }
                      actors { name }
                      quotes { text }
                      sources { title publisher }
                      sourceCount
                      evidence { sentence startOffset endOffset source { publisher } }
                    }
                  }
                }""";
        graphQl.document(document).variable("id", id("Event", record.regained)).execute()
                .path("node.type").entity(String.class).isEqualTo("TERRITORY_REGAINED")
                .path("node.date").entity(String.class).isEqualTo("2022-09-10")
                .path("node.datePrecision").entity(String.class).isEqualTo("DAY")
                .path("node.places[*].name").entityList(String.class).containsExactly(record.tagged("Ternové"))
                .path("node.people[*].name").entityList(String.class)
                .containsExactly(record.tagged("Olena Marchenko"))
                .path("node.actors[*].name").entityList(String.class)
                .containsExactly(record.tagged("Zarichna Territorial Defence"))
                .path("node.quotes[*].text").entityList(String.class).containsExactly("We are home again")
                .path("node.sources[*].publisher").entityList(String.class)
                .containsExactly(record.tagged("Kyiv Ledger"), record.tagged("Field Wire"))
                .path("node.sourceCount").entity(Integer.class).isEqualTo(2)
                .path("node.evidence[*].sentence").entityList(String.class).containsExactly(
                        "Defenders raised the flag over Ternové on Saturday.",
                        "Ternové is back under Ukrainian control.")
                .path("node.evidence[1].startOffset").entity(Integer.class).isEqualTo(40)
                .path("node.evidence[1].endOffset").entity(Integer.class).isEqualTo(80)
                .path("node.evidence[1].source.publisher").entity(String.class)
                .isEqualTo(record.tagged("Field Wire"));
    }

    @Test
    void aCopyOfAReportDoesNotCountAsAnotherSource() {
        // language=GraphQL
        String document = """
                query ($id: ID!) { node(id: $id) { ... on Event { sources { publisher } sourceCount } } }""";
        graphQl.document(document).variable("id", id("Event", record.attack)).execute()
                .path("node.sources[*].publisher").entityList(String.class)
                .containsExactly(record.tagged("Field Wire"), record.tagged("Field Wire Syndication"))
                .path("node.sourceCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void anEventWithoutDateHasNone() {
        graphQl.document("query ($id: ID!) { node(id: $id) { ... on Event { date datePrecision } } }")
                .variable("id", id("Event", record.harm)).execute()
                .path("node.date").valueIsNull()
                .path("node.datePrecision").entity(String.class).isEqualTo("UNKNOWN");
    }

    @Test
    void filterValuesThatCannotMatchAnythingAreErrors() {
        expectBadRequest(Map.of("types", List.of()),
                "Argument 'filter.types' must name at least one type; leave it out to match every type.");
        String person = id("Person", record.marchenko);
        expectBadRequest(Map.of("placeId", person),
                "Argument 'filter.placeId' must be a Place ID, but '%s' is a Person ID.".formatted(person));
        expectBadRequest(Map.of("from", "2022-09-12", "to", "2022-09-01"),
                "Argument 'filter.from' (2022-09-12) is after 'filter.to' (2022-09-01): no date lies between.");
        expectBadRequest(Map.of("text", " "),
                "Argument 'filter.text' must contain something other than spaces; leave it out to match everything.");
        expectBadRequest(Map.of("sourceId", "not-an-id"), "Argument 'filter.sourceId' is not a valid ID: 'not-an-id'.");
    }

    private List<String> titles(Map<String, Object> filter) {
        return titles(filter, null);
    }

    private List<String> titles(Map<String, Object> filter, String order) {
        return graphQl.document(EVENTS).variable("filter", filter).variable("order", order).execute()
                .path("events.edges[*].node.title").entityList(String.class).get();
    }

    private void expectBadRequest(Map<String, Object> filter, String message) {
        graphQl.document(EVENTS).variable("filter", filter).execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo(message);
                    assertThat(error.getPath()).isEqualTo("events");
                }));
    }
}
