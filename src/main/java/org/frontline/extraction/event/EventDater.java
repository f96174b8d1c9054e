package org.frontline.extraction.event;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.extraction.language.TimeMention;
import org.frontline.vocabulary.DatePrecision;

/**
 * Dates a trigger. The rule, from what the seed annotations show (the gold gives the day a thing happened):
 * <ol>
 * <li>A time expression the analyzer normalised, standing nearest to this trigger in its sentence, gives the date
 * and its precision ("on Saturday" → that day, DAY; "earlier this month" → the month, MONTH).</li>
 * <li>When the trigger's place came from an earlier sentence ("left the town"), that sentence's time expression
 * counts too ("On Friday the footage appeared from X. ... a flag being raised over a checkpoint").</li>
 * <li>A time expression ending more than {@link #BACKGROUND_DAYS} days before the article's date marks the
 * trigger as background ("in March", "last month", and a bare earlier year, "in 2014", whether or not the
 * analyzer dates it): history, not news. Other expressions without a day, week or month ("this year") neither
 * date nor background a trigger.</li>
 * <li>A time expression after the article's date is the time of a plan ("spend £2bn in 2023"), not of the report;
 * it is ignored.</li>
 * <li>Otherwise a news report's past or present-perfect statement happened around publication: the article's date
 * with WEEK precision (never DAY: the day is not known). Without an article date: no date, UNKNOWN.</li>
 * </ol>
 */
final class EventDater {

    static final int BACKGROUND_DAYS = 7;
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d{2}|20\\d{2})\\b");

    record Dating(LocalDate date, DatePrecision precision, boolean background) {
    }

    private final LocalDate articleDate;

    EventDater(LocalDate articleDate) {
        this.articleDate = articleDate;
    }

    /**
     * @param own       time mentions belonging to the trigger, nearest first
     * @param inherited time mentions of the sentence the trigger's place came from, if any
     */
    Dating date(List<TimeMention> own, List<TimeMention> inherited) {
        Dating dating = fromMentions(own);
        if (dating == null) {
            dating = fromMentions(inherited);
        }
        if (dating != null) {
            return dating;
        }
        return articleDate == null ? new Dating(null, DatePrecision.UNKNOWN, false)
                : new Dating(articleDate, DatePrecision.WEEK, false);
    }

    private Dating fromMentions(List<TimeMention> mentions) {
        for (TimeMention time : mentions) {
            if (time.date() == null) {
                if (articleDate != null && yearNamed(time).filter(y -> y < articleDate.getYear()).isPresent()) {
                    return new Dating(null, DatePrecision.UNKNOWN, true);
                }
                continue;
            }
            DatePrecision precision = time.precision() == null ? DatePrecision.UNKNOWN : time.precision();
            if (precision == DatePrecision.UNKNOWN) {
                if (articleDate != null && yearNamed(time).filter(y -> y < articleDate.getYear()).isPresent()) {
                    return new Dating(time.date(), precision, true);
                }
                continue;
            }
            if (articleDate != null) {
                if (periodEnd(time, precision).isBefore(articleDate.minusDays(BACKGROUND_DAYS))) {
                    return new Dating(time.date(), precision, true);
                }
                if (periodStart(time, precision).isAfter(articleDate)) {
                    continue;
                }
            }
            return new Dating(time.date(), precision, false);
        }
        return null;
    }

    private static LocalDate periodStart(TimeMention time, DatePrecision precision) {
        return precision == DatePrecision.MONTH ? time.date().withDayOfMonth(1) : time.date();
    }

    private static LocalDate periodEnd(TimeMention time, DatePrecision precision) {
        return switch (precision) {
            case WEEK -> time.date().plusDays(6);
            case MONTH -> time.date().with(TemporalAdjusters.lastDayOfMonth());
            default -> time.date();
        };
    }

    /** "in 2014", "2014-2015": the (first) year an expression names when it names no month or day. */
    private static Optional<Integer> yearNamed(TimeMention time) {
        String text = time.text() == null ? "" : time.text();
        Matcher year = YEAR.matcher(text);
        boolean monthOrDay = text.matches("(?i).*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b.*");
        return year.find() && !monthOrDay ? Optional.of(Integer.parseInt(year.group(1))) : Optional.empty();
    }
}
