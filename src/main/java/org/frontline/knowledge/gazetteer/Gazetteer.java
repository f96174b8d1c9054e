package org.frontline.knowledge.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.knowledge.name.EditDistance;
import org.frontline.knowledge.name.PlaceNameKey;

/**
 * Places by name: GeoNames settlements of Ukraine and its neighbours, the world's capitals and big cities, oblasts
 * and raions, countries, and the hand-kept regions, waters and facilities. Every name is indexed under its
 * {@link PlaceNameKey}. Immutable and thread-safe; load it once.
 */
public final class Gazetteer {

    /** Keys shorter than this are never matched approximately: one edit turns them into too many other names. */
    static final int MIN_FUZZY_KEY_LENGTH = 5;
    private static final int LONG_KEY_LENGTH = 9;

    private final Map<String, GazetteerEntry> byId;
    private final Map<String, List<GazetteerEntry>> byKey;
    private final Map<String, List<GazetteerEntry>> byRegion;
    private volatile Map<Integer, List<String>> keysByLength;

    private Gazetteer(Collection<GazetteerEntry> entries) {
        byId = new LinkedHashMap<>(entries.size() * 2);
        byKey = new HashMap<>(entries.size() * 10);
        byRegion = new HashMap<>();
        for (GazetteerEntry entry : entries) {
            byId.put(entry.id(), entry);
            index(PlaceNameKey.of(entry.name()), entry);
            for (String alias : entry.aliases()) {
                index(PlaceNameKey.of(alias), entry);
            }
            if (entry.regionId() != null) {
                byRegion.computeIfAbsent(entry.regionId(), k -> new ArrayList<>()).add(entry);
            }
        }
    }

    private void index(String key, GazetteerEntry entry) {
        if (key.isEmpty()) {
            return;
        }
        List<GazetteerEntry> list = byKey.get(key);
        if (list == null) {
            byKey.put(key, new ArrayList<>(List.of(entry)));
        } else if (list.get(list.size() - 1) != entry) { // an entry's names are indexed one after another
            list.add(entry);
        }
    }

    /** All keys grouped by length, for approximate matching; built on first use since imports alone need it. */
    private Map<Integer, List<String>> keysByLength() {
        Map<Integer, List<String>> keys = keysByLength;
        if (keys == null) {
            keys = new HashMap<>();
            for (String key : byKey.keySet()) {
                keys.computeIfAbsent(key.length(), k -> new ArrayList<>()).add(key);
            }
            keysByLength = keys;
        }
        return keys;
    }

    /** The gazetteer shipped in the application's resources, read on first use. */
    public static Gazetteer loadDefault() {
        return Default.INSTANCE;
    }

    /** A gazetteer of the given entries (tests, tools). */
    public static Gazetteer of(Collection<GazetteerEntry> entries) {
        return new Gazetteer(entries);
    }

    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entries with a name whose key equals this name's key, in the order they were loaded. */
    public List<GazetteerEntry> lookup(String name) {
        return Collections.unmodifiableList(byKey.getOrDefault(PlaceNameKey.of(name), List.of()));
    }

    /** The places whose admin1 region is the given one (the oblast's settlements and raions). */
    public List<GazetteerEntry> inRegion(String regionId) {
        return Collections.unmodifiableList(byRegion.getOrDefault(regionId, List.of()));
    }

    /** The country entry for an ISO 3166 alpha-2 code. */
    public Optional<GazetteerEntry> country(String isoCode) {
        return byId("country:" + isoCode);
    }

    /**
     * Entries spelled like the given name within the usual reach of a typo: one edit for keys of five to eight
     * letters, two from nine. Exact matches are not included; shorter names get no candidates at all.
     */
    public List<SpellingCandidate> similarlySpelled(String name) {
        String key = PlaceNameKey.of(name);
        if (key.length() < MIN_FUZZY_KEY_LENGTH) {
            return List.of();
        }
        return similarlySpelled(key, key.length() >= LONG_KEY_LENGTH ? 2 : 1);
    }

    /** Entries with a name whose key is within maxDistance edits of the name's key (exact matches excluded). */
    public List<SpellingCandidate> similarlySpelled(String name, int maxDistance) {
        String key = PlaceNameKey.of(name);
        List<SpellingCandidate> found = new ArrayList<>();
        for (int length = key.length() - maxDistance; length <= key.length() + maxDistance; length++) {
            for (String candidate : keysByLength().getOrDefault(length, List.of())) {
                int distance = EditDistance.bounded(key, candidate, maxDistance);
                if (distance == 0 || distance > maxDistance) {
                    continue;
                }
                for (GazetteerEntry entry : byKey.get(candidate)) {
                    found.add(new SpellingCandidate(entry, nameWithKey(entry, candidate), distance));
                }
            }
        }
        found.sort(Comparator.comparingInt(SpellingCandidate::distance));
        return found;
    }

    public int size() {
        return byId.size();
    }

    public Collection<GazetteerEntry> entries() {
        return Collections.unmodifiableCollection(byId.values());
    }

    private static String nameWithKey(GazetteerEntry entry, String key) {
        for (String name : entry.names()) {
            if (PlaceNameKey.of(name).equals(key)) {
                return name;
            }
        }
        return entry.name();
    }

    private static final class Default {
        static final Gazetteer INSTANCE = new Gazetteer(GazetteerLoader.fromClasspath());
    }
}
