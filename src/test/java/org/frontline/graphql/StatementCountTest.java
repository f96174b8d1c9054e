package org.frontline.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.frontline.support.IntegrationTest;
import org.frontline.support.RecordFixture;
import org.frontline.vocabulary.DatePrecision;
import org.frontline.vocabulary.EventType;
import org.frontline.vocabulary.PlaceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Linked queries without N+1: every list is loaded for all the objects of a level at once, so the number of SQL
 * statements a request runs does not grow with the number of objects it returns.
 */
@IntegrationTest
@Import(SqlStatementLog.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest {

    private static final int SOURCES = 50;

    // sources → places → events → sources, with the lists, single links and nested connections along the way
    // language=GraphQL
    private static final String LINKED = """
            query Linked($publisher: String!, $first: Int!) {
              sources(first: $first, filter: { publisher: $publisher }) {
                totalCount
                edges { node {
                  title
                  people { name aliases }
                  quotes { text speaker { ... on Person { name } } evidence { sentence } }
                  places {
                    name aliases region { name }
                    events(first: 5) { totalCount edges { node {
                      title
                      sourceCount
                      sources { title }
                      places { name }
                      people { name quotes(first: 2) { totalCount } }
                    } } }
                  }
                } }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SqlStatementLog sql;

    RecordFixture fixture;

    /** Fifty sources, each naming its own village, where an event happened that it reports, with a quote. */
    @BeforeAll
    void writeRecord() {
        fixture = new RecordFixture(jdbc);
        long region = fixture.place(fixture.tagged("Counting Oblast"), PlaceKind.REGION, null);
        for (int i = 0; i < SOURCES; i++) {
            long source = fixture.source(fixture.tagged("Report " + i), fixture.tagged("Counting Wire"),
                    LocalDate.of(2022, 9, 1).plusDays(i));
            long village = fixture.place(fixture.tagged("Village " + i), PlaceKind.SETTLEMENT, region,
                    fixture.tagged("Selo " + i));
            long mayor = fixture.person(fixture.tagged("Mayor " + i), "mayor", fixture.tagged("M. " + i));
            long event = fixture.event(EventType.ATTACK, fixture.tagged("Strike on village " + i),
                    LocalDate.of(2022, 9, 1).plusDays(i), DatePrecision.DAY);
            fixture.eventPlace(event, village);
            fixture.eventPerson(event, mayor);
            fixture.eventEvidence(event, fixture.evidence(source, "A strike hit village " + i + ".", 0));
            fixture.placeMention(source, village, 10);
            fixture.personMention(source, mayor, 30);
            fixture.quote(source, "We will rebuild " + i, mayor, null, event);
        }
    }

    @Test
    void theNumberOfStatementsDoesNotGrowWithTheNumberOfObjects() {
        List<String> forFive = statementsFor(5);
        List<String> forFifty = statementsFor(SOURCES);

        assertThat(forFifty).as("statements for 50 sources, against %s for 5", forFive).hasSameSizeAs(forFive);
        assertThat(forFifty).as("one statement per list, link or page, however many objects").hasSizeLessThan(20);
    }

    @Test
    void theLinkedQueryAnswersCompletely() {
        GraphQlTester.Response response = run(SOURCES);

        response.path("sources.totalCount").entity(Integer.class).isEqualTo(SOURCES)
                .path("sources.edges").entityList(Object.class).hasSize(SOURCES)
                .path("sources.edges[7].node.title").entity(String.class).isEqualTo(fixture.tagged("Report 7"))
                .path("sources.edges[7].node.places[0].name").entity(String.class)
                .isEqualTo(fixture.tagged("Village 7"))
                .path("sources.edges[7].node.places[0].aliases").entityList(String.class)
                .containsExactly(fixture.tagged("Selo 7"))
                .path("sources.edges[7].node.places[0].region.name").entity(String.class)
                .isEqualTo(fixture.tagged("Counting Oblast"))
                .path("sources.edges[7].node.places[0].events.edges[0].node.title").entity(String.class)
                .isEqualTo(fixture.tagged("Strike on village 7"))
                .path("sources.edges[7].node.places[0].events.edges[0].node.sources[0].title").entity(String.class)
                .isEqualTo(fixture.tagged("Report 7"))
                .path("sources.edges[7].node.places[0].events.edges[0].node.people[0].quotes.totalCount")
                .entity(Integer.class).isEqualTo(1)
                .path("sources.edges[7].node.quotes[0].speaker.name").entity(String.class)
                .isEqualTo(fixture.tagged("Mayor 7"));
    }

    private List<String> statementsFor(int sources) {
        run(sources); // warm up: the first request of a shape may run one-off statements
        sql.clear();
        run(sources).path("sources.edges").entityList(Object.class).hasSize(sources);
        return sql.statements();
    }

    private GraphQlTester.Response run(int sources) {
        return graphQl.document(LINKED).variable("publisher", fixture.tagged("Counting Wire"))
                .variable("first", sources).execute();
    }
}
