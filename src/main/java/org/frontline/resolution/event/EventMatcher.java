package org.frontline.resolution.event;

import java.util.Collections;
import org.frontline.event.DateWindow;

/**
 * The rule by which the store treats two reports, from different articles, as one event: the same type family
 * (a withdrawal from a town and its recapture are one change of control, see {@code EventType.family()}), at least
 * one place in common, and dates that can be the same day: exact dates at most {@link DateWindow#TOLERANCE_DAYS}
 * apart, a WEEK or MONTH date anywhere in its window (see {@link DateWindow}), an unknown date anything.
 * Two events with no place are never the same: without a place nothing ties them together.
 */
public final class EventMatcher {

    public boolean sameEvent(EventCandidate a, EventCandidate b) {
        return a.type().family().equals(b.type().family())
                && !Collections.disjoint(a.placeIds(), b.placeIds())
                && DateWindow.of(a.date(), a.precision()).compatibleWith(DateWindow.of(b.date(), b.precision()));
    }
}
