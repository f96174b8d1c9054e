package org.frontline.extraction.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.frontline.extraction.language.Token;
import org.frontline.knowledge.WordList;
import org.frontline.vocabulary.EventType;

/**
 * Where a trigger's event happened. In order:
 * <ol>
 * <li>"left the town", "evacuate both cities": an anaphor right after the trigger stands for places named before;</li>
 * <li>the places of the sentence that stand nearer to this trigger than to any other trigger of the sentence (for
 * triggers that need a place object, only those closely after it); a withdrawal's or evacuation's destination
 * ("regrouped to the Zaporizhzhia region") is not where it happened;</li>
 * <li>an anaphor elsewhere in a sentence with a single trigger ("a flag being raised ... with the city's name");</li>
 * <li>the scene set by an earlier "In X, ..." sentence.</li>
 * </ol>
 * A trigger with no place is no event: a place is what makes an event countable and matchable.
 */
final class EventLocator {

    static final int OBJECT_WINDOW = 8;
    private static final Set<String> DESTINATION_PREPOSITIONS = WordList.words(EventLocator.class,
            "destination-prepositions.txt");

    /** The places found, and the earlier sentence they were taken from (-1 when the trigger's own). */
    record Location(List<PlaceInSentence> places, int fromSentence) {

        static final Location NOWHERE = new Location(List.of(), -1);
    }

    private final DiscoursePlaces discourse;

    EventLocator(DiscoursePlaces discourse) {
        this.discourse = discourse;
    }

    /**
     * @param nearest the locative mentions of the sentence nearer to this trigger than to the sentence's others
     * @param alone   whether this is the sentence's only trigger
     */
    Location locate(Trigger trigger, EventType type, int sentenceIndex, List<PlaceInSentence> nearest, boolean alone) {
        List<Token> tokens = trigger.sentence().tokens();
        int objectEnd = objectWindowEnd(tokens, trigger.last());
        Optional<DiscoursePlaces.Anaphor> objectAnaphor = discourse.anaphorIn(sentenceIndex, trigger.last() + 1,
                Math.min(objectEnd, trigger.last() + 4));
        if (objectAnaphor.isPresent()) {
            // An object that refers back decides the place; if nothing can be found, the sentence's other places
            // ("withdraw from the region ... elsewhere in Zaporizhzhia") are not a better guess.
            return antecedent(sentenceIndex, objectAnaphor.get());
        }
        List<PlaceInSentence> own = nearest.stream()
                .filter(m -> !trigger.entry().needsPlaceObject()
                        || m.firstToken() > trigger.last() && m.firstToken() <= objectEnd)
                .filter(m -> !(leavesFrom(type) && isDestination(tokens, m)))
                .toList();
        if (!own.isEmpty()) {
            return new Location(own, -1);
        }
        if (trigger.entry().needsPlaceObject()) {
            return Location.NOWHERE;
        }
        if (alone) {
            Optional<DiscoursePlaces.Anaphor> anaphor = discourse.anaphorIn(sentenceIndex, 0, tokens.size() - 1);
            if (anaphor.isPresent()) {
                return antecedent(sentenceIndex, anaphor.get());
            }
        }
        return discourse.sceneOf(sentenceIndex)
                .map(scene -> new Location(scene.places(), scene.sentenceIndex()))
                .orElse(Location.NOWHERE);
    }

    private Location antecedent(int sentenceIndex, DiscoursePlaces.Anaphor anaphor) {
        return discourse.antecedentOf(sentenceIndex, anaphor)
                .map(a -> new Location(a.places(), a.sentenceIndex()))
                .orElse(Location.NOWHERE);
    }

    private static boolean leavesFrom(EventType type) {
        return type == EventType.WITHDRAWAL || type == EventType.EVACUATION;
    }

    /** The last token of the clause after the trigger, at most {@link #OBJECT_WINDOW} tokens on. */
    private static int objectWindowEnd(List<Token> tokens, int last) {
        int end = last;
        for (int i = last + 1; i < Math.min(tokens.size(), last + 1 + OBJECT_WINDOW); i++) {
            if (PartOfSpeech.isClausePunctuation(tokens.get(i))) {
                break;
            }
            end = i;
        }
        return end;
    }

    /**
     * "to the neighbouring Zaporizhzhia region": a preposition of direction before the place's noun phrase; "in the
     * Zaporizhzhia direction": a front named after where it leads.
     */
    private static boolean isDestination(List<Token> tokens, PlaceInSentence mention) {
        int after = mention.lastToken() + 1;
        if (after < tokens.size() && Set.of("direction", "axis").contains(PartOfSpeech.word(tokens.get(after)))) {
            return true;
        }
        for (int i = mention.firstToken() - 1; i >= Math.max(0, mention.firstToken() - 4); i--) {
            Token token = tokens.get(i);
            if (DESTINATION_PREPOSITIONS.contains(PartOfSpeech.word(token))) {
                return true;
            }
            if (!PartOfSpeech.tag(token).matches("DT|JJ.*|PRP\\$|NNP.*|VBG|VBN|POS|CD")) {
                return false;
            }
        }
        return false;
    }
}
