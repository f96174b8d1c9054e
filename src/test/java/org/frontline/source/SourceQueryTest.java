package org.frontline.source;

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
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code sources(filter:)} and what a source names. The record is drawn in {@link LinkedRecord}. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceQueryTest {

    // language=GraphQL
    private static final String SOURCES = """
            query Sources($filter: SourceFilter) {
              sources(first: 100, filter: $filter) { edges { node { id publisher } } }
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
    void sourcesAreFilteredByAPartOfThePublishersNameIgnoringCase() {
        assertThat(publishers(Map.of("publisher", "FIELD WIRE")))
                .containsExactly(record.tagged("Field Wire"), record.tagged("Field Wire Syndication"));
        assertThat(publishers(Map.of("publisher", "syndication " + record.tag().toUpperCase())))
                .containsExactly(record.tagged("Field Wire Syndication"));
    }

    @Test
    void sourcesAreFilteredByPublicationDateWithBothEndsIncluded() {
        assertThat(publishers(Map.of("publisher", record.tag(), "from", "2022-09-12")))
                .containsExactly(record.tagged("Field Wire"), record.tagged("Field Wire Syndication"));
        assertThat(publishers(Map.of("publisher", record.tag(), "from", "2022-09-11", "to", "2022-09-12")))
                .containsExactly(record.tagged("Field Wire"));
        assertThat(publishers(Map.of("publisher", record.tag(), "to", "2022-09-10")))
                .containsExactly(record.tagged("Kyiv Ledger"));
    }

    @Test
    void aSourceHasItsMetadataAndWhatItNamesEachOnce() {
        // language=GraphQL
        String document = """
                query ($id: ID!) {
                  node(id: $id) {
                    ... on Source {
                      fileName title publisher author url publishedOn language
                      places { name }
                      people { name }
                      organizations { name }
                      quotes { text }
                      events { title }
                    }
                  }
                }""";
        graphQl.document(document).variable("id", id("Source", record.ledger)).execute()
                .path("node.title").entity(String.class).isEqualTo(record.tagged("Forces return to Ternové"))
                .path("node.fileName").entity(String.class).satisfies(name -> assertThat(name).endsWith(".txt"))
                .path("node.author").entity(String.class).isEqualTo("A. Reporter")
                .path("node.url").entity(String.class).satisfies(url -> assertThat(url).startsWith("https://"))
                .path("node.publishedOn").entity(String.class).isEqualTo("2022-09-10")
                .path("node.language").entity(String.class).isEqualTo("en")
                .path("node.places[*].name").entityList(String.class)
                .containsExactly(record.tagged("Ternové"), record.tagged("Zarichna Oblast"))
                .path("node.people[*].name").entityList(String.class).containsExactly(record.tagged("Olena Marchenko"))
                .path("node.organizations[*].name").entityList(String.class)
                .containsExactly(record.tagged("Zarichna Territorial Defence"))
                .path("node.quotes[*].text").entityList(String.class)
                .containsExactly("We are home again", "Nobody knows what comes")
                .path("node.events[*].title").entityList(String.class)
                .containsExactly(record.tagged("Ternové retaken"), record.tagged("Civilians wounded"));
    }

    /** The publishers of this record's sources that match the filter, in import order (other tests add sources). */
    private List<String> publishers(Map<String, Object> filter) {
        List<String> ours = List.of(id("Source", record.ledger), id("Source", record.wire), id("Source", record.copy));
        return graphQl.document(SOURCES).variable("filter", filter).execute()
                .path("sources.edges[*].node").entityList(SourceRow.class).get().stream()
                .filter(source -> ours.contains(source.id()))
                .map(SourceRow::publisher)
                .toList();
    }

    record SourceRow(String id, String publisher) {
    }
}
