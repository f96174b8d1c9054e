package org.frontline.vocabulary;

/** What sort of place a place record is. */
public enum PlaceKind {
    SETTLEMENT, REGION, COUNTRY, WATER, FACILITY, OTHER
}
