package org.frontline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as web pages write them: "Saturday, March 25, 2023", "25 March 2023", "2023-03-25",
 * "25.03.2023", "Sept 10" (no year), with or without a time of day. English month names only.
 */
final class DateExpressions {

    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?"
            + "|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\\.?";
    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String DATE = "(?:\\b(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + "),?\\s+(?<y1>" + YEAR + ")"
            + "|\\b(?<d2>" + DAY + ")\\s+(?:of\\s+)?(?<m2>" + MONTH + "),?\\s+(?<y2>" + YEAR + ")"
            + "|\\b(?<y3>" + YEAR + ")-(?<mo3>\\d{2})-(?<d3>\\d{2})"
            + "|\\b(?<d4>\\d{1,2})\\.(?<mo4>\\d{1,2})\\.(?<y4>" + YEAR + ")"
            + "|\\b(?<a5>\\d{1,2})/(?<b5>\\d{1,2})/(?<y5>" + YEAR + "))\\b";
    private static final String TIME = "(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?"
            + "|\\d{1,2}\\s*[AaPp]\\.?[Mm]\\.?)"
            + "(?:\\s*\\(?(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|ET|PST|PDT|PT|Kyiv time|local time)\\)?"
            + "(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?)?";
    private static final String SEPARATOR = "\\s*(?:[,|•/@–—-]|\\bat\\b)?\\s*";
    private static final String LABEL = "(?<label>First published|Published|Posted|Last updated|Last modified|Updated"
            + "|Modified|Date)(?:\\s+on)?\\s*[:\\-–]?\\s*";

    private static final Pattern DATE_PATTERN = Pattern.compile(DATE);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?<m>" + MONTH + ")\\s+(?<y>" + YEAR + ")\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(?:(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + ")|(?<d2>" + DAY + ")\\s+(?<m2>" + MONTH + "))\\b");
    private static final Pattern LONE_DATE = Pattern.compile("^[^\\p{L}\\p{N}]*(?:" + TIME + SEPARATOR + ")?(?:"
            + WEEKDAY + ",?\\s+)?" + DATE + "(?:" + SEPARATOR + TIME + ")?[^\\p{L}\\p{N}]*$");
    private static final Pattern LONE_TIMESTAMP = Pattern.compile("^[^\\p{L}\\p{N}]*(?:"
            + "(?:" + LABEL + ")?(?:" + WEEKDAY + ",?\\s+)?(?:" + DATE + "(?:" + SEPARATOR + TIME + ")?|" + TIME + ")"
            + "|(?:Updated\\s+)?\\d+\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago"
            + "|\\d+\\s+min(?:ute)?s?\\s+read|Just now)[^\\p{L}\\p{N}]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABELLED = Pattern.compile("\\b" + LABEL + "(?=[\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE_CONTEXT = Pattern.compile(
            "\\b(?:will|would|shall|plans?|planned|planning|expects?|expected|scheduled|upcoming|due to|next)\\b",
            Pattern.CASE_INSENSITIVE);

    enum Label { PUBLISHED, UPDATED }

    record LabelledDate(Label label, LocalDate date) {
    }

    /** A date written out in running text, with year (a day or a whole month), and where it stands. */
    record DateReference(LocalDate firstDay, LocalDate lastDay, int start) {
    }

    private DateExpressions() {
    }

    /** The date of a line that holds nothing but a date (with weekday or time of day), as page headers print it. */
    static Optional<LocalDate> loneDate(String line) {
        Matcher matcher = LONE_DATE.matcher(line.strip());
        return matcher.matches() ? dateOf(matcher) : Optional.empty();
    }

    /** A line that is only a time stamp: a date, a time, "Updated 10:32 GMT", "3 hours ago", "5 min read". */
    static boolean isTimestamp(String line) {
        return LONE_TIMESTAMP.matcher(line.strip()).matches();
    }

    /** "Published: 10 September 2022", "Posted on Sept 10, 2022 | Updated 2022-09-11": every labelled date. */
    static List<LabelledDate> labelledDates(String line) {
        List<LabelledDate> dates = new ArrayList<>();
        Matcher label = LABELLED.matcher(line);
        while (label.find()) {
            String rest = line.substring(label.end());
            Matcher date = DATE_PATTERN.matcher(rest);
            if (date.lookingAt()) {
                String name = label.group("label").toLowerCase(Locale.ROOT);
                Label kind = name.contains("updated") || name.contains("modified") ? Label.UPDATED : Label.PUBLISHED;
                dateOf(date).ifPresent(value -> dates.add(new LabelledDate(kind, value)));
            }
        }
        return dates;
    }

    /** The first full date (with year) anywhere in the text. */
    static Optional<LocalDate> firstDate(String text) {
        Matcher matcher = DATE_PATTERN.matcher(text);
        return matcher.find() ? dateOf(matcher) : Optional.empty();
    }

    /** "Sept 10" or "10 September" at the start of the text, year or not. */
    static Optional<MonthDay> leadingMonthDay(String text) {
        Matcher matcher = MONTH_DAY.matcher(text);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        boolean monthFirst = matcher.group("m1") != null;
        Optional<Integer> month = month(monthFirst ? matcher.group("m1") : matcher.group("m2"));
        int day = day(monthFirst ? matcher.group("d1") : matcher.group("d2"));
        try {
            return month.map(value -> MonthDay.of(value, day));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    /**
     * Dates with a year that the text states as past or present facts (sentences speaking of plans or of what
     * will happen are left out): full dates, and months as "in October 2022".
     */
    static List<DateReference> pastReferences(String text) {
        List<DateReference> references = new ArrayList<>();
        Matcher date = DATE_PATTERN.matcher(text);
        while (date.find()) {
            if (!inFutureContext(text, date.start())) {
                int start = date.start();
                dateOf(date).ifPresent(day -> references.add(new DateReference(day, day, start)));
            }
        }
        Matcher monthYear = MONTH_YEAR.matcher(text);
        while (monthYear.find()) {
            if (!inFutureContext(text, monthYear.start())) {
                int year = Integer.parseInt(monthYear.group("y"));
                int start = monthYear.start();
                month(monthYear.group("m")).ifPresent(month -> {
                    LocalDate first = LocalDate.of(year, month, 1);
                    references.add(new DateReference(first, first.plusMonths(1).minusDays(1), start));
                });
            }
        }
        return references;
    }

    private static boolean inFutureContext(String text, int offset) {
        int sentenceStart = Math.max(text.lastIndexOf(". ", offset), text.lastIndexOf('\n', offset)) + 1;
        int sentenceEnd = text.indexOf(". ", offset);
        int lineEnd = text.indexOf('\n', offset);
        int end = sentenceEnd < 0 ? (lineEnd < 0 ? text.length() : lineEnd)
                : (lineEnd < 0 ? sentenceEnd : Math.min(sentenceEnd, lineEnd));
        return FUTURE_CONTEXT.matcher(text.substring(sentenceStart, end)).find();
    }

    private static Optional<LocalDate> dateOf(Matcher matcher) {
        try {
            if (matcher.group("y1") != null) {
                return month(matcher.group("m1")).map(month -> LocalDate.of(
                        Integer.parseInt(matcher.group("y1")), month, day(matcher.group("d1"))));
            }
            if (matcher.group("y2") != null) {
                return month(matcher.group("m2")).map(month -> LocalDate.of(
                        Integer.parseInt(matcher.group("y2")), month, day(matcher.group("d2"))));
            }
            if (matcher.group("y3") != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(matcher.group("y3")),
                        Integer.parseInt(matcher.group("mo3")), Integer.parseInt(matcher.group("d3"))));
            }
            if (matcher.group("y4") != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(matcher.group("y4")),
                        Integer.parseInt(matcher.group("mo4")), Integer.parseInt(matcher.group("d4"))));
            }
            return slashDate(Integer.parseInt(matcher.group("a5")), Integer.parseInt(matcher.group("b5")),
                    Integer.parseInt(matcher.group("y5")));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    /** 03/25/2023 and 25/03/2023 are both written; 03/04/2023 could be either and is not guessed. */
    private static Optional<LocalDate> slashDate(int first, int second, int year) {
        if (first > 12 && second <= 12) {
            return Optional.of(LocalDate.of(year, second, first));
        }
        if (second > 12 && first <= 12) {
            return Optional.of(LocalDate.of(year, first, second));
        }
        return first == second ? Optional.of(LocalDate.of(year, first, second)) : Optional.empty();
    }

    private static int day(String day) {
        return Integer.parseInt(day.replaceAll("\\D", ""));
    }

    private static Optional<Integer> month(String name) {
        String prefix = name.replace(".", "").toLowerCase(Locale.ROOT);
        prefix = prefix.substring(0, Math.min(3, prefix.length()));
        int index = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(prefix);
        return index < 0 ? Optional.empty() : Optional.of(index + 1);
    }
}
