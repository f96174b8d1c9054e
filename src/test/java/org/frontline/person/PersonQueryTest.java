package org.frontline.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.support.LinkedRecord.id;

import java.util.List;
import org.frontline.support.IntegrationTest;
import org.frontline.support.LinkedRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code people(filter:)} and what a person links to. The record is drawn in {@link LinkedRecord}. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonQueryTest {

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
    void peopleComeByNameAndAreFoundByAnyOfTheirNames() {
        assertThat(names(record.tag()))
                .containsExactly(record.tagged("Olena Marchenko"), record.tagged("Taras Hnatiuk"));
        assertThat(names("o. MARCHENKO " + record.tag())).containsExactly(record.tagged("Olena Marchenko"));
        assertThat(names("hnatiuk " + record.tag())).containsExactly(record.tagged("Taras Hnatiuk"));
    }

    @Test
    void aPersonHasARoleAliasesQuotesEventsAndSources() {
        // language=GraphQL
        String document = """
                query ($id: ID!) {
                  node(id: $id) {
                    ... on Person {
                      name role aliases
                      quotes(first: 5) { totalCount edges { node { text } } }
                      events(first: 5) { totalCount edges { node { title } } }
                      sources { publisher }
                    }
                  }
                }""";
        graphQl.document(document).variable("id", id("Person", record.marchenko)).execute()
                .path("node.role").entity(String.class).isEqualTo("governor of the region")
                .path("node.aliases").entityList(String.class).containsExactly(record.tagged("O. Marchenko"))
                .path("node.quotes.totalCount").entity(Integer.class).isEqualTo(1)
                .path("node.quotes.edges[*].node.text").entityList(String.class).containsExactly("We are home again")
                .path("node.events.edges[*].node.title").entityList(String.class)
                .containsExactly(record.tagged("Ternové retaken"))
                .path("node.sources[*].publisher").entityList(String.class)
                .containsExactly(record.tagged("Kyiv Ledger"));
    }

    @Test
    void someoneWhoSaidNothingHasAnEmptyPageOfQuotes() {
        graphQl.document("""
                        query ($id: ID!) {
                          node(id: $id) { ... on Person { quotes { totalCount pageInfo { hasNextPage endCursor } } } }
                        }""")
                .variable("id", id("Person", record.hnatiuk)).execute()
                .path("node.quotes.totalCount").entity(Integer.class).isEqualTo(0)
                .path("node.quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("node.quotes.pageInfo.endCursor").valueIsNull();
    }

    private List<String> names(String name) {
        // language=GraphQL
        String document = """
                query ($name: String) { people(filter: { name: $name }) { edges { node { name } } } }""";
        return graphQl.document(document).variable("name", name).execute()
                .path("people.edges[*].node.name").entityList(String.class).get();
    }
}
