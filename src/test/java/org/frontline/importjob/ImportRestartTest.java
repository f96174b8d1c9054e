package org.frontline.importjob;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A job stopped in the middle (by a crash, or the database going away) resumes and ends as a clean run would. */
@ImportJobTest
class ImportRestartTest {

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

    @BeforeEach
    void storeSourceRowsOnly() {
        // about resuming, not extraction: fast articles
        importer.storeSourceRowsOnly();
    }

    @AfterEach
    void resetImporter() {
        importer.reset();
    }

    @Test
    void aJobKilledInTheMiddleResumesAndEndsWithTheSameDataAsACleanRun() throws IOException {
        writeCorpus();
        ImportJob clean = jobs.run(jobs.create(ImportJobOrigin.COMMAND_LINE, List.of(folder), List.of()), 2,
                ImportListener.NONE);
        List<String> cleanSources = sources();
        List<String> cleanReport = report(clean.id());
        jdbc.sql("delete from source where collection = :collection").param("collection", folder.toString()).update();

        AtomicInteger imported = new AtomicInteger();
        importer.failWith(article -> imported.incrementAndGet() > 7
                ? new DataAccessResourceFailureException("the process died") : null);
        long jobId = jobs.create(ImportJobOrigin.COMMAND_LINE, List.of(folder), List.of());
        ImportJob stopped = jobs.run(jobId, 2, ImportListener.NONE);
        CrashSimulation.asIfKilled(jdbc, jobId);
        ImportCounts atTheCrash = store.counts(jobId);
        importer.stopFailing();

        assertThat(stopped.state()).isEqualTo(ImportJobState.FAILED);
        assertThat(jobs.find(jobId).orElseThrow().state()).isEqualTo(ImportJobState.INTERRUPTED);
        assertThat(atTheCrash.read()).isBetween(1, atTheCrash.total() - 1);

        ImportJob resumed = jobs.run(jobId, 2, ImportListener.NONE);

        assertThat(resumed.state()).isEqualTo(ImportJobState.COMPLETED);
        assertThat(sources()).isEqualTo(cleanSources);
        assertThat(report(jobId)).isEqualTo(cleanReport);
        assertThat(jdbc.sql("select count(*) from batch_job_execution e join batch_job_execution_params p "
                        + "using (job_execution_id) where p.parameter_name = 'importJobId' and p.parameter_value = :job")
                .param("job", Long.toString(jobId)).query(Integer.class).single())
                .as("Spring Batch executions: the first, stopped, and the resumed one").isEqualTo(2);
    }

    @Test
    void aCompletedJobRunAgainChangesNothing() throws IOException {
        writeCorpus();
        long jobId = jobs.create(ImportJobOrigin.COMMAND_LINE, List.of(folder), List.of());
        jobs.run(jobId, ImportListener.NONE);
        List<String> report = report(jobId);

        ImportJob again = jobs.run(jobId, ImportListener.NONE);

        assertThat(again.state()).isEqualTo(ImportJobState.COMPLETED);
        assertThat(report(jobId)).isEqualTo(report);
    }

    @Test
    void aJobItsOwnerStillRunsCannotBeRunElsewhere(@Autowired ImportJobLocks locks) {
        long jobId = jobs.create(ImportJobOrigin.COMMAND_LINE, List.of(folder), List.of());

        try (ImportJobLocks.Lease held = locks.tryLock(jobId).orElseThrow()) {
            assertThat(locks.tryLock(jobId)).isEmpty();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jobs.run(jobId, ImportListener.NONE))
                    .isInstanceOf(ImportJobBusyException.class)
                    .hasMessage("Import job " + jobId + " is running in another process");
        }
        assertThat(jobs.run(jobId, ImportListener.NONE).state()).isEqualTo(ImportJobState.COMPLETED);
    }

    private void writeCorpus() throws IOException {
        for (int i = 1; i <= 12; i++) {
            write("report-%02d.txt".formatted(i), text(i));
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 13; i <= 17; i++) {
            lines.append("{\"text\": \"").append(text(i)).append("\", \"title\": \"Report ").append(i).append("\"}\n");
        }
        lines.append("{\"text\": \n");
        write("more.jsonl", lines.toString());
        write("empty.txt", "");
    }

    private String text(int i) {
        return ImportJobsTest.REPORT + " (Report " + i + " of " + folder.getFileName() + ".)";
    }

    private List<String> sources() {
        return jdbc.sql("select file_name || '|' || coalesce(title, '') || '|' || content_hash || '|' || body "
                        + "from source where collection = :collection order by file_name")
                .param("collection", folder.toString()).query(String.class).list();
    }

    private List<String> report(long jobId) {
        return store.items(jobId, null, 0, 1000).stream()
                .map(item -> item.location() + " " + item.state() + " " + item.reason()).toList();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, UTF_8);
    }
}
