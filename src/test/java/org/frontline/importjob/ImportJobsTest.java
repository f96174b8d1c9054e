package org.frontline.importjob;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Import jobs over a real database: what each job reports and what it stores. */
@ImportJobTest
class ImportJobsTest {

    static final String REPORT = """
            Ukrainian forces pushed Russian troops out of the village of Velyka Oleksandrivka on Friday, the head \
            of the district military administration, Taras Melnyk, said. He added that the bridge over the river had \
            been destroyed by the retreating troops and that engineers were at work.""";

    @TempDir
    Path folder;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportJobStore store;

    @Autowired
    TestImporter importer;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetImporter() {
        importer.reset();
    }

    @Test
    void aJobReportsEachArticleAndStoresTheGoodOnes() throws IOException {
        write("a.txt", report("a"));
        write("records.jsonl", """
                {"text": "A report from Orikhiv on the night's shelling.", "url": "https://example.org/orikhiv-%s"}
                {"text": "broken
                """.formatted(folder.getFileName()));
        write("empty.txt", "");

        ImportJob job = runNewJob(folder, folder.resolve("missing"));

        assertThat(job.state()).isEqualTo(ImportJobState.COMPLETED);
        assertThat(report(job)).containsExactly(
                "IMPORTED " + folder.resolve("a.txt"),
                "REJECTED " + folder.resolve("empty.txt") + ": empty file",
                "IMPORTED " + folder.resolve("records.jsonl") + ":1",
                "REJECTED " + folder.resolve("records.jsonl") + ":2: malformed JSON at column 17: Unexpected end-of-input: "
                        + "was expecting closing quote for a string value",
                "REJECTED " + folder.resolve("missing") + ": does not exist");
        assertThat(store.counts(job.id())).isEqualTo(new ImportCounts(5, 5, 2, 0, 0, 3, 0));
        assertThat(sourceFiles()).containsExactly("a.txt", "records.jsonl:1");
        assertThat(job.startedAt()).isNotNull();
        assertThat(job.endedAt()).isAfterOrEqualTo(job.startedAt());
    }

    @Test
    void importingTheSameContentAgainChangesNothing() throws IOException {
        write("a.txt", report("a"));
        write("b.txt", report("b"));
        ImportJob first = runNewJob(folder);
        List<String> sourcesBefore = sourceRows();

        ImportJob second = runNewJob(folder);

        assertThat(report(first)).containsExactly("IMPORTED " + folder.resolve("a.txt"),
                "IMPORTED " + folder.resolve("b.txt"));
        assertThat(report(second)).containsExactly("UNCHANGED " + folder.resolve("a.txt"),
                "UNCHANGED " + folder.resolve("b.txt"));
        assertThat(sourceRows()).isEqualTo(sourcesBefore);
    }

    @Test
    void anEditedArticleReplacesItsSource() throws IOException {
        write("a.txt", report("a"));
        ImportJob first = runNewJob(folder);
        long sourceId = store.items(first.id(), null, 0, 10).get(0).sourceId();

        write("a.txt", report("a") + " The governor confirmed it on Saturday.");
        ImportJob second = runNewJob(folder);

        assertThat(report(second)).containsExactly("REPLACED " + folder.resolve("a.txt"));
        assertThat(store.items(second.id(), null, 0, 10).get(0).sourceId()).isEqualTo(sourceId);
        assertThat(jdbc.sql("select body from source where id = :id").param("id", sourceId).query(String.class)
                .single()).endsWith("The governor confirmed it on Saturday.");
        assertThat(sourceFiles()).containsExactly("a.txt");
    }

    @Test
    void anArticleThePipelineRejectsLeavesOnlyItsReason() throws IOException {
        write("a.txt", report("a"));
        write("b.txt", report("b"));
        importer.failWith(article -> article.fileName().equals("a.txt")
                ? new RejectedArticleException("no events, places or people found") : null);

        ImportJob job = runNewJob(folder);

        assertThat(report(job)).containsExactly(
                "REJECTED " + folder.resolve("a.txt") + ": no events, places or people found",
                "IMPORTED " + folder.resolve("b.txt"));
        assertThat(sourceFiles()).containsExactly("b.txt");
    }

    @Test
    void anArticleThePipelineFailsOnIsReportedAndTheJobGoesOn() throws IOException {
        write("a.txt", report("a"));
        write("b.txt", report("b"));
        importer.failWith(article -> article.fileName().equals("a.txt")
                ? new IllegalStateException("no sentence splitter") : null);

        ImportJob job = runNewJob(folder);

        assertThat(job.state()).isEqualTo(ImportJobState.COMPLETED);
        assertThat(report(job)).containsExactly(
                "FAILED " + folder.resolve("a.txt") + ": import failed: java.lang.IllegalStateException: no sentence "
                        + "splitter",
                "IMPORTED " + folder.resolve("b.txt"));
    }

    @Test
    void aJobStoppedByTheDatabaseGoingAwayResumesWhereItStopped() throws IOException {
        for (int i = 1; i <= 6; i++) {
            write("report-" + i + ".txt", report("number " + i));
        }
        importer.failWith(article -> article.fileName().equals("report-4.txt")
                ? new DataAccessResourceFailureException("connection lost") : null);
        long jobId = jobs.create(ImportJobOrigin.COMMAND_LINE, List.of(folder), List.of());

        ImportJob failed = jobs.run(jobId, ImportListener.NONE);

        assertThat(failed.state()).isEqualTo(ImportJobState.FAILED);
        assertThat(store.counts(jobId)).isEqualTo(new ImportCounts(6, 3, 3, 0, 0, 0, 0));

        importer.stopFailing();
        ImportJob resumed = jobs.run(jobId, ImportListener.NONE);

        assertThat(resumed.state()).isEqualTo(ImportJobState.COMPLETED);
        assertThat(store.counts(jobId)).isEqualTo(new ImportCounts(6, 6, 6, 0, 0, 0, 0));
        assertThat(sourceFiles()).containsExactly("report-1.txt", "report-2.txt", "report-3.txt", "report-4.txt",
                "report-5.txt", "report-6.txt");
    }

    /** Content no other test stores: content is what tells an unchanged article. */
    private String report(String variant) {
        return REPORT + " (Report " + variant + " of " + folder.getFileName() + ".)";
    }

    private ImportJob runNewJob(Path... paths) {
        return jobs.run(jobs.create(ImportJobOrigin.COMMAND_LINE, List.of(paths), List.of()), ImportListener.NONE);
    }

    private List<String> report(ImportJob job) {
        return store.items(job.id(), null, 0, 1000).stream()
                .map(item -> item.state() + " " + item.location() + (item.reason() == null ? "" : ": " + item.reason()))
                .toList();
    }

    private List<String> sourceFiles() {
        return jdbc.sql("select file_name from source where collection = :collection order by file_name")
                .param("collection", folder.toString()).query(String.class).list();
    }

    private List<String> sourceRows() {
        return jdbc.sql("select id || ' ' || file_name || ' ' || content_hash || ' ' || imported_at from source "
                + "where collection = :collection order by id").param("collection", folder.toString())
                .query(String.class).list();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, UTF_8);
    }
}
