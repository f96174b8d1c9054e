package org.frontline.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.support.LinkedRecord.id;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontline.support.IntegrationTest;
import org.frontline.support.LinkedRecord;
import org.frontline.vocabulary.DatePrecision;
import org.frontline.vocabulary.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Connections follow the Relay specification: pages of at most 100 items, opaque cursors, page info and the total
 * count, in a stable order. Wrong arguments are errors, never silently clamped.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaginationTest {

    // language=GraphQL
    private static final String EVENTS = """
            query Events($first: Int, $after: String, $placeId: ID, $order: EventOrder) {
              events(first: $first, after: $after, filter: { placeId: $placeId }, orderBy: $order) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { title } }
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
    void aPageSaysWhereItLiesAndTheNextPageStartsAfterItsEndCursor() {
        GraphQlTester.Response firstPage = events(2, null, "DATE_ASC");
        firstPage.path("events.totalCount").entity(Integer.class).isEqualTo(3)
                .path("events.edges[*].node.title").entityList(String.class)
                .containsExactly(record.tagged("Ternové retaken"), record.tagged("Shelling of Verbivka"))
                .path("events.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("events.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
        List<String> cursors = firstPage.path("events.edges[*].cursor").entityList(String.class).get();
        firstPage.path("events.pageInfo.startCursor").entity(String.class).isEqualTo(cursors.get(0))
                .path("events.pageInfo.endCursor").entity(String.class).isEqualTo(cursors.get(1));

        events(2, cursors.get(1), "DATE_ASC")
                .path("events.totalCount").entity(Integer.class).isEqualTo(3)
                .path("events.edges[*].node.title").entityList(String.class)
                .containsExactly(record.tagged("Civilians wounded"))
                .path("events.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("events.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void walkingOneItemAtATimeGivesTheWholeListInOrderInBothDirections() {
        assertThat(walk("DATE_ASC")).containsExactly(record.tagged("Ternové retaken"),
                record.tagged("Shelling of Verbivka"), record.tagged("Civilians wounded"));
        assertThat(walk("DATE_DESC")).containsExactly(record.tagged("Shelling of Verbivka"),
                record.tagged("Ternové retaken"), record.tagged("Civilians wounded"));
    }

    @Test
    void aCursorStaysValidWhenItemsAreImportedBeforeIt() {
        LinkedRecord own = new LinkedRecord(jdbc);
        String afterFirst = events(own, 1, null).path("events.pageInfo.endCursor").entity(String.class).get();

        long earlier = own.fixture.event(EventType.ATTACK, own.tagged("Earlier shelling"), LocalDate.of(2022, 9, 1),
                DatePrecision.DAY);
        own.fixture.eventPlace(earlier, own.oblast);

        events(own, 1, afterFirst)
                .path("events.edges[*].node.title").entityList(String.class)
                .containsExactly(own.tagged("Shelling of Verbivka"))
                .path("events.totalCount").entity(Integer.class).isEqualTo(4);
    }

    @Test
    void anEmptyPageHasNoCursors() {
        graphQl.document(EVENTS).variable("placeId", id("Place", record.river)).execute()
                .path("events.totalCount").entity(Integer.class).isEqualTo(0)
                .path("events.edges").entityList(Object.class).hasSize(0)
                .path("events.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("events.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false)
                .path("events.pageInfo.startCursor").valueIsNull()
                .path("events.pageInfo.endCursor").valueIsNull();
    }

    @Test
    void aPageHoldsOneToOneHundredItems() {
        events(100, null, null).path("events.totalCount").entity(Integer.class).isEqualTo(3);
        expectBadRequest(events(101, null, null), "Argument 'first' must be between 1 and 100, but was 101.");
        expectBadRequest(events(0, null, null), "Argument 'first' must be between 1 and 100, but was 0.");
    }

    @Test
    void aCursorMustComeFromTheSameListAndOrder() {
        String ascending = events(1, null, "DATE_ASC").path("events.pageInfo.endCursor").entity(String.class).get();

        expectBadRequest(events(1, ascending, "DATE_DESC"),
                "Argument 'after' is not a cursor of this list: '%s'. Use a cursor this list returned."
                        .formatted(ascending));
        expectBadRequest(events(1, "not-a-cursor", null),
                "Argument 'after' is not a cursor of this list: 'not-a-cursor'. Use a cursor this list returned.");
    }

    @Test
    void nestedConnectionsArePagedForEachObjectSeparately() {
        // language=GraphQL
        String document = """
                query ($name: String, $after: String) {
                  places(filter: { name: $name, kinds: [REGION] }) {
                    edges { node { name events(first: 1, after: $after) {
                      totalCount
                      pageInfo { hasNextPage hasPreviousPage endCursor }
                      edges { node { title } }
                    } } }
                  }
                }""";
        GraphQlTester.Response regions = graphQl.document(document).variable("name", record.tag()).execute();
        regions.path("places.edges[*].node.name").entityList(String.class)
                .containsExactly(record.tagged("Lisovyi Raion"), record.tagged("Zarichna Oblast"))
                .path("places.edges[*].node.events.totalCount").entityList(Integer.class).containsExactly(1, 3)
                .path("places.edges[*].node.events.pageInfo.hasNextPage").entityList(Boolean.class)
                .containsExactly(false, true)
                .path("places.edges[1].node.events.edges[*].node.title").entityList(String.class)
                .containsExactly(record.tagged("Ternové retaken"));

        String afterRegained = regions.path("places.edges[1].node.events.pageInfo.endCursor")
                .entity(String.class).get();
        graphQl.document(document).variable("name", record.tagged("Zarichna Oblast")).variable("after", afterRegained)
                .execute()
                .path("places.edges[0].node.events.edges[*].node.title").entityList(String.class)
                .containsExactly(record.tagged("Shelling of Verbivka"))
                .path("places.edges[0].node.events.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void nestedConnectionsHaveTheSameLimit() {
        graphQl.document("""
                        query ($id: ID!) { node(id: $id) { ... on Place { events(first: 500) { totalCount } } } }""")
                .variable("id", id("Place", record.oblast)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage())
                            .isEqualTo("Argument 'first' must be between 1 and 100, but was 500.");
                    assertThat(error.getPath()).isEqualTo("node.events");
                }));
    }

    private List<String> walk(String order) {
        List<String> titles = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            GraphQlTester.Response page = events(1, after, order);
            titles.addAll(page.path("events.edges[*].node.title").entityList(String.class).get());
            after = page.path("events.pageInfo.endCursor").entity(String.class).get();
            more = page.path("events.pageInfo.hasNextPage").entity(Boolean.class).get();
        }
        return titles;
    }

    private GraphQlTester.Response events(Integer first, String after, String order) {
        return graphQl.document(EVENTS).variable("first", first).variable("after", after)
                .variable("placeId", id("Place", record.oblast)).variable("order", order).execute();
    }

    private GraphQlTester.Response events(LinkedRecord own, int first, String after) {
        return graphQl.document(EVENTS).variable("first", first).variable("after", after)
                .variable("placeId", id("Place", own.oblast)).execute();
    }

    private static void expectBadRequest(GraphQlTester.Response response, String message) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
            assertThat(error.getMessage()).isEqualTo(message);
        }));
    }
}
