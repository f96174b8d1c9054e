package org.frontline.event;

import java.time.LocalDate;
import java.util.List;
import org.frontline.vocabulary.EventType;

/** The {@code EventFilter} input: conditions an event must all meet; null means no condition. */
record EventFilter(List<EventType> types, LocalDate from, LocalDate to, String placeId, String personId,
        String organizationId, String sourceId, String text) {
}
