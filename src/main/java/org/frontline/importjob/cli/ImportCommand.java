package org.frontline.importjob.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.frontline.importjob.ImportCounts;
import org.frontline.importjob.ImportItem;
import org.frontline.importjob.ImportItemState;
import org.frontline.importjob.ImportJob;
import org.frontline.importjob.ImportJobBusyException;
import org.frontline.importjob.ImportJobOrigin;
import org.frontline.importjob.ImportJobState;
import org.frontline.importjob.ImportJobStore;
import org.frontline.importjob.ImportJobs;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar frontline.jar import PATH...}: imports files and folders, printing a line per article and a
 * summary. Running it again over the same paths after it was interrupted resumes that job.
 *
 * <p>Exit status: 0 when every article was imported (or was unchanged, or replaced an earlier version), 2 when some
 * were rejected or failed (or no path was given), 1 when the job itself stopped before its end.
 */
@Component
public class ImportCommand {

    public static final int OK = 0;
    public static final int STOPPED = 1;
    public static final int PROBLEMS = 2;

    private final ImportJobs jobs;
    private final ImportJobStore store;

    public ImportCommand(ImportJobs jobs, ImportJobStore store) {
        this.jobs = jobs;
        this.store = store;
    }

    /**
     * @param terminal whether the output is a terminal, which gets a progress bar; a pipe gets plain lines
     * @return the exit status
     */
    public int run(List<String> arguments, PrintStream out, boolean terminal) {
        if (arguments.isEmpty()) {
            out.println("Usage: java -jar frontline.jar import PATH...");
            out.println("Imports articles (.txt, .html, .htm, .json, .jsonl; folders are walked, with their "
                    + "manifest.json) into the database.");
            return PROBLEMS;
        }
        List<Path> paths = arguments.stream().map(Path::of).toList();
        Optional<ImportJob> unfinished = jobs.unfinished(ImportJobOrigin.COMMAND_LINE, paths);
        long jobId;
        if (unfinished.isPresent()) {
            jobId = unfinished.get().id();
            ImportCounts counts = store.counts(jobId);
            out.printf(Locale.ROOT, "Resuming import job %d (%s), %d of %d articles done before%n", jobId,
                    unfinished.get().state().name().toLowerCase(Locale.ROOT), counts.read(), counts.total());
        } else {
            jobId = jobs.create(ImportJobOrigin.COMMAND_LINE, paths, List.of());
        }
        ImportReport report = new ImportReport(out, terminal, Path.of(""), store::counts, this::finishedItems);
        ImportJob job;
        try {
            job = jobs.run(jobId, report);
        } catch (ImportJobBusyException e) {
            out.println(e.getMessage());
            return STOPPED;
        } finally {
            report.close();
        }
        ImportCounts counts = store.counts(jobId);
        out.println(summary(job, counts, report.elapsed(), report.doneThisRun()));
        if (job.state() != ImportJobState.COMPLETED) {
            return STOPPED;
        }
        return counts.problems() > 0 ? PROBLEMS : OK;
    }

    static String summary(ImportJob job, ImportCounts counts, Duration elapsed, int doneThisRun) {
        String outcome = String.format(Locale.ROOT,
                "%d read, %d imported, %d unchanged, %d replaced, %d rejected, %d failed", counts.read(),
                counts.imported(), counts.unchanged(), counts.replaced(), counts.rejected(), counts.failed());
        double seconds = elapsed.toMillis() / 1000.0;
        String rate = doneThisRun > 0 && seconds > 0
                ? " (" + ProgressBar.rate(doneThisRun / seconds) + " articles/s)" : "";
        if (job.state() == ImportJobState.COMPLETED) {
            return String.format(Locale.ROOT, "Import job %d completed in %.1f s%s: %s", job.id(), seconds, rate,
                    outcome);
        }
        return String.format(Locale.ROOT, "Import job %d stopped (%s) after %d of %d articles: %s. Run the same "
                        + "command again to resume it.", job.id(), job.state().name().toLowerCase(Locale.ROOT),
                counts.read(), counts.total(), outcome);
    }

    private List<ImportItem> finishedItems(long jobId) {
        List<ImportItem> finished = new ArrayList<>();
        int after = 0;
        for (List<ImportItem> page = store.items(jobId, null, after, 1000); !page.isEmpty();
                page = store.items(jobId, null, after, 1000)) {
            page.stream().filter(item -> item.state() != ImportItemState.PENDING)
                    .forEach(finished::add);
            after = page.get(page.size() - 1).seq();
        }
        return finished;
    }
}
