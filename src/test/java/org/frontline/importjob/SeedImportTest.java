package org.frontline.importjob;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seed articles are imported on the service's first start, and only then (or to finish an interrupted import). */
@ImportJobTest
class SeedImportTest {

    @TempDir
    Path seeds;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportJobStore store;

    @Autowired
    TestImporter importer;

    @Autowired
    JdbcClient jdbc;

    SeedImport seedImport;

    @BeforeEach
    void seedFolder() throws IOException {
        for (int i = 1; i <= 3; i++) {
            Files.writeString(seeds.resolve("seed-" + i + ".txt"),
                    ImportJobsTest.REPORT + " (Seed " + i + " of " + seeds.getFileName() + ".)", UTF_8);
        }
        seedImport = new SeedImport(jobs, store, new SeedProperties(true, seeds));
        importer.storeSourceRowsOnly();
    }

    @AfterEach
    void resetImporter() {
        importer.reset();
    }

    @Test
    void aRecordWithoutSourcesGetsTheSeedsAndOnlyOnce() {
        // a first start: the record is empty (this test empties the shared test database's record)
        jdbc.sql("delete from source").update();

        ImportJob job = seedImport.importSeeds().orElseThrow();

        assertThat(job.origin()).isEqualTo(ImportJobOrigin.SEEDS);
        assertThat(job.state()).isEqualTo(ImportJobState.COMPLETED);
        assertThat(store.counts(job.id())).isEqualTo(new ImportCounts(3, 3, 3, 0, 0, 0, 0));
        assertThat(seedImport.importSeeds()).as("a second start").isEmpty();
    }

    @Test
    void aRecordWithSourcesGetsNoSeeds() {
        importOneSource();
        int jobsBefore = store.countJobs();

        assertThat(seedImport.importSeeds()).isEmpty();
        assertThat(store.countJobs()).isEqualTo(jobsBefore);
    }

    @Test
    void aSeedImportInterruptedOnAnEarlierStartIsFinished() {
        importer.failWith(article -> article.fileName().equals("seed-2.txt")
                ? new DataAccessResourceFailureException("the service was killed") : null);
        long jobId = jobs.create(ImportJobOrigin.SEEDS, List.of(seeds), List.of());
        jobs.run(jobId, ImportListener.NONE);
        CrashSimulation.asIfKilled(jdbc, jobId);
        importer.stopFailing();

        ImportJob job = seedImport.importSeeds().orElseThrow();

        assertThat(job.id()).isEqualTo(jobId);
        assertThat(job.state()).isEqualTo(ImportJobState.COMPLETED);
        assertThat(store.counts(jobId)).isEqualTo(new ImportCounts(3, 3, 3, 0, 0, 0, 0));
    }

    @Test
    void withoutASeedFolderNothingHappens() {
        jdbc.sql("delete from source").update();

        assertThat(new SeedImport(jobs, store, new SeedProperties(true, seeds.resolve("missing"))).importSeeds())
                .isEmpty();
    }

    private void importOneSource() {
        jobs.run(jobs.create(ImportJobOrigin.COMMAND_LINE, List.of(seeds.resolve("seed-1.txt")), List.of()),
                ImportListener.NONE);
    }
}
