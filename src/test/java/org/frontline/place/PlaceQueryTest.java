package org.frontline.place;

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

/** {@code places(filter:)} and what a place links to. The record is drawn in {@link LinkedRecord}. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceQueryTest {

    // language=GraphQL
    private static final String PLACES = """
            query Places($filter: PlaceFilter) {
              places(first: 10, filter: $filter) { totalCount edges { node { name } } }
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
    void placesComeByName() {
        assertThat(names(Map.of("name", record.tag()))).containsExactly(record.tagged("Lisovyi Raion"),
                record.tagged("Siverka River"), record.tagged("Ternové"), record.tagged("Verbivka"),
                record.tagged("Zarichna Oblast"));
    }

    @Test
    void theNameFilterMatchesAPartOfTheNameIgnoringCaseAndAccents() {
        String ternove = record.tagged("Ternové");
        assertThat(names(Map.of("name", "TERNOVÉ " + record.tag()))).containsExactly(ternove);
        assertThat(names(Map.of("name", "ternove " + record.tag()))).containsExactly(ternove);
        assertThat(names(Map.of("name", "rnov\u0065\u0301 " + record.tag()))).containsExactly(ternove);
    }

    @Test
    void theNameFilterMatchesAnyAlias() {
        assertThat(names(Map.of("name", "ТЕРНОВЕ " + record.tag()))).containsExactly(record.tagged("Ternové"));
        assertThat(names(Map.of("name", "zarichnenska " + record.tag())))
                .containsExactly(record.tagged("Zarichna Oblast"));
    }

    @Test
    void placesAreFilteredByKindAndCountry() {
        assertThat(names(Map.of("name", record.tag(), "kinds", List.of("REGION", "WATER"))))
                .containsExactly(record.tagged("Lisovyi Raion"), record.tagged("Siverka River"),
                        record.tagged("Zarichna Oblast"));
        assertThat(names(Map.of("name", record.tag(), "countryCode", "ua"))).hasSize(5);
        assertThat(names(Map.of("name", record.tag(), "countryCode", "PL"))).isEmpty();
    }

    @Test
    void theRegionFilterFindsThePlacesInsideARegionAtAnyDepth() {
        assertThat(names(Map.of("regionId", id("Place", record.oblast))))
                .containsExactly(record.tagged("Lisovyi Raion"), record.tagged("Ternové"), record.tagged("Verbivka"));
        assertThat(names(Map.of("regionId", id("Place", record.raion)))).containsExactly(record.tagged("Verbivka"));
        assertThat(names(Map.of("regionId", id("Place", record.verbivka)))).isEmpty();
    }

    @Test
    void aPlaceHasItsAliasesRegionAndCoordinates() {
        // language=GraphQL
        String document = """
                query ($id: ID!) {
                  node(id: $id) {
                    ... on Place { name aliases kind countryCode latitude longitude region { name region { name } } }
                  }
                }""";
        graphQl.document(document).variable("id", id("Place", record.ternove)).execute()
                .path("node.aliases").entityList(String.class)
                .containsExactly(record.tagged("Ternove"), record.tagged("Тернове"))
                .path("node.kind").entity(String.class).isEqualTo("SETTLEMENT")
                .path("node.countryCode").entity(String.class).isEqualTo("UA")
                .path("node.latitude").entity(Double.class).isEqualTo(49.5)
                .path("node.longitude").entity(Double.class).isEqualTo(36.5)
                .path("node.region.name").entity(String.class).isEqualTo(record.tagged("Zarichna Oblast"))
                .path("node.region.region").valueIsNull();
    }

    @Test
    void aPlaceListsTheSourcesNamingItOnceEach() {
        graphQl.document("query ($id: ID!) { node(id: $id) { ... on Place { sources { publisher } } } }")
                .variable("id", id("Place", record.verbivka)).execute()
                .path("node.sources[*].publisher").entityList(String.class)
                .containsExactly(record.tagged("Field Wire"), record.tagged("Field Wire Syndication"));
        graphQl.document("query ($id: ID!) { node(id: $id) { ... on Place { sources { publisher } } } }")
                .variable("id", id("Place", record.ternove)).execute()
                .path("node.sources[*].publisher").entityList(String.class)
                .containsExactly(record.tagged("Kyiv Ledger"));
    }

    @Test
    void aRegionsEventsIncludeThoseAtThePlacesInsideIt() {
        // language=GraphQL
        String document = """
                query ($id: ID!) {
                  node(id: $id) { ... on Place { events(first: 10) { totalCount edges { node { title } } } } }
                }""";
        graphQl.document(document).variable("id", id("Place", record.oblast)).execute()
                .path("node.events.totalCount").entity(Integer.class).isEqualTo(3)
                .path("node.events.edges[*].node.title").entityList(String.class).containsExactly(
                        record.tagged("Ternové retaken"), record.tagged("Shelling of Verbivka"),
                        record.tagged("Civilians wounded"));
        graphQl.document(document).variable("id", id("Place", record.river)).execute()
                .path("node.events.totalCount").entity(Integer.class).isEqualTo(0)
                .path("node.events.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void filterValuesThatCannotMatchAnythingAreErrors() {
        expectBadRequest(Map.of("kinds", List.of()),
                "Argument 'filter.kinds' must name at least one kind; leave it out to match every kind.");
        String event = id("Event", record.attack);
        expectBadRequest(Map.of("regionId", event),
                "Argument 'filter.regionId' must be a Place ID, but '%s' is an Event ID.".formatted(event));
    }

    private List<String> names(Map<String, Object> filter) {
        return graphQl.document(PLACES).variable("filter", filter).execute()
                .path("places.edges[*].node.name").entityList(String.class).get();
    }

    private void expectBadRequest(Map<String, Object> filter, String message) {
        graphQl.document(PLACES).variable("filter", filter).execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo(message);
                }));
    }
}
