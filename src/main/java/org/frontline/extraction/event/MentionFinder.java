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
import org.frontline.event.EventType;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.TimeMention;
import org.frontline.extraction.language.Token;

/**
 * Finds every report of an event, sentence by sentence: triggers from the lexicon, kept when they report a
 * happening ({@link FactualityClassifier}); each place and time expression of the sentence belongs to the trigger
 * nearest to it; then place ({@link EventLocator}), date ({@link EventDater}) and side ({@link ActorSide}).
 */
final class MentionFinder {

    private static final Set<String> CIVILIAN_WORDS = Set.of("civilian", "civilians", "resident", "residents",
            "child", "children", "people", "woman", "women", "inhabitant", "inhabitants", "family", "families",
            "local", "locals", "man", "men", "volunteer", "volunteers", "journalist", "journalists", "doctor",
            "doctors", "patient", "patients", "passenger", "passengers", "pensioner", "pensioners");

    static final int SECOND_CHOICE_REACH = 8;

    private final ArticleContext context;
    private final TriggerLexicon lexicon;
    private final FactualityClassifier factuality;
    private final EventLocator locator;
    private final EventDater dater;
    private final ActorSide actors;
    private final List<List<PlaceMention>> locative = new ArrayList<>();

    MentionFinder(ArticleContext context, TriggerLexicon lexicon) {
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
        Map<Trigger, List<PlaceMention>> placesOf = new HashMap<>();
        for (PlaceMention place : locative.get(s)) {
            nearest(triggers, place.firstToken(), place.lastToken())
                    .ifPresent(t -> placesOf.computeIfAbsent(t, k -> new ArrayList<>()).add(place));
        }
        Map<Trigger, List<TimeMention>> timesOf = new HashMap<>();
        for (TimeMention time : timesIn(s)) {
            int[] tokens = tokenRange(sentence, time.start(), time.end());
            nearest(triggers, tokens[0], tokens[1])
                    .ifPresent(t -> timesOf.computeIfAbsent(t, k -> new ArrayList<>()).add(time));
        }
        for (Trigger part : triggers) {
            governingTrigger(part, triggers, sentence).ifPresent(whole -> {
                placesOf.computeIfAbsent(whole, t -> new ArrayList<>()).addAll(placesOf.getOrDefault(part, List.of()));
                timesOf.computeIfAbsent(whole, t -> new ArrayList<>()).addAll(timesOf.getOrDefault(part, List.of()));
            });
        }
        List<Candidate> candidates = new ArrayList<>();
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
            List<PlaceMention> places = PlaceSpecificity.mostSpecific(location.places(), m -> m.place().kind());
            candidates.add(new Candidate(trigger, type, location, places,
                    new ArrayList<>(timesOf.getOrDefault(trigger, List.of()))));
        }
        absorbPlaceless(candidates);
        List<EventMention> result = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!candidate.places.isEmpty()) {
                mentionOf(candidate, s, sentence).ifPresent(result::add);
            }
        }
        return result;
    }

    /** A trigger kept so far, with what the sentence gave it; mutable while the sentence's triggers are settled. */
    private static final class Candidate {
        final Trigger trigger;
        EventType type;
        final EventLocator.Location location;
        final List<PlaceMention> places;
        final List<TimeMention> times;
        boolean casualty;
        String label;

        Candidate(Trigger trigger, EventType type, EventLocator.Location location, List<PlaceMention> places,
                List<TimeMention> times) {
            this.trigger = trigger;
            this.type = type;
            this.location = location;
            this.places = places;
            this.times = times;
            this.casualty = trigger.entry().casualty();
            this.label = trigger.entry().label();
        }
    }

    /**
     * "The bodies of X's head were found in a shallow grave, officials said on Saturday"; "Russian shelling killed two
     * people in X": a trigger without a place of its own reports, with the nearest trigger of its family (or an
     * attack with its toll) that has one, a single happening; its time expressions go to that trigger, and an attack
     * with its toll is an attack.
     */
    private static void absorbPlaceless(List<Candidate> candidates) {
        for (Candidate placeless : candidates) {
            if (!placeless.places.isEmpty()) {
                continue;
            }
            candidates.stream()
                    .filter(c -> !c.places.isEmpty() && oneHappening(placeless, c))
                    .min(Comparator.comparingInt(c -> c.trigger.distanceTo(placeless.trigger.first(),
                            placeless.trigger.last())))
                    .ifPresent(partner -> {
                        partner.times.addAll(placeless.times);
                        if (placeless.type == EventType.ATTACK && partner.casualty) {
                            partner.type = EventType.ATTACK;
                            partner.casualty = false;
                            partner.label = placeless.label;
                        }
                    });
        }
    }

    private static boolean oneHappening(Candidate a, Candidate b) {
        return a.type.family().equals(b.type.family())
                || a.type == EventType.ATTACK && b.casualty || b.type == EventType.ATTACK && a.casualty;
    }

    private Optional<EventMention> mentionOf(Candidate candidate, int s, Sentence sentence) {
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
                candidate.places.stream().map(PlaceMention::key).distinct().toList(), dating.date(),
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
    private static EventType directionOf(Optional<Actor> actor, List<PlaceMention> places) {
        String country = places.get(0).place().countryCode();
        boolean regained = actor.isPresent() && country != null && actor.get().countryCode().equals(country);
        return regained ? EventType.TERRITORY_REGAINED : EventType.TERRITORY_CAPTURED;
    }

    /**
     * The trigger nearest to the token range, where a range before a trigger counts twice its distance: in English
     * what a verb or noun reports about (its object, "of X", "in X") follows it, and a place before it is more often
     * another clause's. On a tie, the earlier trigger. A trigger that cannot have the range (see
     * {@link #weightedDistance}) passes it to the next nearest only within {@link #SECOND_CHOICE_REACH} tokens: a
     * place far from every trigger that may have it is nobody's.
     */
    private static Optional<Trigger> nearest(List<Trigger> triggers, int first, int last) {
        Trigger best = null;
        Trigger closest = triggers.get(0);
        for (Trigger trigger : triggers) {
            if (weightedDistance(trigger, first, last) < Integer.MAX_VALUE
                    && (best == null || weightedDistance(trigger, first, last) < weightedDistance(best, first, last))) {
                best = trigger;
            }
            if (trigger.distanceTo(first, last) < closest.distanceTo(first, last)) {
                closest = trigger;
            }
        }
        if (best == null || best != closest && best.distanceTo(first, last) > SECOND_CHOICE_REACH) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    private static int weightedDistance(Trigger trigger, int first, int last) {
        int distance = trigger.distanceTo(first, last);
        if (last < trigger.first() && (opensParticipleClause(trigger) || outsideItsRelativeClause(trigger, last))) {
            return Integer.MAX_VALUE;
        }
        return last < trigger.first() ? 2 * distance : distance;
    }

    /**
     * "the leader of the Luhansk People's Republic, Leonid Pasechnik, which was captured on tape": a trigger in a
     * relative clause is about the word the relative pronoun follows; a place before it is the trigger's only if it
     * is that word ("Izyum, which was recently liberated").
     */
    private static boolean outsideItsRelativeClause(Trigger trigger, int placeLast) {
        List<Token> tokens = trigger.sentence().tokens();
        for (int i = trigger.first() - 1; i >= Math.max(0, trigger.first() - 4); i--) {
            Token token = tokens.get(i);
            if (Set.of("which", "that", "who").contains(PartOfSpeech.word(token))) {
                int antecedent = i >= 1 && tokens.get(i - 1).word().equals(",") ? i - 2 : i - 1;
                return placeLast != antecedent;
            }
            boolean auxiliary = Set.of("be", "have").contains(PartOfSpeech.lemma(token));
            if (!auxiliary && !PartOfSpeech.tag(token).startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "repelled an assault near X in the Y region, destroying several tanks": a participle after a comma tells more
     * of the clause before it, whose places are not its own.
     */
    private static boolean opensParticipleClause(Trigger trigger) {
        List<Token> tokens = trigger.sentence().tokens();
        int first = trigger.first();
        return PartOfSpeech.tag(tokens.get(first)).equals("VBG") && first >= 1
                && tokens.get(first - 1).word().equals(",");
    }

    private List<TimeMention> timesIn(int s) {
        Sentence sentence = context.sentence(s);
        return context.text().times().stream()
                .filter(t -> t.start() >= sentence.start() && t.end() <= sentence.end())
                .toList();
    }

    private static int distance(Trigger trigger, Sentence sentence, TimeMention time) {
        int[] range = tokenRange(sentence, time.start(), time.end());
        return trigger.distanceTo(range[0], range[1]);
    }

    private static int[] tokenRange(Sentence sentence, int start, int end) {
        List<Token> tokens = sentence.tokens();
        int first = 0;
        while (first < tokens.size() - 1 && tokens.get(first).end() <= start) {
            first++;
        }
        int last = tokens.size() - 1;
        while (last > first && tokens.get(last).start() >= end) {
            last--;
        }
        return new int[] {first, last};
    }
}
