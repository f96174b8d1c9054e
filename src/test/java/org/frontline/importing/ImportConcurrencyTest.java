package org.frontline.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two import jobs at once over overlapping files, each on two threads: every article is stored once. */
@ImportJobTest
class ImportConcurrencyTest {

    @TempDir
    Path folder;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportJobStore store;

    @Autowired
    ImportFaults faults;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void noFaults() {
        faults.clear();
    }

    @Test
    void twoJobsOverOverlappingFilesStoreEachArticleOnce() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            Path file = folder.resolve("report-%02d.txt".formatted(i));
            Files.writeString(file, ImportJobsTest.REPORT + " (Report " + i + " of " + folder.getFileName() + ".)",
                    UTF_8);
            files.add(file);
        }
        // both jobs look for a source before either stores it: the database's unique keys decide
        faults.pauseBeforeStoring(Duration.ofMillis(20));
        long first = jobs.create(ImportJobOrigin.COMMAND_LINE, files.subList(0, 30), List.of());
        long second = jobs.create(ImportJobOrigin.COMMAND_LINE, files.subList(10, 40), List.of());
        CyclicBarrier start = new CyclicBarrier(2);

        CompletableFuture<ImportJob> firstRun = CompletableFuture.supplyAsync(() -> runAfter(start, first));
        CompletableFuture<ImportJob> secondRun = CompletableFuture.supplyAsync(() -> runAfter(start, second));

        assertThat(firstRun.get().state()).isEqualTo(ImportJobState.COMPLETED);
        assertThat(secondRun.get().state()).isEqualTo(ImportJobState.COMPLETED);
        assertThat(jdbc.sql("select count(*), count(distinct file_name) from source where collection = :collection")
                .param("collection", folder.toString())
                .query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2))).single()).containsExactly(40, 40);
        Map<String, List<ImportItemState>> outcomes = outcomesByFile(first, second);
        assertThat(outcomes).hasSize(40);
        IntStream.rangeClosed(1, 40).forEach(i -> {
            List<ImportItemState> states = outcomes.get("report-%02d.txt".formatted(i));
            if (i <= 10 || i > 30) {
                assertThat(states).as("report %d, read by one job", i).containsExactly(ImportItemState.IMPORTED);
            } else {
                assertThat(states).as("report %d, read by both jobs", i)
                        .containsExactlyInAnyOrder(ImportItemState.IMPORTED, ImportItemState.UNCHANGED);
            }
        });
    }

    private ImportJob runAfter(CyclicBarrier start, long jobId) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jobs.run(jobId, 2, ImportListener.NONE);
    }

    private Map<String, List<ImportItemState>> outcomesByFile(long... jobIds) {
        List<ImportItem> items = new ArrayList<>();
        for (long jobId : jobIds) {
            items.addAll(store.items(jobId, null, 0, 1000));
        }
        return items.stream().collect(Collectors.groupingBy(item -> Path.of(item.path()).getFileName().toString(),
                Collectors.mapping(ImportItem::state, Collectors.toList())));
    }
}
