package org.frontline.vocabulary;

/** How exactly an event's date is known. */
public enum DatePrecision {
    DAY, WEEK, MONTH, UNKNOWN
}
