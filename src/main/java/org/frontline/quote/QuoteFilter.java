package org.frontline.quote;

/** The {@code QuoteFilter} input: conditions a quote must all meet; null means no condition. */
record QuoteFilter(String speakerId, String sourceId, String text) {
}
