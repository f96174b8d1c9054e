package org.frontline.importjob.graphql;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.frontline.importjob.ImportJobStore;
import org.frontline.importjob.ImportJobTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** {@code importArticles} over HTTP: it needs the admin token, starts a job, and the job can be followed. */
@ImportJobTest
class ImportMutationTest {

    static final String REPORT = """
            Ukrainian air defence shot down eleven drones over the Odesa region overnight, the regional governor, \
            Maksym Hrytsenko, said on Wednesday. He added that debris had damaged a warehouse in the port and that \
            nobody had been hurt, according to the first reports from the emergency services.""";

    // language=GraphQL
    static final String IMPORT = """
            mutation Import($input: ImportArticlesInput!) {
              importArticles(input: $input) {
                job { id state origin paths }
              }
            }""";

    // language=GraphQL
    static final String JOB = """
            query Job($id: ID!) {
              importJob(id: $id) {
                id state origin startedAt endedAt
                counts { total read pending imported unchanged replaced rejected failed }
                items(first: 10) {
                  totalCount
                  edges { node { file line fileName state reason source { fileName title } } }
                }
              }
            }""";

    @TempDir
    Path folder;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ImportJobStore store;

    @Autowired
    WebTestClient web;

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void importsFilesOnTheServerAndArticlesSentInlineInABackgroundJob() throws IOException {
        Files.writeString(folder.resolve("odesa.txt"), report("file"), UTF_8);

        Map<String, Object> job = admin().document(IMPORT)
                .variable("input", Map.of(
                        "paths", List.of(folder.toString()),
                        "collection", "odesa-" + folder.getFileName(),
                        "articles", List.of(
                                Map.of("text", report("inline"), "fileName", "drones.txt", "title", "Drones downed",
                                        "published", "2023-07-19T06:00:00+03:00"),
                                Map.of("text", "Пʼять дронів збито над Одесою, повідомив губернатор області.",
                                        "fileName", "ukrainian.txt"))))
                .execute()
                .path("importArticles.job").entity(Map.class).get();

        assertThat(job).containsEntry("origin", "GRAPHQL")
                .containsEntry("paths", List.of(folder.toString()));
        assertThat(job.get("state")).isIn("QUEUED", "RUNNING", "COMPLETED");
        String id = (String) job.get("id");
        awaitCompleted(id);
        graphQl.document(JOB).variable("id", id).execute()
                .path("importJob.state").entity(String.class).isEqualTo("COMPLETED")
                .path("importJob.counts").entity(Map.class).isEqualTo(Map.of("total", 3, "read", 3, "pending", 0,
                        "imported", 2, "unchanged", 0, "replaced", 0, "rejected", 1, "failed", 0))
                .path("importJob.items.totalCount").entity(Integer.class).isEqualTo(3)
                .path("importJob.items.edges[*].node.file").entityList(String.class).containsExactly(
                        "drones.txt", "ukrainian.txt", folder.resolve("odesa.txt").toString())
                .path("importJob.items.edges[*].node.state").entityList(String.class)
                .containsExactly("IMPORTED", "REJECTED", "IMPORTED")
                .path("importJob.items.edges[1].node.reason").entity(String.class)
                .isEqualTo("not English: written mostly in Cyrillic script; Frontline reads English only")
                .path("importJob.items.edges[0].node.source").entity(Map.class)
                .isEqualTo(Map.of("fileName", "drones.txt", "title", "Drones downed"))
                .path("importJob.items.edges[1].node.source").valueIsNull();
    }

    @Test
    void withoutTheAdminTokenAMutationIsRefusedAndNothingStarts() {
        int jobsBefore = store.countJobs();

        graphQl.document(IMPORT).variable("input", Map.of("articles", List.of(Map.of("text", report("x")))))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED);
                    assertThat(error.getMessage()).isEqualTo(
                            "Mutations need the admin token: send the header 'Authorization: Bearer <token>'.");
                }))
                .path("importArticles").pathDoesNotExist();
        assertThat(store.countJobs()).isEqualTo(jobsBefore);
    }

    @Test
    void aWrongAdminTokenIsRefused() {
        int jobsBefore = store.countJobs();

        graphQl.mutate().header(HttpHeaders.AUTHORIZATION, "Bearer guessed").build()
                .document(IMPORT).variable("input", Map.of("articles", List.of(Map.of("text", report("x")))))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED);
                    assertThat(error.getMessage()).isEqualTo("The admin token in the Authorization header is not valid.");
                }));
        assertThat(store.countJobs()).isEqualTo(jobsBefore);
    }

    @Test
    void queriesNeedNoToken() {
        // language=GraphQL
        String jobs = """
                { importJobs(first: 1) { totalCount pageInfo { hasPreviousPage } } }""";

        graphQl.document(jobs).execute().path("importJobs.pageInfo.hasPreviousPage").entity(Boolean.class)
                .isEqualTo(false);
    }

    @Test
    void anImportOfNothingIsABadRequest() {
        admin().document(IMPORT).variable("input", Map.of("paths", List.of())).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo("Give 'paths' to import, 'articles', or both.");
                }));
    }

    @Test
    void aPublishedDateThatIsNoDateIsABadRequest() {
        admin().document(IMPORT)
                .variable("input", Map.of("articles", List.of(Map.of("text", report("x"), "published", "yesterday"))))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo("Article 1: 'published' is 'yesterday', not an ISO date "
                            + "(2022-09-10) or date-time (2022-09-10T14:30:00Z).");
                }));
    }

    @Test
    void aCompletedJobHasNothingToResume() {
        String id = admin().document(IMPORT)
                .variable("input", Map.of("articles", List.of(Map.of("text", report("resume")))))
                .execute().path("importArticles.job.id").entity(String.class).get();
        awaitCompleted(id);
        // language=GraphQL
        String resume = """
                mutation Resume($id: ID!) { resumeImportJob(id: $id) { job { state } } }""";

        admin().document(resume).variable("id", id).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo("Import job " + id + " is COMPLETED: there is nothing "
                            + "to resume.");
                }));
    }

    @Test
    void jobsArePagedNewestFirstWithinTheLimit() {
        for (int i = 0; i < 2; i++) {
            admin().document(IMPORT).variable("input", Map.of("articles", List.of(Map.of("text", report("page " + i)))))
                    .execute();
        }
        // language=GraphQL
        String page = """
                query Page($after: String) {
                  importJobs(first: 1, after: $after) {
                    totalCount
                    edges { cursor node { id } }
                    pageInfo { hasNextPage hasPreviousPage endCursor }
                  }
                }""";

        String newest = graphQl.document(page).execute().path("importJobs.edges[0].node.id").entity(String.class).get();
        String cursor = graphQl.document(page).execute().path("importJobs.pageInfo.endCursor").entity(String.class)
                .get();
        graphQl.document(page).variable("after", cursor).execute()
                .path("importJobs.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true)
                .path("importJobs.edges[0].node.id").entity(String.class).satisfies(previous ->
                        assertThat(previous).isNotEqualTo(newest));
        // language=GraphQL
        String tooMany = """
                { importJobs(first: 101) { totalCount } }""";
        graphQl.document(tooMany).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo("Argument 'first' must be between 1 and 100, but was 101.");
                }));
    }

    @Test
    void aJobCanBeFollowedAsItRuns() {
        String id = admin().document(IMPORT)
                .variable("input", Map.of("articles", List.of(Map.of("text", report("followed")))))
                .execute().path("importArticles.job.id").entity(String.class).get();
        // language=GraphQL
        String follow = """
                subscription Follow($id: ID!) { importJobProgress(id: $id) { state counts { read total } } }""";

        List<ServerSentEvent<String>> events = web.post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_EVENT_STREAM)
                .bodyValue(Map.of("query", follow, "variables", Map.of("id", id)))
                .exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                }).getResponseBody()
                .collectList().block(Duration.ofSeconds(30));

        assertThat(events).isNotEmpty();
        assertThat(events.get(events.size() - 1).event()).isEqualTo("complete");
        List<String> states = events.stream().filter(event -> "next".equals(event.event()))
                .map(event -> JSON.readTree(event.data()).at("/data/importJobProgress/state").asString()).toList();
        assertThat(states).isNotEmpty().last().isEqualTo("COMPLETED");
        assertThat(JSON.readTree(events.get(events.size() - 2).data()).at("/data/importJobProgress/counts").toString())
                .isEqualTo("{\"read\":1,\"total\":1}");
    }

    private HttpGraphQlTester admin() {
        return graphQl.mutate().header(HttpHeaders.AUTHORIZATION, "Bearer " + ImportJobTest.ADMIN_TOKEN).build();
    }

    private void awaitCompleted(String id) {
        Instant deadline = Instant.now().plusSeconds(30);
        // language=GraphQL
        String state = """
                query State($id: ID!) { importJob(id: $id) { state } }""";
        while (Instant.now().isBefore(deadline)) {
            String now = graphQl.document(state).variable("id", id).execute().path("importJob.state")
                    .entity(String.class).get();
            if (now.equals("COMPLETED")) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("Import job " + id + " did not complete in 30 s");
    }

    private String report(String variant) {
        return REPORT + " (Report " + variant + " of " + folder.getFileName() + ".)";
    }
}
