package org.frontline.importjob.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.frontline.importjob.ImportCounts;
import org.frontline.importjob.ImportJob;
import org.frontline.importjob.ImportJobOrigin;
import org.frontline.importjob.ImportJobState;
import org.frontline.importjob.ImportJobStore;
import org.frontline.importjob.ImportJobTest;
import org.frontline.importjob.ImportJobs;
import org.frontline.importjob.ImportListener;
import org.frontline.importjob.TestImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import rate through the import job (scan, read, import, record each item) on a generated corpus, once per
 * worker thread count. Not part of the test suite: {@code scripts/bench/import-rate.sh} runs it, with
 * {@code -Dbench.articles=N}, {@code -Dbench.threads=1,2}, {@code -Dbench.importer=pipeline|source-rows} and
 * {@code -Dbench.warm-up=N} (a first, unmeasured run of N articles).
 */
@ImportJobTest
@EnabledIfSystemProperty(named = "bench.articles", matches = "\\d+")
class ImportRateBenchmark {

    @TempDir
    Path work;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportJobStore store;

    @Autowired
    TestImporter importer;

    @Test
    void measure() throws IOException {
        int articles = Integer.getInteger("bench.articles");
        String importerName = System.getProperty("bench.importer", "pipeline");
        List<Integer> threadCounts = Arrays.stream(System.getProperty("bench.threads", "1,2").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        if (importerName.equals("source-rows")) {
            importer.storeSourceRowsOnly();
        }
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "Import rate through the import job: %d generated articles per run, "
                + "importer %s, %d cores", articles, importerName, Runtime.getRuntime().availableProcessors()));
        int warmUpArticles = Integer.getInteger("bench.warm-up", 50);
        Run warmUp = run(warmUpArticles, 1, 1);
        report.add(String.format(Locale.ROOT, "warm-up (loads the models, compiles the hot code): %d articles in "
                + "%.1f s", warmUpArticles, warmUp.seconds()));
        long seed = 2;
        for (int threads : threadCounts) {
            Run run = run(articles, threads, seed++);
            report.add(String.format(Locale.ROOT, "%d thread%s: %d articles in %.1f s = %.1f articles/s "
                            + "(%d imported, %d unchanged, %d rejected, %d failed)", threads, threads == 1 ? " " : "s",
                    run.counts().read(), run.seconds(), run.counts().read() / run.seconds(), run.counts().imported(),
                    run.counts().unchanged(), run.counts().rejected(), run.counts().failed()));
            assertThat(run.job().state()).isEqualTo(ImportJobState.COMPLETED);
            assertThat(run.counts().problems()).isZero();
        }
        Path out = Files.createDirectories(Path.of("target", "bench")).resolve("import-rate.txt");
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private record Run(ImportJob job, ImportCounts counts, double seconds) {
    }

    private Run run(int articles, int threads, long seed) throws IOException {
        Path corpus = SyntheticCorpus.write(SyntheticCorpus.generate(articles, seed), work.resolve("corpus-" + seed));
        long jobId = jobs.create(ImportJobOrigin.COMMAND_LINE, List.of(corpus), List.of());
        long start = System.nanoTime();
        ImportJob job = jobs.run(jobId, threads, ImportListener.NONE);
        double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
        return new Run(job, store.counts(jobId), seconds);
    }
}
