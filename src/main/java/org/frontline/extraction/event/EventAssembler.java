package org.frontline.extraction.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.extraction.ExtractedEvent;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.extraction.language.Sentence;
import org.frontline.vocabulary.DatePrecision;
import org.frontline.vocabulary.EventType;
import org.frontline.vocabulary.TextSpan;

/** Turns a group of merged mentions into the event the article reports. */
final class EventAssembler {

    private final ArticleIndex context;
    private final Map<String, ExtractedPlace> placesByKey;
    private final ParticipantLinker participants;

    EventAssembler(ArticleIndex context, List<ExtractedPlace> places) {
        this.context = context;
        this.placesByKey = places.stream().collect(Collectors.toMap(ExtractedPlace::key, Function.identity(),
                (a, b) -> a));
        this.participants = new ParticipantLinker(context);
    }

    ExtractedEvent assemble(List<EventMention> group) {
        EventType type = MentionMerger.typeOf(group);
        List<ExtractedPlace> places = PlaceSpecificity.mostSpecific(group.stream()
                .flatMap(m -> m.placeKeys().stream()).distinct().map(placesByKey::get).toList(), ExtractedPlace::kind);
        List<String> placeKeys = places.stream().map(ExtractedPlace::key).toList();
        EventMention best = mostPrecisely(group);
        Set<Integer> triggerSentences = group.stream().map(EventMention::sentenceIndex)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Integer> evidenceSentences = group.stream().flatMap(m -> m.evidenceSentences().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> people = participants.people(triggerSentences);
        List<String> organizations = participants.organizations(triggerSentences);
        Set<String> participantKeys = new HashSet<>(people);
        participantKeys.addAll(organizations);
        List<Integer> quotes = participants.quotes(triggerSentences, new LinkedHashSet<>(placeKeys), participantKeys);
        Optional<Actor> actor = group.stream().map(EventMention::actor).flatMap(Optional::stream).findFirst();
        String label = group.stream().filter(m -> m.type() == type).findFirst().orElse(group.get(0)).label();
        String title = EventTitles.title(type, label, actor, places.stream().map(ExtractedPlace::name).toList());
        List<TextSpan> evidence = new ArrayList<>();
        for (int s : evidenceSentences) {
            Sentence sentence = context.sentence(s);
            evidence.add(new TextSpan(sentence.start(), sentence.end()));
        }
        return new ExtractedEvent(type, title, best.date(), best.precision(), placeKeys, people, organizations, quotes,
                evidence);
    }

    /** The mention whose date is most precise; among equals, the earliest date (later reports refer back). */
    private static EventMention mostPrecisely(List<EventMention> group) {
        return group.stream().min(Comparator.comparingInt((EventMention m) -> rank(m.precision(), m.date()))
                .thenComparing(m -> m.date() == null ? LocalDate.MAX : m.date())).orElseThrow();
    }

    private static int rank(DatePrecision precision, LocalDate date) {
        if (date == null) {
            return 9;
        }
        return switch (precision) {
            case DAY -> 0;
            case WEEK -> 1;
            case MONTH -> 2;
            case UNKNOWN -> 3;
        };
    }
}
