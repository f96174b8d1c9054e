package org.frontline.extraction.language;

import java.time.LocalDate;
import org.frontline.vocabulary.DatePrecision;

/**
 * A time expression normalised against the article's date ("Saturday" → 2022-09-10, DAY; "last month" → the
 * month's first day, MONTH). {@code date} is null when the expression names no calendar date ("recently").
 */
public record TimeMention(int start, int end, String text, LocalDate date, DatePrecision precision,
        int sentenceIndex) {
}
