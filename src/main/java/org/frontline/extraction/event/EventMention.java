package org.frontline.extraction.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.frontline.vocabulary.DatePrecision;
import org.frontline.vocabulary.EventType;

/**
 * One report of an event in one sentence, before mentions of the same event are merged.
 *
 * @param sentenceIndex     the sentence holding the trigger
 * @param evidenceSentences the trigger's sentence, and the earlier sentence that named its place if it only said
 *                          "the town"
 * @param placeKeys         the places, most specific first-tier only
 * @param casualty          a toll (people killed, bodies) that belongs to an attack reported close by, if any
 */
record EventMention(EventType type, String label, int sentenceIndex, List<Integer> evidenceSentences,
        List<String> placeKeys, LocalDate date, DatePrecision precision, Optional<Actor> actor, boolean casualty) {
}
