package org.frontline.extraction.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.knowledge.gazetteer.Gazetteer;
import org.frontline.knowledge.gazetteer.GazetteerEntry;
import org.frontline.knowledge.name.PlaceNameKey;
import org.frontline.vocabulary.PlaceKind;
import org.frontline.vocabulary.TextSpan;

/**
 * One {@link ExtractedPlace} per distinct place: the mentions of one gazetteer entry together (whatever their
 * spelling), those of one unknown name together; then the oblast of each place, added without mentions when the
 * article does not name it, so that the store can link a village to its oblast.
 */
final class PlaceAssembler {

    private final Gazetteer gazetteer;

    PlaceAssembler(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static final class Group {
        final GazetteerEntry entry;
        final String name;
        final PlaceKind kind;
        final String regionId;
        final List<TextSpan> mentions = new ArrayList<>();
        final Set<String> spellings = new LinkedHashSet<>();
        String key;

        Group(GazetteerEntry entry, String name, PlaceKind kind, String regionId) {
            this.entry = entry;
            this.name = name;
            this.kind = kind;
            this.regionId = regionId;
        }
    }

    List<ExtractedPlace> assemble(String text, List<ResolvedMention> resolved) {
        Map<String, Group> groups = new LinkedHashMap<>();
        List<ResolvedMention> inTextOrder = new ArrayList<>(resolved);
        inTextOrder.sort(Comparator.comparingInt(r -> r.mention().span().start()));
        for (ResolvedMention r : inTextOrder) {
            Group group = groups.computeIfAbsent(identity(r), id -> r.isResolved()
                    ? new Group(r.entry(), r.entry().name(), r.entry().kind(), r.entry().regionId())
                    : new Group(null, r.mention().name(), r.kind(), r.regionId()));
            group.mentions.add(r.mention().span());
            group.spellings.add(spellingFor(r, text));
        }
        addMissingRegions(groups);
        int n = 0;
        for (Group group : groups.values()) {
            group.key = "place-" + ++n;
        }
        List<ExtractedPlace> places = new ArrayList<>(groups.size());
        for (Group group : groups.values()) {
            places.add(toPlace(group, groups));
        }
        return places;
    }

    private static String identity(ResolvedMention r) {
        return r.isResolved() ? r.entry().id() : "?" + r.kind() + ":" + PlaceNameKey.of(r.mention().name());
    }

    /** The article's phrase; the type word only when the place is of that sort ("Vinnytsia region" for the oblast). */
    private static String spellingFor(ResolvedMention r, String text) {
        PlaceMention m = r.mention();
        boolean phraseFits = switch (m.hint()) {
            case REGION, DISTRICT -> r.kind() == PlaceKind.REGION;
            case WATER -> r.kind() == PlaceKind.WATER;
            default -> false;
        };
        return phraseFits ? m.spelling() : m.name();
    }

    private void addMissingRegions(Map<String, Group> groups) {
        for (Group group : List.copyOf(groups.values())) {
            String regionId = group.regionId;
            if (regionId != null && !groups.containsKey(regionId)) {
                gazetteer.byId(regionId).ifPresent(region ->
                        groups.put(regionId, new Group(region, region.name(), region.kind(), region.regionId())));
            }
        }
    }

    private static ExtractedPlace toPlace(Group group, Map<String, Group> groups) {
        Set<String> aliases = new LinkedHashSet<>();
        if (group.entry != null) {
            aliases.addAll(group.entry.aliases());
        }
        aliases.addAll(group.spellings);
        aliases.remove(group.name);
        Group region = group.regionId == null ? null : groups.get(group.regionId);
        GazetteerEntry entry = group.entry;
        return new ExtractedPlace(group.key, entry == null ? null : entry.id(), group.name, List.copyOf(aliases),
                group.kind, entry == null ? (region != null && region.entry != null ? region.entry.countryCode() : null)
                : entry.countryCode(), entry == null ? null : entry.latitude(), entry == null ? null : entry.longitude(),
                region == null ? null : region.key, List.copyOf(group.mentions));
    }
}
