package org.frontline.extraction.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontline.extraction.place.PlaceMention.Extent;
import org.frontline.knowledge.gazetteer.Gazetteer;
import org.frontline.knowledge.gazetteer.GazetteerEntry;
import org.frontline.knowledge.name.PlaceNameKey;
import org.frontline.vocabulary.PlaceKind;

/**
 * Reads a bare name that an admin1 region shares with a city ("Vinnytsia", "Cherkasy") as the region or the city.
 * Reports often write the bare name for the oblast: "the region of X", "X area", "X and the adjacent province of
 * Y", "a region consisting of X and Y" say so outright; a name coordinated with a region is one too; "neighbouring
 * X", "into X", "the X front" say so in an article that is about the region (it names the region as such). "near
 * X", "evacuate X", "the city of X" are the city. A name with no such words takes the sense its article's other
 * mentions favour (one sense per discourse), the city when they do not favour the region.
 */
final class OblastOrCapital {

    private final Gazetteer gazetteer;

    OblastOrCapital(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mentions, those of a shared name read as the region given the region hint. */
    List<PlaceMention> read(List<PlaceMention> mentions) {
        Map<String, Optional<String>> regionOfName = new HashMap<>();
        Set<String> namedRegions = regionsNamedAsSuch(mentions);
        boolean[] region = new boolean[mentions.size()];
        boolean[] shared = new boolean[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            PlaceMention m = mentions.get(i);
            Optional<String> regionId = regionOfName.computeIfAbsent(PlaceNameKey.of(m.name()), k -> sharedRegion(m));
            shared[i] = regionId.isPresent() && isBare(m);
            region[i] = shared[i] && (m.extent() == Extent.AREA
                    || m.extent() == Extent.WIDE && namedRegions.contains(regionId.get()));
        }
        for (int i = 0; i < mentions.size(); i++) {
            region[i] |= shared[i] && coordinatedWithRegion(i, mentions);
        }
        Map<String, Integer> votes = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            PlaceMention m = mentions.get(i);
            int vote = region[i] || m.extent() == Extent.AREA ? 1 : isPoint(m) ? -1 : 0;
            votes.merge(PlaceNameKey.of(m.name()), vote, Integer::sum);
        }
        List<PlaceMention> read = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            PlaceMention m = mentions.get(i);
            boolean uncued = m.extent() == Extent.NONE && m.hint() != PlaceHint.SETTLEMENT;
            boolean byDiscourse = shared[i] && uncued && votes.get(PlaceNameKey.of(m.name())) > 0;
            read.add(region[i] || byDiscourse ? m.asRegion() : m);
        }
        return read;
    }

    /** No type word says what the name is: "the X" and a bare "X" only. */
    private static boolean isBare(PlaceMention m) {
        return m.hint() == PlaceHint.NONE || m.hint() == PlaceHint.DEFINITE;
    }

    private static boolean isPoint(PlaceMention m) {
        return m.extent() == Extent.POINT || m.hint() == PlaceHint.SETTLEMENT;
    }

    /** The admin1 region "X Oblast" when the bare name X is also a city (a capital or a regional centre). */
    private Optional<String> sharedRegion(PlaceMention m) {
        boolean city = gazetteer.lookup(m.name()).stream().anyMatch(e -> e.kind() == PlaceKind.SETTLEMENT
                && Set.of("PPLC", "PPLA").contains(e.featureCode()));
        if (!city) {
            return Optional.empty();
        }
        return gazetteer.lookup(m.name() + " Oblast").stream().filter(OblastOrCapital::isAdmin1)
                .map(GazetteerEntry::id).findFirst();
    }

    private static boolean isAdmin1(GazetteerEntry e) {
        return e.kind() == PlaceKind.REGION && "ADM1".equals(e.featureCode());
    }

    /**
     * The admin1 regions the article names as regions: with a type word ("X region", "the province of X"), by a
     * name only a region has ("the X People's Republic").
     */
    private Set<String> regionsNamedAsSuch(List<PlaceMention> mentions) {
        Set<String> ids = new HashSet<>();
        for (PlaceMention m : mentions) {
            if (m.hint() == PlaceHint.REGION || m.extent() == Extent.AREA) {
                gazetteer.lookup(m.name() + " Oblast").stream().filter(OblastOrCapital::isAdmin1)
                        .forEach(e -> ids.add(e.id()));
            }
            List<GazetteerEntry> own = gazetteer.lookup(m.spelling());
            if (!own.isEmpty() && own.stream().allMatch(OblastOrCapital::isAdmin1)) {
                own.forEach(e -> ids.add(e.id()));
            }
        }
        return ids;
    }

    /** "X, Y and the Z region", "X and Y regions" where the list broke: a list-mate named as a region. */
    private static boolean coordinatedWithRegion(int i, List<PlaceMention> mentions) {
        PlaceMention m = mentions.get(i);
        if (!m.inList()) {
            return false;
        }
        String key = PlaceNameKey.of(m.name());
        return mentions.stream().anyMatch(o -> o != m && o.list() == m.list()
                && (o.hint() == PlaceHint.REGION || o.extent() == Extent.AREA) && !PlaceNameKey.of(o.name()).equals(key));
    }
}
