package org.frontline.extraction.event;

import java.util.List;
import java.util.Set;
import org.frontline.vocabulary.EventType;

/**
 * One line of the trigger lexicon.
 *
 * @param type              the type it reports; for ground taken in an unknown direction TERRITORY_CAPTURED with
 *                          {@code directional} set
 * @param directional       the direction (regained or captured) is decided from who took the place
 * @param needsPlaceObject  only counts when a place follows it closely
 * @param civilianHarm      harm to people: CIVILIAN_HARM if the sentence speaks of civilians, ATTACK otherwise
 * @param casualty          the toll of something: merges into an attack on the same place close by
 * @param acting            a weapon noun that only reports an attack when a verb follows it closely
 */
record TriggerEntry(EventType type, boolean directional, List<Step> steps, String label, boolean needsPlaceObject,
        boolean civilianHarm, boolean casualty, boolean acting) {

    /**
     * One step of a pattern.
     *
     * @param forms     lemmas or lower-cased words, any of which matches
     * @param gapBefore up to {@link TriggerLexicon#MAX_GAP} tokens may stand between the previous step and this one
     */
    record Step(Set<String> forms, PartOfSpeech partOfSpeech, boolean gapBefore) {
    }
}
