package org.frontline.organization;

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

/** {@code organizations(filter:)} and what an organization links to. The record is drawn in {@link LinkedRecord}. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationQueryTest {

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
    void organizationsAreFoundByNameOrAlias() {
        assertThat(names("territorial defence " + record.tag()))
                .containsExactly(record.tagged("Zarichna Territorial Defence"));
        assertThat(names("ztd " + record.tag())).containsExactly(record.tagged("Zarichna Territorial Defence"));
        assertThat(names("nobody by that name " + record.tag())).isEmpty();
    }

    @Test
    void anOrganizationHasAliasesQuotesEventsAndSources() {
        // language=GraphQL
        String document = """
                query ($id: ID!) {
                  node(id: $id) {
                    ... on Organization {
                      name aliases
                      quotes(first: 5) { edges { node { text } } }
                      events(first: 5) { edges { node { title } } }
                      sources { publisher }
                    }
                  }
                }""";
        graphQl.document(document).variable("id", id("Organization", record.defence)).execute()
                .path("node.aliases").entityList(String.class).containsExactly(record.tagged("ZTD"))
                .path("node.quotes.edges[*].node.text").entityList(String.class)
                .containsExactly("The shelling did not stop")
                .path("node.events.edges[*].node.title").entityList(String.class)
                .containsExactly(record.tagged("Ternové retaken"))
                .path("node.sources[*].publisher").entityList(String.class)
                .containsExactly(record.tagged("Kyiv Ledger"));
    }

    private List<String> names(String name) {
        // language=GraphQL
        String document = """
                query ($name: String) { organizations(filter: { name: $name }) { edges { node { name } } } }""";
        return graphQl.document(document).variable("name", name).execute()
                .path("organizations.edges[*].node.name").entityList(String.class).get();
    }
}
