package org.frontline.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire report: "KYIV, Sept 10 (Reuters) - ...", "KHARKIV, Ukraine (AP) — ...",
 * "LVIV, 12 March 2023 - ...". Gives the agency and the date, when written.
 */
final class Datelines {

    /**
     * @param agency   the agency in brackets, or null
     * @param date     the full date when the dateline gives a year
     * @param monthDay the day when it gives one without a year
     */
    record Dateline(String agency, LocalDate date, MonthDay monthDay) {
    }

    private static final String UPPER_PLACE = "\\p{Lu}[\\p{Lu}'’.\\-]+(?:[ /]\\p{Lu}[\\p{Lu}'’.\\-]+)*";
    private static final String PLACE = "(?:" + UPPER_PLACE + "|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)";
    private static final String REGION = "(?:,\\s*\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)?)?";
    private static final Pattern WITH_AGENCY = Pattern.compile("^" + PLACE + REGION
            + "(?:,\\s*(?<date>[^()\\n]{3,30}?))?\\s*\\((?<agency>\\p{Lu}[\\p{L}&.'’ ]{1,30})\\)\\s*[-–—:]\\s");
    private static final Pattern WITHOUT_AGENCY = Pattern.compile("^" + UPPER_PLACE + REGION
            + ",\\s*(?<date>" + DateExpressions.MONTH + "\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+"
            + DateExpressions.MONTH + "(?:,?\\s+\\d{4})?)\\s*[-–—]\\s");

    private Datelines() {
    }

    static Optional<Dateline> at(String paragraph) {
        String text = paragraph.stripLeading();
        Matcher matcher = WITH_AGENCY.matcher(text);
        if (!matcher.lookingAt()) {
            matcher = WITHOUT_AGENCY.matcher(text);
            if (!matcher.lookingAt()) {
                return Optional.empty();
            }
        }
        String agency = matcher.pattern() == WITH_AGENCY ? matcher.group("agency").strip() : null;
        String date = matcher.group("date");
        if (date == null) {
            return Optional.of(new Dateline(agency, null, null));
        }
        Optional<LocalDate> full = DateExpressions.firstDate(date);
        MonthDay monthDay = full.isPresent() ? null : DateExpressions.leadingMonthDay(date.strip()).orElse(null);
        return Optional.of(new Dateline(agency, full.orElse(null), monthDay));
    }
}
