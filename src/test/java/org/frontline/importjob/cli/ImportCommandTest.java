package org.frontline.importjob.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frontline.importjob.CrashSimulation;
import org.frontline.importjob.ImportJobOrigin;
import org.frontline.importjob.ImportJobState;
import org.frontline.importjob.ImportJobTest;
import org.frontline.importjob.ImportJobs;
import org.frontline.importjob.TestImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code java -jar frontline.jar import PATH...}, run in-process: its lines, its summary, its exit status. */
@ImportJobTest
class ImportCommandTest {

    static final String REPORT = """
            Russian troops shelled the centre of Nikopol overnight, damaging a school and two apartment blocks, the \
            head of the district administration, Oksana Tkachuk, said on Tuesday. She added that the power lines to \
            the town had been cut and that repair crews were waiting for the shelling to stop.""";

    @TempDir
    Path folder;

    @Autowired
    ImportCommand command;

    @Autowired
    TestImporter importer;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @AfterEach
    void resetImporter() {
        importer.reset();
    }

    @Test
    void printsALinePerArticleAndASummaryAndExitsZeroWhenAllWasImported() throws IOException {
        write("a.txt", report("a"));
        write("b.txt", report("b"));

        int status = run(folder.toString());

        assertThat(status).isEqualTo(ImportCommand.OK);
        assertThat(lines()).hasSize(3).startsWith(
                "imported  " + folder.resolve("a.txt"),
                "imported  " + folder.resolve("b.txt"));
        assertThat(lines().get(2)).matches("Import job \\d+ completed in \\d+\\.\\d s \\(\\d+\\.\\d+ articles/s\\): "
                + "2 read, 2 imported, 0 unchanged, 0 replaced, 0 rejected, 0 failed");
    }

    @Test
    void exitsTwoWhenSomethingWasRejectedAndSaysWhy() throws IOException {
        write("a.txt", report("a"));
        write("blank.txt", "   ");

        int status = run(folder.toString(), folder.resolve("missing.txt").toString());

        assertThat(status).isEqualTo(ImportCommand.PROBLEMS);
        assertThat(lines()).hasSize(4).startsWith(
                "rejected  " + folder.resolve("missing.txt") + ": does not exist",
                "imported  " + folder.resolve("a.txt"),
                "rejected  " + folder.resolve("blank.txt") + ": empty file (only white space)");
        assertThat(lines().get(3)).endsWith(": 3 read, 1 imported, 0 unchanged, 0 replaced, 2 rejected, 0 failed");
    }

    @Test
    void anArticleImportedBeforeIsUnchangedAndStillExitsZero() throws IOException {
        write("a.txt", report("a"));
        run(folder.toString());
        output.reset();

        int status = run(folder.toString());

        assertThat(status).isEqualTo(ImportCommand.OK);
        assertThat(lines().get(0)).isEqualTo("unchanged " + folder.resolve("a.txt"));
    }

    @Test
    void withoutPathsItExplainsItselfAndExitsTwo() {
        int status = run();

        assertThat(status).isEqualTo(ImportCommand.PROBLEMS);
        assertThat(lines()).containsExactly("Usage: java -jar frontline.jar import PATH...",
                "Imports articles (.txt, .html, .htm, .json, .jsonl; folders are walked, with their manifest.json) "
                        + "into the database.");
    }

    @Test
    void onATerminalAProgressBarFollowsTheLines() throws IOException {
        write("a.txt", report("a"));
        write("b.txt", report("b"));

        command.run(List.of(folder.toString()), new PrintStream(output, true, UTF_8), true);

        String screen = output.toString(UTF_8);
        assertThat(screen).contains("\r\u001B[2Kimported  " + folder.resolve("b.txt") + "\n[");
        assertThat(screen).containsPattern("\\[=+\\] 2/2 100%  \\d+\\.\\d+ articles/s  0:00 left");
        assertThat(screen).contains("\r\u001B[2KImport job ");
    }

    @Test
    void runningItAgainAfterACrashResumesTheJobWhereItStopped() throws IOException {
        for (int i = 1; i <= 6; i++) {
            write("report-" + i + ".txt", report("number " + i));
        }
        importer.failWith(article -> article.fileName().equals("report-4.txt")
                ? new DataAccessResourceFailureException("connection lost") : null);
        int first = run(folder.toString());
        long jobId = jobs.unfinished(ImportJobOrigin.COMMAND_LINE, List.of(folder)).orElseThrow().id();
        CrashSimulation.asIfKilled(jdbc, jobId);
        assertThat(jobs.find(jobId).orElseThrow().state()).isEqualTo(ImportJobState.INTERRUPTED);
        importer.stopFailing();
        output.reset();

        int second = run(folder.toString());

        assertThat(first).isEqualTo(ImportCommand.STOPPED);
        assertThat(second).isEqualTo(ImportCommand.OK);
        assertThat(lines()).hasSize(8);
        assertThat(lines().get(0)).isEqualTo("Resuming import job " + jobId + " (interrupted), 3 of 6 articles done "
                + "before");
        assertThat(lines().subList(1, 7)).containsExactly(
                "imported  " + folder.resolve("report-1.txt"),
                "imported  " + folder.resolve("report-2.txt"),
                "imported  " + folder.resolve("report-3.txt"),
                "imported  " + folder.resolve("report-4.txt"),
                "imported  " + folder.resolve("report-5.txt"),
                "imported  " + folder.resolve("report-6.txt"));
        assertThat(lines().get(7)).startsWith("Import job " + jobId + " completed in ")
                .endsWith(": 6 read, 6 imported, 0 unchanged, 0 replaced, 0 rejected, 0 failed");
        assertThat(jobs.find(jobId).orElseThrow().state()).isEqualTo(ImportJobState.COMPLETED);
    }

    private int run(String... arguments) {
        return command.run(List.of(arguments), new PrintStream(output, true, UTF_8), false);
    }

    private List<String> lines() {
        return output.toString(UTF_8).lines().toList();
    }

    private String report(String variant) {
        return REPORT + " (Report " + variant + " of " + folder.getFileName() + ".)";
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, UTF_8);
    }
}
