package org.frontline.extraction.event;

import java.util.Comparator;
import java.util.List;
import org.frontline.extraction.language.TimeMention;
import org.frontline.vocabulary.EventType;

/**
 * A trigger that reports a happening, with the places and times its sentence gave it; mutable while the sentence's
 * triggers are settled with one another.
 */
final class KeptTrigger {

    final Trigger trigger;
    final EventLocator.Location location;
    final List<PlaceInSentence> places;
    final List<TimeMention> times;
    EventType type;
    boolean casualty;
    String label;

    KeptTrigger(Trigger trigger, EventType type, EventLocator.Location location, List<PlaceInSentence> places,
            List<TimeMention> times) {
        this.trigger = trigger;
        this.type = type;
        this.location = location;
        this.places = places;
        this.times = times;
        this.casualty = trigger.entry().casualty();
        this.label = trigger.entry().label();
    }

    /**
     * "The bodies of X's head were found in a shallow grave, officials said on Saturday"; "Russian shelling killed two
     * people in X": a trigger without a place of its own reports, with the nearest trigger of its family (or an
     * attack with its toll) that has one, a single happening; its time expressions go to that trigger, and an attack
     * with its toll is an attack.
     */
    static void absorbPlaceless(List<KeptTrigger> kept) {
        for (KeptTrigger placeless : kept) {
            if (!placeless.places.isEmpty()) {
                continue;
            }
            kept.stream()
                    .filter(k -> !k.places.isEmpty() && oneHappening(placeless, k))
                    .min(Comparator.comparingInt(k -> k.trigger.distanceTo(placeless.trigger.first(),
                            placeless.trigger.last())))
                    .ifPresent(partner -> partner.absorb(placeless));
        }
    }

    private void absorb(KeptTrigger placeless) {
        times.addAll(placeless.times);
        if (placeless.type == EventType.ATTACK && casualty) {
            type = EventType.ATTACK;
            casualty = false;
            label = placeless.label;
        }
    }

    private static boolean oneHappening(KeptTrigger a, KeptTrigger b) {
        return a.type.family().equals(b.type.family())
                || a.type == EventType.ATTACK && b.casualty || b.type == EventType.ATTACK && a.casualty;
    }
}
