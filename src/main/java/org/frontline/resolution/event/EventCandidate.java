package org.frontline.resolution.event;

import java.time.LocalDate;
import java.util.Set;
import org.frontline.vocabulary.DatePrecision;
import org.frontline.vocabulary.EventType;

/**
 * What the store knows of an event when deciding whether two reports describe the same one.
 *
 * @param date      may be null
 * @param precision how exactly {@code date} is known; null is taken as UNKNOWN
 * @param placeIds  the ids of the event's places in the place table
 */
public record EventCandidate(EventType type, LocalDate date, DatePrecision precision, Set<Long> placeIds) {

    public EventCandidate {
        placeIds = Set.copyOf(placeIds);
    }
}
