package org.frontline.importjob.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.frontline.importjob.ImportCounts;
import org.frontline.importjob.ImportItem;
import org.frontline.importjob.ImportListener;

/**
 * What the import command prints while a job runs: a line per item (its outcome, where it is, why when it was
 * refused) and, on a terminal, a progress bar below the lines with the rate and the time left.
 */
class ImportReport implements ImportListener {

    /** Clears the terminal line the cursor is on. */
    private static final String CLEAR_LINE = "\r\u001B[2K";

    private final PrintStream out;
    private final boolean terminal;
    private final Path workingFolder;
    private final LongFunction<ImportCounts> counts;
    private final LongFunction<List<ImportItem>> finishedItems;
    private final long startNanos = System.nanoTime();
    private int total;
    private int done;
    private int doneThisRun;

    /**
     * @param counts        a job's counts now
     * @param finishedItems a job's items finished before this run began importing (refused by the scan, or handled by
     *                      an earlier run of a resumed job)
     */
    ImportReport(PrintStream out, boolean terminal, Path workingFolder, LongFunction<ImportCounts> counts,
            LongFunction<List<ImportItem>> finishedItems) {
        this.out = out;
        this.terminal = terminal;
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
        this.counts = counts;
        this.finishedItems = finishedItems;
    }

    @Override
    public synchronized void importing(long jobId) {
        ImportCounts now = counts.apply(jobId);
        total = now.total();
        done = now.read();
        finishedItems.apply(jobId).forEach(item -> out.println(line(item)));
        drawBar();
    }

    @Override
    public synchronized void finished(ImportItem item) {
        done++;
        doneThisRun++;
        if (terminal) {
            out.print(CLEAR_LINE);
        }
        out.println(line(item));
        drawBar();
    }

    /** Takes the progress bar away before the summary. */
    synchronized void close() {
        if (terminal) {
            out.print(CLEAR_LINE);
            out.flush();
        }
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    int doneThisRun() {
        return doneThisRun;
    }

    /** "imported  seeds/a.txt", "rejected  data/b.jsonl:3: malformed JSON at column 7: ..." */
    String line(ImportItem item) {
        String where = item.path() == null ? item.location() : shown(Path.of(item.path()))
                + (item.line() == null ? "" : ":" + item.line());
        return String.format(Locale.ROOT, "%-9s %s%s", item.state().name().toLowerCase(Locale.ROOT), where,
                item.reason() == null ? "" : ": " + item.reason());
    }

    private String shown(Path path) {
        return path.startsWith(workingFolder) && !path.equals(workingFolder)
                ? workingFolder.relativize(path).toString()
                : path.toString();
    }

    private void drawBar() {
        if (terminal) {
            out.print(ProgressBar.render(done, total, doneThisRun, elapsed()));
            out.flush();
        }
    }
}
