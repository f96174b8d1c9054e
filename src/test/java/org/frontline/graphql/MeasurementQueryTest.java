package org.frontline.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.support.LinkedRecord.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontline.support.IntegrationTest;
import org.frontline.support.LinkedRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The query the measurement script (../shared/eval/score.py) sends, page after page, answers in full. */
@IntegrationTest
@SuppressWarnings("unchecked")
class MeasurementQueryTest {

    // language=GraphQL
    private static final String SCORE_PY_QUERY = """
            query Sources($after: String) {
              sources(first: 50, after: $after) {
                pageInfo { hasNextPage endCursor }
                edges { node {
                  id fileName
                  places { id name aliases kind latitude longitude }
                  people { id name aliases role }
                  quotes { id text speaker { __typename ... on Person { id name aliases } ... on Organization { id name aliases } } }
                  events { id type date places { id name aliases } }
                } }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everySourceIsReadWithWhatItNames() {
        LinkedRecord record = new LinkedRecord(jdbc);

        List<Map<String, Object>> sources = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            GraphQlTester.Response page = graphQl.document(SCORE_PY_QUERY).variable("after", after).execute();
            sources.addAll(page.path("sources.edges[*].node").entityList(Map.class).get().stream()
                    .map(source -> (Map<String, Object>) source).toList());
            after = page.path("sources.pageInfo.endCursor").entity(String.class).get();
            more = page.path("sources.pageInfo.hasNextPage").entity(Boolean.class).get();
        }

        assertThat(sources).extracting(source -> source.get("id")).doesNotHaveDuplicates()
                .contains(id("Source", record.ledger), id("Source", record.wire), id("Source", record.copy));
        Map<String, Object> ledger = sources.stream()
                .filter(source -> source.get("id").equals(id("Source", record.ledger))).findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) ledger.get("places")).extracting(place -> place.get("name"))
                .containsExactly(record.tagged("Ternové"), record.tagged("Zarichna Oblast"));
        assertThat((List<Map<String, Object>>) ledger.get("people")).extracting(person -> person.get("role"))
                .containsExactly("governor of the region");
        assertThat((List<Map<String, Object>>) ledger.get("quotes")).extracting(quote -> quote.get("speaker"))
                .containsExactly(Map.of("__typename", "Person", "id", id("Person", record.marchenko),
                        "name", record.tagged("Olena Marchenko"), "aliases", List.of(record.tagged("O. Marchenko"))),
                        null);
        assertThat((List<Map<String, Object>>) ledger.get("events")).extracting(event -> event.get("type"))
                .containsExactly("TERRITORY_REGAINED", "CIVILIAN_HARM");
    }
}
