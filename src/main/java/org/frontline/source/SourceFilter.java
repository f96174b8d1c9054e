package org.frontline.source;

import java.time.LocalDate;

/** The {@code SourceFilter} input: conditions a source must all meet; null means no condition. */
record SourceFilter(String publisher, LocalDate from, LocalDate to) {
}
