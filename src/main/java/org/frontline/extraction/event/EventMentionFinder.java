package org.frontline.extraction.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.TimeMention;
import org.frontline.knowledge.WordList;
import org.frontline.vocabulary.EventType;

/**
 * Finds every report of an event, sentence by sentence: triggers from the lexicon, kept when they report a
 * happening ({@link FactualityClassifier}); each place and time expression of the sentence belongs to the trigger
 * nearest to it ({@link NearestTrigger}); then place ({@link EventLocator}), date ({@link EventDater}) and side
 * ({@link ActorSide}).
 */
final class EventMentionFinder {

    private static final Set<String> CIVILIAN_WORDS = WordList.words(EventMentionFinder.class, "civilian-words.txt");

    private final ArticleIndex context;
    private final TriggerLexicon lexicon;
    private final FactualityClassifier factuality;
    private final EventLocator locator;
    private final EventDater dater;
    private final ActorSide actors;
    private final List<List<PlaceInSentence>> locative = new ArrayList<>();

    EventMentionFinder(ArticleIndex context, TriggerLexicon lexicon) {
        this.context = context;
        this.lexicon = lexicon;
        PlaceRoles roles = new PlaceRoles(context);
        for (int s = 0; s < context.sentences().size(); s++) {
            locative.add(roles.locativeIn(s));
        }
        this.factuality = new FactualityClassifier(context);
        this.locator = new EventLocator(new DiscoursePlaces(context, locative));
        this.dater = new EventDater(context.articleDate());
        this.actors = new ActorSide(context);
    }

    List<EventMention> find() {
        List<EventMention> mentions = new ArrayList<>();
        for (int s = 0; s < context.sentences().size(); s++) {
            mentions.addAll(inSentence(s));
        }
        return mentions;
    }

    private List<EventMention> inSentence(int s) {
        Sentence sentence = context.sentence(s);
        List<Trigger> triggers = lexicon.find(sentence);
        if (triggers.isEmpty()) {
            return List.of();
        }
        Map<Trigger, List<PlaceInSentence>> placesOf = new HashMap<>();
        for (PlaceInSentence place : locative.get(s)) {
            NearestTrigger.of(triggers, place.firstToken(), place.lastToken())
                    .ifPresent(t -> placesOf.computeIfAbsent(t, k -> new ArrayList<>()).add(place));
        }
        Map<Trigger, List<TimeMention>> timesOf = new HashMap<>();
        for (TimeMention time : timesIn(s)) {
            int[] tokens = NearestTrigger.tokenRange(sentence, time.start(), time.end());
            NearestTrigger.of(triggers, tokens[0], tokens[1])
                    .ifPresent(t -> timesOf.computeIfAbsent(t, k -> new ArrayList<>()).add(time));
        }
        for (Trigger part : triggers) {
            governingTrigger(part, triggers, sentence).ifPresent(whole -> {
                placesOf.computeIfAbsent(whole, t -> new ArrayList<>()).addAll(placesOf.getOrDefault(part, List.of()));
                timesOf.computeIfAbsent(whole, t -> new ArrayList<>()).addAll(timesOf.getOrDefault(part, List.of()));
            });
        }
        List<KeptTrigger> kept = new ArrayList<>();
        for (Trigger trigger : triggers) {
            if (governingTrigger(trigger, triggers, sentence).isPresent()) {
                continue;
            }
            EventType type = typeOf(trigger, sentence);
            if (factuality.classify(trigger, type) != Factuality.ASSERTED) {
                continue;
            }
            EventLocator.Location location = locator.locate(trigger, type, s,
                    placesOf.getOrDefault(trigger, List.of()), triggers.size() == 1);
            List<PlaceInSentence> places = PlaceSpecificity.mostSpecific(location.places(), m -> m.place().kind());
            kept.add(new KeptTrigger(trigger, type, location, places,
                    new ArrayList<>(timesOf.getOrDefault(trigger, List.of()))));
        }
        KeptTrigger.absorbPlaceless(kept);
        List<EventMention> result = new ArrayList<>();
        for (KeptTrigger candidate : kept) {
            if (!candidate.places.isEmpty()) {
                mentionOf(candidate, s, sentence).ifPresent(result::add);
            }
        }
        return result;
    }

    private Optional<EventMention> mentionOf(KeptTrigger candidate, int s, Sentence sentence) {
        Trigger trigger = candidate.trigger;
        EventLocator.Location location = candidate.location;
        List<TimeMention> own = candidate.times.stream()
                .sorted(Comparator.comparingInt(t -> distance(trigger, sentence, t))).toList();
        List<TimeMention> inherited = location.fromSentence() >= 0 ? timesIn(location.fromSentence()) : List.of();
        EventDater.Dating dating = dater.date(own, inherited);
        if (dating.background()) {
            return Optional.empty();
        }
        Optional<Actor> actor = actors.of(trigger, s);
        EventType type = trigger.entry().directional() ? directionOf(actor, candidate.places) : candidate.type;
        Set<Integer> evidence = new TreeSet<>(List.of(s));
        if (location.fromSentence() >= 0) {
            evidence.add(location.fromSentence());
        }
        return Optional.of(new EventMention(type, candidate.label, s, List.copyOf(evidence),
                candidate.places.stream().map(PlaceInSentence::key).distinct().toList(), dating.date(),
                dating.precision(), actor, candidate.casualty));
    }

    /**
     * "pledged to deliver howitzers", "began to withdraw": a trigger in the infinitive of a trigger of the same type
     * is part of that one report, and its places and times are the governing trigger's.
     */
    private static Optional<Trigger> governingTrigger(Trigger trigger, List<Trigger> triggers, Sentence sentence) {
        if (!Infinitives.isInfinitive(sentence.tokens(), trigger.first())) {
            return Optional.empty();
        }
        OptionalInt governor = Infinitives.governor(sentence.tokens(), trigger.first());
        if (governor.isEmpty()) {
            return Optional.empty();
        }
        return triggers.stream()
                .filter(t -> t != trigger && t.tokenIndexes().contains(governor.getAsInt()))
                .filter(t -> t.entry().type().family().equals(trigger.entry().type().family()))
                .findFirst();
    }

    private static EventType typeOf(Trigger trigger, Sentence sentence) {
        if (!trigger.entry().civilianHarm()) {
            return trigger.entry().type();
        }
        boolean civilians = sentence.tokens().stream().anyMatch(t -> CIVILIAN_WORDS.contains(PartOfSpeech.word(t)));
        return civilians ? EventType.CIVILIAN_HARM : EventType.ATTACK;
    }

    /** Ground taken by forces of the country it lies in is ground regained. */
    private static EventType directionOf(Optional<Actor> actor, List<PlaceInSentence> places) {
        String country = places.get(0).place().countryCode();
        boolean regained = actor.isPresent() && country != null && actor.get().countryCode().equals(country);
        return regained ? EventType.TERRITORY_REGAINED : EventType.TERRITORY_CAPTURED;
    }

    private List<TimeMention> timesIn(int s) {
        Sentence sentence = context.sentence(s);
        return context.text().times().stream()
                .filter(t -> t.start() >= sentence.start() && t.end() <= sentence.end())
                .toList();
    }

    private static int distance(Trigger trigger, Sentence sentence, TimeMention time) {
        int[] range = NearestTrigger.tokenRange(sentence, time.start(), time.end());
        return trigger.distanceTo(range[0], range[1]);
    }
}
