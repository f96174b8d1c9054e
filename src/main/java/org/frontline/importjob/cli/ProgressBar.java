package org.frontline.importjob.cli;

import java.time.Duration;
import java.util.Locale;

/** The one-line progress of an import on a terminal: how far, how fast, how long still. */
final class ProgressBar {

    private static final int CELLS = 30;

    private ProgressBar() {
    }

    /**
     * @param done         items handled, also those handled by an earlier run of a resumed job
     * @param doneThisRun  items handled since this run began, which give the rate
     * @param elapsed      time since this run began
     */
    static String render(int done, int total, int doneThisRun, Duration elapsed) {
        int filled = total == 0 ? CELLS : (int) ((long) CELLS * done / total);
        String bar = "=".repeat(filled) + (filled < CELLS ? ">" + " ".repeat(CELLS - filled - 1) : "");
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        double seconds = elapsed.toMillis() / 1000.0;
        String rate;
        String left;
        if (doneThisRun == 0 || seconds <= 0) {
            rate = "-- articles/s";
            left = "--:-- left";
        } else {
            double perSecond = doneThisRun / seconds;
            rate = rate(perSecond) + " articles/s";
            left = clock(Duration.ofSeconds(Math.round((total - done) / perSecond))) + " left";
        }
        return String.format(Locale.ROOT, "[%s] %d/%d %3d%%  %s  %s", bar, done, total, percent, rate, left);
    }

    /** "12.3", "0.42": slow imports (the language models loading) keep a figure that says something */
    static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond < 1 ? "%.2f" : "%.1f", perSecond);
    }

    /** "0:47", "12:05", "1:02:03" */
    static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60);
    }
}
