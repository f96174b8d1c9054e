package org.frontline.extraction.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.frontline.knowledge.gazetteer.Gazetteer;
import org.frontline.knowledge.gazetteer.GazetteerEntry;
import org.frontline.knowledge.gazetteer.SpellingCandidate;
import org.frontline.knowledge.name.EditDistance;
import org.frontline.knowledge.name.PlaceNameKey;
import org.frontline.knowledge.name.SoundSkeleton;
import org.frontline.vocabulary.PlaceKind;

/**
 * Finds the place a misspelt or garbled name stands for. Within the oblasts the article is about, a loose sound
 * likeness is enough ("Bilotserkva" for Bila Tserkva among the towns of its oblast); across the whole gazetteer only a
 * typo's distance is, and only for places of Ukraine or of a country the article is about.
 */
final class GarbledNameMatcher {

    /** Regions searched at most, the article's main ones. */
    private static final int MAX_REGIONS = 6;
    private static final int LONG_NAME = 9;
    private static final double SOUND_SIMILARITY = 0.85;
    private static final int MIN_KEY_LENGTH = 4;

    private record Spelling(GazetteerEntry entry, String key, String skeleton) {
    }

    private record Likeness(GazetteerEntry entry, double similarity) {
    }

    private final Gazetteer gazetteer;
    private final Map<String, List<Spelling>> spellingsByRegion = new ConcurrentHashMap<>();

    GarbledNameMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The place of one of the article's regions most like the name, when it is alike enough: by a typo or the same
     * sound skeleton anywhere among them, by a near skeleton only in a region the context pins.
     */
    Optional<GazetteerEntry> inRegions(String name, List<PlaceAnchors.Region> regions,
            Predicate<GazetteerEntry> acceptable) {
        String key = PlaceNameKey.of(name);
        if (key.replace(" ", "").length() < MIN_KEY_LENGTH) {
            return Optional.empty();
        }
        String skeleton = SoundSkeleton.of(name);
        List<Likeness> alike = new ArrayList<>();
        int rank = 0;
        for (PlaceAnchors.Region region : regions.subList(0, Math.min(MAX_REGIONS, regions.size()))) {
            double regionPenalty = 0.001 * rank++;
            for (Spelling spelling : spellings(region.id())) {
                if (!acceptable.test(spelling.entry())) {
                    continue;
                }
                double similarity = likeness(key, skeleton, spelling, region.pinned());
                if (similarity > 0) {
                    alike.add(new Likeness(spelling.entry(), similarity - regionPenalty));
                }
            }
        }
        return alike.stream()
                .max(Comparator.comparingDouble(Likeness::similarity)
                        .thenComparingDouble(l -> Prominence.of(l.entry())))
                .map(Likeness::entry);
    }

    /** Places anywhere within a typo of the name, in the given countries. */
    List<GazetteerEntry> typos(String name, Predicate<GazetteerEntry> acceptable) {
        List<SpellingCandidate> candidates = gazetteer.similarlySpelled(name);
        if (candidates.isEmpty()) {
            return List.of();
        }
        int best = candidates.stream().filter(c -> acceptable.test(c.entry()))
                .mapToInt(SpellingCandidate::distance).min().orElse(Integer.MAX_VALUE);
        return candidates.stream().filter(c -> c.distance() == best && acceptable.test(c.entry()))
                .map(SpellingCandidate::entry).distinct().toList();
    }

    /**
     * 0 when not alike enough; otherwise a similarity: a typo (one edit in up to eight letters, two in longer
     * names), the same sound skeleton, or (when loose) skeletons one edit apart in seven or more sounds.
     */
    private static double likeness(String key, String skeleton, Spelling spelling, boolean loose) {
        int allowedTypos = key.length() >= LONG_NAME ? 2 : 1;
        if (key.length() >= 5 && EditDistance.bounded(key, spelling.key(), allowedTypos) <= allowedTypos) {
            return EditDistance.similarity(key, spelling.key());
        }
        if (skeleton.length() >= 5 && skeleton.equals(spelling.skeleton())) {
            return 0.9;
        }
        if (!loose) {
            return 0;
        }
        double sound = EditDistance.similarity(skeleton, spelling.skeleton());
        if (sound >= SOUND_SIMILARITY && Math.max(skeleton.length(), spelling.skeleton().length()) >= 7) {
            return sound - 0.05;
        }
        return 0;
    }

    private List<Spelling> spellings(String regionId) {
        return spellingsByRegion.computeIfAbsent(regionId, id -> {
            List<Spelling> spellings = new ArrayList<>();
            for (GazetteerEntry entry : gazetteer.inRegion(id)) {
                if (entry.kind() != PlaceKind.SETTLEMENT && entry.kind() != PlaceKind.REGION) {
                    continue;
                }
                for (String name : entry.names()) {
                    if (isLatin(name)) {
                        spellings.add(new Spelling(entry, PlaceNameKey.of(name), SoundSkeleton.of(name)));
                    }
                }
            }
            return spellings;
        });
    }

    private static boolean isLatin(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            }
        }
        return false;
    }
}
