package org.frontline.ingest.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** The {@code published} field of manifests, JSON records and API requests: an ISO-8601 date or date-time. */
public final class PublishedDate {

    /** Says what a valid value looks like, after the value. */
    public static final String EXPECTED = "not an ISO date (2022-09-10) or date-time (2022-09-10T14:30:00Z)";

    private PublishedDate() {
    }

    /**
     * @return the calendar date; a date-time keeps the date it was written with, whatever its offset
     * @throws DateTimeException when the text is neither
     */
    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException notDate) {
            try {
                return OffsetDateTime.parse(text).toLocalDate();
            } catch (DateTimeException notOffsetDateTime) {
                return LocalDateTime.parse(text).toLocalDate();
            }
        }
    }
}
