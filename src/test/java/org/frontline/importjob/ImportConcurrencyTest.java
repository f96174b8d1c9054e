package org.frontline.importjob;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two import jobs at once over overlapping files, each on two threads, through the real pipeline and store: every
 * article is stored once, and the people, places and organizations they share are one record each.
 */
@ImportJobTest
class ImportConcurrencyTest {

    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

    @TempDir
    Path folder;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportJobStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoJobsOverOverlappingFilesStoreEachArticleAndEachEntityOnce() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            Path file = folder.resolve("report-%02d.txt".formatted(i));
            Files.writeString(file, report(i), UTF_8);
            files.add(file);
        }
        long first = jobs.create(ImportJobOrigin.COMMAND_LINE, files.subList(0, 8), List.of());
        long second = jobs.create(ImportJobOrigin.COMMAND_LINE, files.subList(4, 12), List.of());
        CyclicBarrier start = new CyclicBarrier(2);

        CompletableFuture<ImportJob> firstRun = CompletableFuture.supplyAsync(() -> runAfter(start, first));
        CompletableFuture<ImportJob> secondRun = CompletableFuture.supplyAsync(() -> runAfter(start, second));

        assertThat(firstRun.get().state()).isEqualTo(ImportJobState.COMPLETED);
        assertThat(secondRun.get().state()).isEqualTo(ImportJobState.COMPLETED);
        assertThat(jdbc.sql("select count(*), count(distinct file_name) from source where collection = :collection")
                .param("collection", folder.toString())
                .query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2))).single()).containsExactly(12, 12);
        Map<String, List<ImportItemState>> outcomes = outcomesByFile(first, second);
        IntStream.rangeClosed(1, 12).forEach(i -> {
            List<ImportItemState> states = outcomes.get("report-%02d.txt".formatted(i));
            if (i <= 4 || i > 8) {
                assertThat(states).as("report %d, read by one job", i).containsExactly(ImportItemState.IMPORTED);
            } else {
                assertThat(states).as("report %d, read by both jobs", i)
                        .containsExactlyInAnyOrder(ImportItemState.IMPORTED, ImportItemState.UNCHANGED);
            }
        });
        assertThat(count("select count(*) from person where name like '%Hnatiuk'")).isEqualTo(1);
        assertThat(count("select count(*) from place where name ilike 'Vysokopil%'")).isEqualTo(1);
    }

    /** Twelve reports of one official on shelling of one village, each with its own day and numbers. */
    private String report(int i) {
        return """
                Russian forces shelled the village of Vysokopillia in the Kherson region on %s, the head of the \
                district military administration, Serhii Hnatiuk, said. %d houses were damaged and %d people were \
                wounded, Hnatiuk said, adding that emergency crews had put out a fire at the village school.

                The General Staff of the Armed Forces of Ukraine said %d drones had been shot down over the south \
                overnight. (Report %d of %s.)""".formatted(DAYS[i % DAYS.length], 3 + i, i % 4 + 1, 5 + i, i,
                folder.getFileName());
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
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
