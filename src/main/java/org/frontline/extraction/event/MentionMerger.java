package org.frontline.extraction.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.frontline.vocabulary.DateWindow;
import org.frontline.vocabulary.EventType;

/**
 * Merges the mentions of one real event within an article: mentions of the same kind (see {@link #KIND}) that share
 * a place and whose dates can be the same day (within {@link DateWindow#TOLERANCE_DAYS}, or either unknown or
 * coarse) are one event; so are an attack and the toll told with it (people killed, bodies found, within
 * {@link #TOLL_DISTANCE} sentences). Merging is transitive.
 * <p>
 * Within one article the kind is stricter than the type family the store uses across articles: an article that
 * reports that Russian troops were withdrawn from a town and that Ukrainian soldiers raised their flag there the
 * day before tells two happenings apart in its own words, and the seed annotations count them apart. Across
 * articles different wording for one happening is the norm, so the store merges by family.
 */
final class MentionMerger {

    /**
     * Captured and regained are one kind (the direction is inferred and may differ between mentions), and so are
     * harm to civilians and a grave at one place (bodies found in a grave are one finding); political mentions are
     * one kind only when their trigger label agrees (a referendum call is not a denial).
     */
    static final Function<EventMention, String> KIND = m -> switch (m.type()) {
        case TERRITORY_REGAINED, TERRITORY_CAPTURED -> "territory taken";
        case CIVILIAN_HARM, MASS_GRAVE -> "atrocity";
        case POLITICAL -> "political: " + m.label();
        default -> m.type().name();
    };

    /** The store's cross-article rule applied within the article; kept to measure against {@link #KIND}. */
    static final Function<EventMention, String> FAMILY = m -> m.type().family();

    /** How many sentences after (or before) an attack its toll may be told. */
    static final int TOLL_DISTANCE = 2;

    private final Function<EventMention, String> kindOf;

    MentionMerger(Function<EventMention, String> kindOf) {
        this.kindOf = kindOf;
    }

    /** Groups of mentions, each one event, in the order of their first mention. */
    List<List<EventMention>> merge(List<EventMention> mentions) {
        int[] parent = new int[mentions.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < mentions.size(); i++) {
            for (int j = i + 1; j < mentions.size(); j++) {
                if (same(mentions.get(i), mentions.get(j))) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        Map<Integer, List<EventMention>> groups = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(mentions.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private boolean same(EventMention a, EventMention b) {
        boolean sameKind = kindOf.apply(a).equals(kindOf.apply(b)) || tollOf(a, b) || tollOf(b, a);
        return sameKind
                && !Collections.disjoint(a.placeKeys(), b.placeKeys())
                && DateWindow.of(a.date(), a.precision()).compatibleWith(DateWindow.of(b.date(), b.precision()));
    }

    /** "A missile hit X, injuring five people. Rescuers pulled two bodies from the rubble": the attack's toll. */
    private static boolean tollOf(EventMention toll, EventMention attack) {
        return toll.casualty() && attack.type() == EventType.ATTACK
                && Math.abs(toll.sentenceIndex() - attack.sentenceIndex()) <= TOLL_DISTANCE;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The type of a merged event: regained wins over captured (its wording is explicit), else the commonest. */
    static EventType typeOf(List<EventMention> group) {
        if (group.stream().anyMatch(m -> m.type() == EventType.ATTACK)
                && group.stream().allMatch(m -> m.type() == EventType.ATTACK || m.casualty())) {
            return EventType.ATTACK;
        }
        if (group.stream().anyMatch(m -> m.type() == EventType.TERRITORY_REGAINED)
                && group.stream().allMatch(m -> m.type().family().equals("territory"))
                && group.stream().noneMatch(m -> m.type() == EventType.WITHDRAWAL)) {
            return EventType.TERRITORY_REGAINED;
        }
        if (group.stream().anyMatch(m -> m.type() == EventType.MASS_GRAVE)
                && group.stream().allMatch(m -> m.type().family().equals("atrocity"))) {
            return EventType.MASS_GRAVE;
        }
        Map<EventType, Integer> counts = new LinkedHashMap<>();
        group.forEach(m -> counts.merge(m.type(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
