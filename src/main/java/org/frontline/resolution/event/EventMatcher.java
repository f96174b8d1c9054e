package org.frontline.resolution.event;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import org.frontline.vocabulary.DateWindow;

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

    /**
     * The stored event an incoming report most likely describes, among those {@link #sameEvent} accepts: one of the
     * same type before one of another type of the family (a withdrawal joins the stored withdrawal from a town
     * rather than its recapture), then the nearest date, then the most places in common. The caller passes only the
     * events the incoming report's article has not already joined: an article that tells a withdrawal and a
     * recapture apart should not see both folded into one stored event.
     *
     * @param view how to see a stored item as a candidate
     */
    public <T> Optional<T> bestMatch(EventCandidate incoming, Collection<T> stored, Function<T, EventCandidate> view) {
        Comparator<T> likelihood = Comparator
                .comparing((T item) -> view.apply(item).type() != incoming.type())
                .thenComparingLong(item -> dayDistance(view.apply(item), incoming))
                .thenComparingInt(item -> -sharedPlaces(view.apply(item), incoming));
        return stored.stream().filter(item -> sameEvent(view.apply(item), incoming)).min(likelihood);
    }

    private static long dayDistance(EventCandidate a, EventCandidate b) {
        if (a.date() == null || b.date() == null) {
            return Long.MAX_VALUE / 2;
        }
        return Math.abs(a.date().toEpochDay() - b.date().toEpochDay());
    }

    private static int sharedPlaces(EventCandidate a, EventCandidate b) {
        return (int) a.placeIds().stream().filter(b.placeIds()::contains).count();
    }
}
