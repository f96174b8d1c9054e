package org.frontline.importjob.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.frontline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;

/** A server started without an admin token (the default) refuses every mutation, whatever the request sends. */
@IntegrationTest
class MutationsWithoutAdminTokenTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void mutationsAreDisabledAndSaySo() {
        graphQl.mutate().header(HttpHeaders.AUTHORIZATION, "Bearer anything").build()
                .document(ImportMutationTest.IMPORT)
                .variable("input", Map.of("articles", List.of(Map.of("text", ImportMutationTest.REPORT))))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                    assertThat(error.getMessage()).isEqualTo("Mutations are disabled: this server has no admin "
                            + "token. Start it with FRONTLINE_ADMIN_TOKEN set (property frontline.admin-token) and "
                            + "send the header 'Authorization: Bearer <token>'.");
                }))
                .path("importArticles").pathDoesNotExist();
    }

    @Test
    void queriesStillAnswer() {
        // language=GraphQL
        String jobs = """
                { importJobs(first: 5) { totalCount } }""";

        graphQl.document(jobs).execute().path("importJobs.totalCount").entity(Integer.class)
                .satisfies(count -> assertThat(count).isNotNegative());
    }
}
