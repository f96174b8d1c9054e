package org.frontline.extraction.language;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.vocabulary.DatePrecision;

/**
 * Reads a TIMEX3 value as SUTime writes it ("2022-09-10", "2022-09-10TNI", "2022-W37", "2022-09", "XXXX-09-10",
 * "PRESENT_REF") into a calendar date and its precision. A value naming no calendar day, week or month (a year,
 * a season, "PAST_REF", a duration) gives no date.
 */
final class TimeValues {

    record Resolved(LocalDate date, DatePrecision precision) {
        static final Resolved NONE = new Resolved(null, DatePrecision.UNKNOWN);
    }

    private static final Pattern DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(?:T.*)?$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(?:-WE)?$");
    private static final Pattern WEEKDAY = Pattern.compile("^(\\d{4})-W(\\d{2})-(\\d)(?:T.*)?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");

    private TimeValues() {
    }

    static Resolved resolve(String value, LocalDate referenceDate) {
        if (value == null || value.isBlank()) {
            return Resolved.NONE;
        }
        if (value.startsWith("PRESENT_REF")) {
            return referenceDate == null ? Resolved.NONE : new Resolved(referenceDate, DatePrecision.DAY);
        }
        Matcher m = DAY.matcher(value);
        if (m.matches()) {
            return day(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), referenceDate);
        }
        m = WEEKDAY.matcher(value);
        if (m.matches()) {
            LocalDate monday = mondayOf(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return monday == null ? Resolved.NONE
                    : new Resolved(monday.plusDays(Integer.parseInt(m.group(3)) - 1L), DatePrecision.DAY);
        }
        m = WEEK.matcher(value);
        if (m.matches()) {
            LocalDate monday = mondayOf(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return monday == null ? Resolved.NONE : new Resolved(monday, DatePrecision.WEEK);
        }
        m = MONTH.matcher(value);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            return month < 1 || month > 12 ? Resolved.NONE
                    : new Resolved(LocalDate.of(Integer.parseInt(m.group(1)), month, 1), DatePrecision.MONTH);
        }
        return Resolved.NONE;
    }

    /** A day without a year ("XXXX-09-10") takes the year that puts it nearest the reference date. */
    private static Resolved day(String year, int month, int dayOfMonth, LocalDate referenceDate) {
        try {
            if (!year.equals("XXXX")) {
                return new Resolved(LocalDate.of(Integer.parseInt(year), month, dayOfMonth), DatePrecision.DAY);
            }
            if (referenceDate == null) {
                return Resolved.NONE;
            }
            LocalDate best = null;
            for (int y = referenceDate.getYear() - 1; y <= referenceDate.getYear() + 1; y++) {
                LocalDate candidate = LocalDate.of(y, month, dayOfMonth);
                if (best == null || distance(candidate, referenceDate) < distance(best, referenceDate)) {
                    best = candidate;
                }
            }
            return new Resolved(best, DatePrecision.DAY);
        } catch (DateTimeException e) {
            return Resolved.NONE;
        }
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static LocalDate mondayOf(int year, int week) {
        try {
            LocalDate aDayInWeek = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week);
            return aDayInWeek.get(IsoFields.WEEK_BASED_YEAR) == year ? aDayInWeek.with(DayOfWeek.MONDAY) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
