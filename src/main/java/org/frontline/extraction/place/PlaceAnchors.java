package org.frontline.extraction.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.knowledge.gazetteer.GazetteerEntry;
import org.frontline.knowledge.name.PlaceNameKey;
import org.frontline.vocabulary.PlaceKind;

/**
 * The places an article names without doubt (a name with one reading, an oblast named as such), against which the
 * doubtful names are read: a village that shares its name with a dozen others is the one in the oblast the article
 * talks about, or near the other places of its sentence.
 */
final class PlaceAnchors {

    static final double NEAR_KM = 100;

    private record Anchor(String nameKey, GazetteerEntry entry, String regionId, int sentenceIndex, int list) {
    }

    private final List<Anchor> anchors = new ArrayList<>();

    /** Records a surely resolved mention; countries and rivers say nothing about where a village lies. */
    void add(PlaceMention mention, GazetteerEntry entry) {
        if (entry.kind() == PlaceKind.COUNTRY || entry.kind() == PlaceKind.WATER) {
            return;
        }
        anchors.add(new Anchor(PlaceNameKey.of(mention.name()), entry, regionOf(entry), mention.sentenceIndex(),
                mention.list()));
    }

    /** The admin1 region a place lies in, or that it is. */
    static String regionOf(GazetteerEntry entry) {
        if (entry.kind() == PlaceKind.REGION && "ADM1".equals(entry.featureCode())) {
            return entry.id();
        }
        return entry.regionId();
    }

    /** How much the article's other places speak for this reading of the mention. */
    double support(GazetteerEntry candidate, PlaceMention mention) {
        String nameKey = PlaceNameKey.of(mention.name());
        String region = regionOf(candidate);
        double regionSupport = 0;
        double distanceSupport = 0;
        for (Anchor anchor : anchors) {
            if (anchor.nameKey().equals(nameKey)) {
                continue; // a name does not vouch for itself
            }
            boolean close = anchor.sentenceIndex() == mention.sentenceIndex()
                    || (mention.inList() && anchor.list() == mention.list());
            if (region != null && region.equals(anchor.regionId())) {
                regionSupport = Math.max(regionSupport, close ? 35 : 25);
            }
            boolean isRegionItself = anchor.entry().kind() == PlaceKind.REGION
                    && "ADM1".equals(anchor.entry().featureCode());
            if (!isRegionItself && candidate.kilometresTo(anchor.entry()) <= NEAR_KM) {
                distanceSupport = Math.max(distanceSupport, close ? 25 : 15);
            }
        }
        return regionSupport + distanceSupport;
    }

    /**
     * An admin1 region the article is about.
     *
     * @param pinned whether the mention's own sentence or list places something there, or it is the article's main
     *               region: only there may a name be matched by a loose likeness
     */
    record Region(String id, boolean pinned) {
    }

    /**
     * The admin1 regions the article is about, those of the mention's own sentence first, then by how many places
     * lie in them.
     */
    List<Region> regionsAround(PlaceMention mention) {
        String nameKey = PlaceNameKey.of(mention.name());
        Map<String, Integer> weight = new LinkedHashMap<>();
        for (Anchor anchor : anchors) {
            if (anchor.regionId() == null || anchor.nameKey().equals(nameKey)) {
                continue;
            }
            boolean close = anchor.sentenceIndex() == mention.sentenceIndex()
                    || (mention.inList() && anchor.list() == mention.list());
            weight.merge(anchor.regionId(), close ? 100 : 1, Integer::sum);
        }
        List<String> ids = new ArrayList<>(weight.keySet());
        ids.sort((a, b) -> weight.get(b) - weight.get(a));
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            regions.add(new Region(ids.get(i), i == 0 || weight.get(ids.get(i)) >= 100));
        }
        return regions;
    }

    /** Whether the article's other places (not under this mention's name) include one of the country. */
    boolean isAboutCountry(String countryCode, PlaceMention mention) {
        String nameKey = PlaceNameKey.of(mention.name());
        return anchors.stream().anyMatch(a -> !a.nameKey().equals(nameKey)
                && countryCode.equals(a.entry().countryCode()));
    }

    /** Kilometres from the candidate to the nearest place of the article (other than under this name). */
    double distanceToNearest(GazetteerEntry candidate, PlaceMention mention) {
        String nameKey = PlaceNameKey.of(mention.name());
        double nearest = Double.POSITIVE_INFINITY;
        for (Anchor anchor : anchors) {
            if (!anchor.nameKey().equals(nameKey)) {
                nearest = Math.min(nearest, candidate.kilometresTo(anchor.entry()));
            }
        }
        return nearest;
    }
}
