package org.frontline.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.support.LinkedRecord.id;

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

/** {@code node(id:)} resolves the opaque global ID of every type, and says clearly when it cannot. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeQueryTest {

    // language=GraphQL
    private static final String NODE = """
            query Node($id: ID!) {
              node(id: $id) {
                __typename
                id
                ... on Source { publisher }
                ... on Place { name }
                ... on Person { name }
                ... on Organization { name }
                ... on Quote { text }
                ... on Event { title }
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
    void everyKindOfObjectIsFoundByItsId() {
        Map<String, Long> ids = Map.of("Source", record.ledger, "Place", record.ternove, "Person", record.marchenko,
                "Organization", record.defence, "Quote", record.home, "Event", record.regained);
        ids.forEach((type, databaseId) -> graphQl.document(NODE).variable("id", id(type, databaseId)).execute()
                .path("node.__typename").entity(String.class).isEqualTo(type)
                .path("node.id").entity(String.class).isEqualTo(id(type, databaseId)));
        graphQl.document(NODE).variable("id", id("Place", record.ternove)).execute()
                .path("node.name").entity(String.class).isEqualTo(record.tagged("Ternové"));
    }

    @Test
    void idsFromAnyListFindTheSameObjectAgain() {
        String placeId = graphQl.document("""
                        query ($name: String) { places(filter: { name: $name }) { edges { node { id } } } }""")
                .variable("name", record.tagged("Verbivka")).execute()
                .path("places.edges[0].node.id").entity(String.class).get();

        graphQl.document(NODE).variable("id", placeId).execute()
                .path("node.name").entity(String.class).isEqualTo(record.tagged("Verbivka"));
    }

    @Test
    void anIdThatNamesNothingIsNotFound() {
        String missing = id("Event", 999_999_999_999L);
        graphQl.document(NODE).variable("id", missing).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
                    assertThat(error.getMessage()).isEqualTo("No Event has the ID '%s'.".formatted(missing));
                    assertThat(error.getPath()).isEqualTo("node");
                }))
                .path("node").valueIsNull();
    }

    @Test
    void somethingThatIsNotAnIdIsABadRequest() {
        String evidence = id("Evidence", 1); // a real table, but not a Node
        for (String notAnId : new String[] {"42", "Place:42", "", evidence}) {
            graphQl.document(NODE).variable("id", notAnId).execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                        assertThat(error.getMessage())
                                .isEqualTo("Argument 'id' is not a valid ID: '%s'.".formatted(notAnId));
                    }));
        }
    }
}
