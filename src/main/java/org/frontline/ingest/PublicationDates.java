package org.frontline.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.frontline.vocabulary.TextSpan;

/**
 * Finds the day an article was published, and refuses dates the page shows that are not that day.
 *
 * <p>Where dates come from, most trusted first:
 * <ol>
 *   <li>a labelled date: "Published: 10 September 2022", "Posted on Sept 10, 2022";</li>
 *   <li>the dateline of a wire report: "KYIV, Sept 10 (Reuters) -" (a dateline without a year takes the year that
 *       puts it on or before the latest other date the page shows, the page's own render date included);</li>
 *   <li>a date standing alone on a line below the headline, or in the byline;</li>
 *   <li>an "Updated" date.</li>
 * </ol>
 *
 * <p>A date standing alone on a line ABOVE the headline (before any of the article's text) is what site headers
 * print: the day the page was rendered or scraped, not the day the article was written. It is never taken as the
 * publication date; it only serves as an upper bound. A wrong date is worse than none: the language stage resolves
 * "today" and "on Saturday" against this date, and events dated months off would be matched to the wrong days.
 *
 * <p>A candidate is contradicted, and the next one tried, when
 * <ul>
 *   <li>it is later than the page's render date (a page cannot show an article before it was written), or</li>
 *   <li>the text states as fact a date (with its year: "on 12 October 2022", "in October 2022") more than a day
 *       after it; sentences about plans or the future ("will", "expected", "next") do not count.</li>
 * </ul>
 * Considered and rejected: taking a page date as contradicted because the text's explicit dates are all much
 * earlier. War reports constantly look back ("since the invasion on February 24, 2022"), so that rule would throw
 * away good dates.
 */
final class PublicationDates {

    private static final int DATELINE_PARAGRAPHS = 3;

    private enum Evidence { LABELLED, DATELINE, NEAR_HEADLINE, UPDATED }

    private record Candidate(Evidence evidence, LocalDate date) {
    }

    private PublicationDates() {
    }

    /**
     * @param headline the index of the first line of article text (the headline, when there is one), or -1
     */
    static Optional<LocalDate> find(CleanedText text, List<TextLine> lines, int headline) {
        List<Candidate> candidates = new ArrayList<>();
        LocalDate renderDate = null;
        for (TextLine line : lines) {
            List<DateExpressions.LabelledDate> labelled = DateExpressions.labelledDates(line.text());
            for (DateExpressions.LabelledDate date : labelled) {
                candidates.add(new Candidate(date.label() == DateExpressions.Label.PUBLISHED
                        ? Evidence.LABELLED : Evidence.UPDATED, date.date()));
            }
            if (!labelled.isEmpty()) {
                continue;
            }
            Optional<LocalDate> lone = DateExpressions.loneDate(line.text());
            if (lone.isPresent() && (headline < 0 || line.index() < headline)) {
                renderDate = renderDate == null ? lone.get() : renderDate;
            } else if (lone.isPresent()) {
                candidates.add(new Candidate(Evidence.NEAR_HEADLINE, lone.get()));
            } else if (Bylines.introduced(line.text()).isPresent()) {
                DateExpressions.firstDate(line.text())
                        .ifPresent(date -> candidates.add(new Candidate(Evidence.NEAR_HEADLINE, date)));
            }
        }
        addDateline(text, candidates, renderDate);
        List<DateExpressions.DateReference> facts = DateExpressions.pastReferences(text.body());
        LocalDate upperBound = renderDate;
        return candidates.stream()
                .sorted(Comparator.comparing(Candidate::evidence))
                .filter(candidate -> !contradicted(candidate.date(), upperBound, facts))
                .map(Candidate::date)
                .findFirst();
    }

    private static void addDateline(CleanedText text, List<Candidate> candidates, LocalDate renderDate) {
        List<TextSpan> paragraphs = text.paragraphs();
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()); i++) {
            Optional<Datelines.Dateline> dateline = Datelines.at(paragraphs.get(i).of(text.body()));
            if (dateline.isEmpty()) {
                continue;
            }
            if (dateline.get().date() != null) {
                candidates.add(new Candidate(Evidence.DATELINE, dateline.get().date()));
            } else if (dateline.get().monthDay() != null) {
                latestAnchor(candidates, renderDate).flatMap(anchor -> onOrBefore(dateline.get().monthDay(), anchor))
                        .ifPresent(date -> candidates.add(new Candidate(Evidence.DATELINE, date)));
            }
            return;
        }
    }

    private static Optional<LocalDate> latestAnchor(List<Candidate> candidates, LocalDate renderDate) {
        Optional<LocalDate> latest = candidates.stream().map(Candidate::date).max(Comparator.naturalOrder());
        return latest.isPresent() ? latest : Optional.ofNullable(renderDate);
    }

    private static Optional<LocalDate> onOrBefore(MonthDay day, LocalDate anchor) {
        if (!day.isValidYear(anchor.getYear())) {
            return Optional.empty();
        }
        LocalDate sameYear = day.atYear(anchor.getYear());
        return Optional.of(sameYear.isAfter(anchor) ? day.atYear(anchor.getYear() - 1) : sameYear);
    }

    private static boolean contradicted(LocalDate date, LocalDate renderDate,
            List<DateExpressions.DateReference> facts) {
        if (renderDate != null && date.isAfter(renderDate)) {
            return true;
        }
        return facts.stream().anyMatch(fact -> fact.firstDay().isAfter(date.plusDays(1)));
    }
}
