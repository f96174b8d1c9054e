package org.frontline.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures score.py prints for one set of articles: P, R and F1 per kind, speaker accuracy, event dates, and
 * the gold entities split over several records or records merging several gold entities; with its notes (the
 * per-article misses and extras {@code --verbose} prints).
 */
final class Scorecard {

    static final List<String> KINDS = List.of("places", "people", "quotes", "quotes+speaker", "events");

    final Map<String, Tally> tallies = new LinkedHashMap<>();
    int goldArticles;
    int articlesScored;
    int speakersRight;
    int speakersChecked;
    int datesRight;
    int datesChecked;
    List<String> splits = List.of();
    List<String> merges = List.of();
    final List<String> notes = new ArrayList<>();

    Scorecard() {
        KINDS.forEach(kind -> tallies.put(kind, new Tally()));
    }

    Tally tally(String kind) {
        return tallies.get(kind);
    }

    double speakerAccuracy() {
        return speakersChecked > 0 ? (double) speakersRight / speakersChecked : 0.0;
    }

    double dateAccuracy() {
        return datesChecked > 0 ? (double) datesRight / datesChecked : 0.0;
    }

    /**
     * Every figure by name ({@code places.p}, {@code events.f1}, {@code speakers}, {@code dates}, {@code splits},
     * {@code merges}), as the thresholds name them.
     */
    Map<String, Double> figures() {
        Map<String, Double> figures = new LinkedHashMap<>();
        tallies.forEach((kind, tally) -> {
            figures.put(kind + ".p", tally.precision());
            figures.put(kind + ".r", tally.recall());
            figures.put(kind + ".f1", tally.f1());
        });
        figures.put("speakers", speakerAccuracy());
        figures.put("dates", dateAccuracy());
        figures.put("splits", (double) splits.size());
        figures.put("merges", (double) merges.size());
        return figures;
    }

    /** The lines score.py prints, in its order; with {@code verbose}, its notes too. */
    List<String> report(boolean verbose) {
        List<String> lines = new ArrayList<>();
        lines.add("articles scored: " + articlesScored + " of " + goldArticles);
        tallies.forEach((kind, tally) -> lines.add(tally.row(kind)));
        lines.add(PythonText.padRight("speaker accuracy", 22) + " " + speakersRight + "/" + speakersChecked
                + " of the quotes found");
        lines.add(PythonText.padRight("event dates", 22) + " " + datesRight + "/" + datesChecked
                + " within a day, where both have a date");
        lines.add(PythonText.padRight("identity", 22) + " " + splits.size()
                + " gold entities split over several records; " + merges.size()
                + " records merging different gold entities");
        splits.forEach(split -> lines.add("  split: " + split));
        merges.forEach(merge -> lines.add("  merged: " + merge));
        if (verbose) {
            lines.add(String.join("\n", notes));
        }
        lines.add(summary());
        return lines;
    }

    /** score.py's last line. */
    String summary() {
        return "extraction: places F1 " + f1("places") + " | people F1 " + f1("people") + " | quotes F1 "
                + f1("quotes") + " | quotes+speaker F1 " + f1("quotes+speaker") + " | events F1 " + f1("events")
                + " | splits " + splits.size() + " | merges " + merges.size();
    }

    private String f1(String kind) {
        return PythonText.twoDecimals(tally(kind).f1());
    }
}
