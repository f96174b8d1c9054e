package org.frontline.vocabulary;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The days an event's date may stand for, given its precision: a DAY date is that day; a WEEK date is the week
 * either side of it (a report dated only by its article happened in the days around publication, and a week
 * named in the text may be given by its first or last day); a MONTH date is its calendar month. A date of
 * UNKNOWN precision, or no date, bounds nothing.
 */
public record DateWindow(LocalDate first, LocalDate last) {

    /** Days two exact dates may differ by and still be one event (a night's fighting is reported under two days). */
    public static final int TOLERANCE_DAYS = 1;

    public static final DateWindow UNBOUNDED = new DateWindow(null, null);

    public static DateWindow of(LocalDate date, DatePrecision precision) {
        if (date == null || precision == null) {
            return UNBOUNDED;
        }
        return switch (precision) {
            case DAY -> new DateWindow(date, date);
            case WEEK -> new DateWindow(date.minusDays(6), date.plusDays(6));
            case MONTH -> new DateWindow(date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
            case UNKNOWN -> UNBOUNDED;
        };
    }

    public boolean bounded() {
        return first != null;
    }

    /** Whether the two windows can hold the same day, allowing {@link #TOLERANCE_DAYS} between them. */
    public boolean compatibleWith(DateWindow other) {
        if (!bounded() || !other.bounded()) {
            return true;
        }
        return !first.minusDays(TOLERANCE_DAYS).isAfter(other.last)
                && !other.first.minusDays(TOLERANCE_DAYS).isAfter(last);
    }
}
