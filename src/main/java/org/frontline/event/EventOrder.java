package org.frontline.event;

import org.frontline.paging.Ordering;

/** The {@code EventOrder} enum: events by date, those without a date last, ties broken by id. */
enum EventOrder {
    DATE_ASC(Ordering.Direction.ASC), DATE_DESC(Ordering.Direction.DESC);

    final Ordering ordering;

    EventOrder(Ordering.Direction direction) {
        this.ordering = new Ordering("events." + name().toLowerCase(), Ordering.SortKey.DATE, direction);
    }
}
