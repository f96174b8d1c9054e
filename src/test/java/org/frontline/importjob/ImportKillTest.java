package org.frontline.importjob;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real thing: the import command in another JVM, killed with SIGKILL in the middle of a job, leaves nothing
 * half-written, and the job resumes here and ends as a clean run would.
 */
@ImportJobTest
class ImportKillTest {

    static final int ARTICLES = 30;

    @TempDir
    Path folder;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportJobStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anImportKilledMidJobResumesAndEndsAsACleanRun() throws Exception {
        for (int i = 1; i <= ARTICLES; i++) {
            Files.writeString(folder.resolve("report-%02d.txt".formatted(i)),
                    ImportJobsTest.REPORT + " (Report " + i + " of " + folder.getFileName() + ".)", UTF_8);
        }
        Path log = Files.createDirectories(Path.of("target")).resolve("import-kill-child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), SlowImportMain.class.getName(),
                jdbcUrl(), folder.toString(), "200")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long jobId;
        try {
            jobId = await("the child's job", Duration.ofMinutes(3), () -> store.latest(ImportJobOrigin.COMMAND_LINE,
                    List.of(folder)).map(ImportJob::id)).orElseThrow();
            await("five articles imported", Duration.ofMinutes(1),
                    () -> Optional.of(store.counts(jobId)).filter(counts -> counts.read() >= 5));
        } finally {
            child.destroyForcibly().waitFor();
        }
        ImportCounts atTheKill = store.counts(jobId);

        assertThat(await("the dead session's lock released", Duration.ofSeconds(30),
                () -> jobs.find(jobId).filter(job -> job.state() == ImportJobState.INTERRUPTED))).isPresent();
        assertThat(atTheKill.read()).as("killed in the middle; its output:%n%s", Files.readString(log))
                .isBetween(5, ARTICLES - 1);
        assertThat(sourceCount()).as("one source per article marked done, nothing half-written")
                .isEqualTo(atTheKill.imported());
        assertThat(batchStatus(jobId)).isEqualTo("STARTED");

        ImportJob resumed = jobs.run(jobId, ImportListener.NONE);

        assertThat(resumed.state()).isEqualTo(ImportJobState.COMPLETED);
        assertThat(store.counts(jobId)).isEqualTo(new ImportCounts(ARTICLES, ARTICLES, ARTICLES, 0, 0, 0, 0));
        assertThat(jdbc.sql("select count(distinct file_name) from source where collection = :collection")
                .param("collection", folder.toString()).query(Integer.class).single()).isEqualTo(ARTICLES);
        assertThat(sourceCount()).isEqualTo(ARTICLES);
    }

    private int sourceCount() {
        return jdbc.sql("select count(*) from source where collection = :collection")
                .param("collection", folder.toString()).query(Integer.class).single();
    }

    private String batchStatus(long jobId) {
        return jdbc.sql("select e.status from batch_job_execution e join batch_job_execution_params p "
                        + "using (job_execution_id) where p.parameter_name = 'importJobId' and p.parameter_value = :job "
                        + "order by e.job_execution_id desc limit 1")
                .param("job", Long.toString(jobId)).query(String.class).single();
    }

    private String jdbcUrl() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }

    private static <T> Optional<T> await(String what, Duration timeout, Supplier<Optional<T>> check)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> value = check.get();
            if (value.isPresent()) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Waited " + timeout + " in vain for " + what);
    }
}
