package org.frontline.extraction.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.frontline.extraction.place.PlaceMention.EntityClass;
import org.frontline.knowledge.gazetteer.Gazetteer;
import org.frontline.knowledge.gazetteer.GazetteerEntry;
import org.frontline.knowledge.name.PlaceNameKey;
import org.frontline.vocabulary.PlaceKind;

/**
 * Decides which candidate names are places and which gazetteer entry each one names, reading the type words around
 * it, the entity recogniser's tag and the article's other places. A name the gazetteer lacks is kept when the text
 * shows it is a place; a misspelt one is matched to a like-named place of the article's oblasts.
 */
final class PlaceResolver {

    /** A lead this large over the runner-up makes a reading sure enough to serve as context for the others. */
    private static final double SURE_MARGIN = 12;
    /** A foreign city of this size is no village of the front. */
    private static final long CITY_POPULATION = 50_000;
    private static final double FAR_KM = 400;
    /** A village misspelt by a typo is looked for this close to the article's other places (cities anywhere). */
    private static final double TYPO_REACH_KM = 150;

    private final Gazetteer gazetteer;
    private final GarbledNameMatcher garbled;

    PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.garbled = new GarbledNameMatcher(gazetteer);
    }

    /**
     * @param found             the candidate names, in text order
     * @param personOrOrgWords  keys of the words the recogniser tags as part of a person's or organisation's name
     *                          somewhere in the article: such a word is no place unless the gazetteer knows it
     */
    List<ResolvedMention> resolve(List<PlaceMention> found, Set<String> personOrOrgWords) {
        List<PlaceMention> mentions = new ArrayList<>();
        List<List<GazetteerEntry>> candidates = new ArrayList<>();
        Set<Integer> listsWithPlaces = listsWithPlaces(found);
        for (PlaceMention mention : found) {
            List<GazetteerEntry> exact = candidates(mention);
            if (exact.isEmpty() && isNameOfPersonOrOrganisation(mention, personOrOrgWords)) {
                continue; // a surname tagged LOCATION once, PERSON elsewhere
            }
            if (isPlace(mention, exact, listsWithPlaces)) {
                mentions.add(mention);
                candidates.add(isVouchedFor(mention, listsWithPlaces) ? exact
                        : exact.stream().filter(PlaceResolver::readilyMeant).toList());
            }
        }

        PlaceAnchors context = new PlaceAnchors();
        for (int i = 0; i < mentions.size(); i++) {
            PlaceMention mention = mentions.get(i);
            sureReading(mention, candidates.get(i)).ifPresent(entry -> context.add(mention, entry));
        }

        List<ResolvedMention> resolved = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            resolved.add(resolve(mentions.get(i), candidates.get(i), context));
        }
        return inferRegionsOfUnknownPlaces(resolved);
    }

    // ------------------------------------------------------------------ candidates

    /** Exact-key candidates, narrowed to the sort of place the hint asks for when any is of that sort. */
    private List<GazetteerEntry> candidates(PlaceMention mention) {
        Set<GazetteerEntry> found = new LinkedHashSet<>(lookup(mention.name(), mention.name()));
        if (!mention.spelling().equals(mention.name())) {
            found.addAll(lookup(mention.spelling(), mention.name()));
        }
        String name = mention.name();
        switch (mention.hint()) {
            case REGION -> {
                found.addAll(lookup(name + " Oblast", name));
                found.addAll(lookup(name + " region", name));
            }
            case DISTRICT -> {
                found.addAll(lookup(name + " Raion", name));
                found.addAll(lookup(name + " district", name));
            }
            case WATER -> found.addAll(lookup(name + " River", name));
            default -> {
            }
        }
        List<GazetteerEntry> all = new ArrayList<>(found);
        if (mention.tag() == EntityClass.COUNTRY && all.stream().anyMatch(e -> e.kind() == PlaceKind.COUNTRY)) {
            return all.stream().filter(e -> e.kind() == PlaceKind.COUNTRY).toList();
        }
        for (Predicate<GazetteerEntry> preferred : preferences(mention.hint())) {
            List<GazetteerEntry> narrowed = all.stream().filter(preferred).toList();
            if (!narrowed.isEmpty()) {
                return narrowed;
            }
        }
        return all;
    }

    /** Entries under the name, without those that matched only an acronym written otherwise ("us" is not US). */
    private List<GazetteerEntry> lookup(String phrase, String surface) {
        String key = PlaceNameKey.of(phrase);
        return gazetteer.lookup(phrase).stream()
                .filter(entry -> entry.names().stream()
                        .filter(n -> PlaceNameKey.of(n).equals(key))
                        .anyMatch(n -> !isAcronym(n) || phrase.contains(n) || surface.equals(n)))
                .toList();
    }

    private static boolean isAcronym(String name) {
        String letters = name.replace(".", "");
        return letters.length() <= 4 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    private static List<Predicate<GazetteerEntry>> preferences(PlaceHint hint) {
        Predicate<GazetteerEntry> region = e -> e.kind() == PlaceKind.REGION && !"ADM2".equals(e.featureCode());
        Predicate<GazetteerEntry> district = e -> "ADM2".equals(e.featureCode());
        return switch (hint) {
            case REGION -> List.of(region, district);
            case DISTRICT -> List.of(district, region);
            case WATER -> List.of(e -> e.kind() == PlaceKind.WATER);
            case SETTLEMENT, VILLAGE -> List.of(e -> e.kind() == PlaceKind.SETTLEMENT);
            case DEFINITE -> List.of(e -> e.kind() == PlaceKind.WATER || e.kind() == PlaceKind.OTHER || region.test(e));
            case NONE -> List.of();
        };
    }

    // ------------------------------------------------------------------ is it a place at all?

    private static Set<Integer> listsWithPlaces(List<PlaceMention> mentions) {
        Set<Integer> lists = new HashSet<>();
        for (PlaceMention m : mentions) {
            if (m.inList() && (m.tag().isPlace() || m.hint().isExplicit())) {
                lists.add(m.list());
            }
        }
        return lists;
    }

    /**
     * A location tag or an explicit type word makes a name a place. A person's name is never one without such a word.
     * An organisation's name is one only when it is wholly a region, country, water or facility, or a capital
     * standing for its government ("Moscow said"). An untagged capitalised word must be known to the gazetteer
     * and be, unless a list of places or a type word vouches for it, of Ukraine's neighbourhood or a country,
     * region or water; at the start of a sentence only the latter.
     */
    private static boolean isPlace(PlaceMention mention, List<GazetteerEntry> candidates, Set<Integer> placeLists) {
        if (mention.tag().isPlace() || mention.hint().isExplicit()) {
            return mention.tag() != EntityClass.ORGANIZATION || !candidates.isEmpty();
        }
        if (candidates.isEmpty()) {
            return false;
        }
        boolean vouched = mention.inList() && placeLists.contains(mention.list());
        return switch (mention.tag()) {
            case PERSON -> (vouched && candidates.stream().anyMatch(PlaceResolver::readilyMeant))
                    || (!mention.name().contains(" ") && candidates.stream().anyMatch(PlaceResolver::isBigCity));
            case ORGANIZATION -> candidates.stream().anyMatch(e -> e.kind() != PlaceKind.SETTLEMENT
                    || (e.featureCode().equals("PPLC") && !mention.name().contains(" ")));
            default -> {
                if (mention.sentenceStart() && !vouched) {
                    yield candidates.stream().anyMatch(e -> e.kind() != PlaceKind.SETTLEMENT || isTown(e));
                }
                yield vouched || candidates.stream().anyMatch(PlaceResolver::readilyMeant);
            }
        };
    }

    /** Vinnytsia or Uman tagged as a person by mistake: no one in the news goes by a city's name alone. */
    private static boolean isBigCity(GazetteerEntry entry) {
        return entry.kind() == PlaceKind.SETTLEMENT && "UA".equals(entry.countryCode())
                && (entry.population() >= 100_000 || Set.of("PPLC", "PPLA").contains(entry.featureCode()));
    }

    /** A Ukrainian town big enough that a capitalised word at a sentence's start naming it means it. */
    private static boolean isTown(GazetteerEntry entry) {
        return "UA".equals(entry.countryCode()) && (entry.population() >= 10_000
                || Set.of("PPLC", "PPLA", "PPLA2").contains(entry.featureCode()));
    }

    private static boolean isNameOfPersonOrOrganisation(PlaceMention mention, Set<String> personOrOrgWords) {
        for (String word : PlaceNameKey.of(mention.name()).split(" ")) {
            if (!personOrOrgWords.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The recogniser tagged it, a type word names its sort, or it stands in a list of places. */
    private static boolean isVouchedFor(PlaceMention mention, Set<Integer> placeLists) {
        return mention.tag().isPlace() || mention.hint().isExplicit()
                || (mention.inList() && placeLists.contains(mention.list()));
    }

    /**
     * What an untagged capitalised word may name: a country, region, water or facility, or a settlement of Ukraine.
     * Not a village of a neighbouring country or a city abroad, whose names are too often English words or first
     * names (Victoria, Mobile).
     */
    private static boolean readilyMeant(GazetteerEntry entry) {
        return entry.kind() != PlaceKind.SETTLEMENT || "UA".equals(entry.countryCode());
    }

    // ------------------------------------------------------------------ choosing

    private static double score(GazetteerEntry entry, PlaceMention mention, PlaceAnchors context) {
        double kind = mention.hint() == PlaceHint.NONE ? Prominence.kindWithoutHint(entry) : 0;
        return kind + Prominence.of(entry) + (context == null ? 0 : context.support(entry, mention));
    }

    /** The reading that needs no context: the only candidate, or one far ahead of the others. */
    private static Optional<GazetteerEntry> sureReading(PlaceMention mention, List<GazetteerEntry> candidates) {
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        List<GazetteerEntry> ranked = candidates.stream()
                .sorted(Comparator.comparingDouble((GazetteerEntry e) -> -score(e, mention, null))).toList();
        if (ranked.size() > 1 && score(ranked.get(0), mention, null) - score(ranked.get(1), mention, null)
                >= SURE_MARGIN) {
            return Optional.of(ranked.get(0));
        }
        return Optional.empty();
    }

    private ResolvedMention resolve(PlaceMention mention, List<GazetteerEntry> candidates, PlaceAnchors context) {
        GazetteerEntry best = candidates.stream()
                .max(Comparator.comparingDouble(e -> score(e, mention, context))).orElse(null);
        if (best != null && !isImplausible(best, mention, context)) {
            return ResolvedMention.of(mention, best);
        }
        Optional<GazetteerEntry> likeNamed = likeNamed(mention, context, best);
        if (likeNamed.isPresent()) {
            return ResolvedMention.of(mention, likeNamed.get());
        }
        if (best != null && mention.hint() != PlaceHint.VILLAGE) {
            return ResolvedMention.of(mention, best);
        }
        return new ResolvedMention(mention, null, kindFromContext(mention), null);
    }

    /**
     * A foreign place where the article speaks of Ukrainian villages: a big city called a village ("Warsaw, one of
     * the villages liberated"), or a small place far from everything else the article names.
     */
    private static boolean isImplausible(GazetteerEntry entry, PlaceMention mention, PlaceAnchors context) {
        if (entry.kind() != PlaceKind.SETTLEMENT || "UA".equals(entry.countryCode())
                || !context.isAboutCountry("UA", mention)) {
            return false;
        }
        boolean bigCity = isCity(entry);
        if (mention.hint() == PlaceHint.VILLAGE && bigCity) {
            return true;
        }
        return !bigCity && !context.isAboutCountry(entry.countryCode(), mention)
                && context.distanceToNearest(entry, mention) > FAR_KM;
    }

    /** A place of the article's oblasts with a like name, else one within a typo's reach in Ukraine. */
    private Optional<GazetteerEntry> likeNamed(PlaceMention mention, PlaceAnchors context, GazetteerEntry rejected) {
        Predicate<GazetteerEntry> sort = e -> !e.equals(rejected) && switch (mention.hint()) {
            case REGION -> e.kind() == PlaceKind.REGION;
            case DISTRICT -> e.kind() == PlaceKind.REGION || e.kind() == PlaceKind.SETTLEMENT;
            default -> e.kind() == PlaceKind.SETTLEMENT;
        };
        Optional<GazetteerEntry> inRegions = garbled.inRegions(mention.name(), context.regionsAround(mention), sort);
        if (inRegions.isPresent()) {
            return inRegions;
        }
        Predicate<GazetteerEntry> nearby = e -> sort.test(e)
                && ("UA".equals(e.countryCode()) || context.isAboutCountry(e.countryCode(), mention))
                && (isCity(e) || context.distanceToNearest(e, mention) <= TYPO_REACH_KM
                || context.distanceToNearest(e, mention) == Double.POSITIVE_INFINITY);
        return garbled.typos(mention.name(), nearby).stream()
                .max(Comparator.comparingDouble(e -> score(e, mention, context)));
    }

    private static boolean isCity(GazetteerEntry entry) {
        return entry.population() >= CITY_POPULATION || Set.of("PPLC", "PPLA").contains(entry.featureCode());
    }

    private static PlaceKind kindFromContext(PlaceMention mention) {
        return switch (mention.hint()) {
            case SETTLEMENT, VILLAGE -> PlaceKind.SETTLEMENT;
            case REGION, DISTRICT -> PlaceKind.REGION;
            case WATER -> PlaceKind.WATER;
            default -> switch (mention.tag()) {
                case CITY -> PlaceKind.SETTLEMENT;
                case REGION -> PlaceKind.REGION;
                case COUNTRY -> PlaceKind.COUNTRY;
                default -> PlaceKind.OTHER;
            };
        };
    }

    // ------------------------------------------------------------------ unknown places' oblasts

    /**
     * A place the gazetteer lacks lies in the oblast its list-mates all lie in, or in the one oblast its sentence
     * names as such ("the villages of A and B in the Cherkasy region").
     */
    private List<ResolvedMention> inferRegionsOfUnknownPlaces(List<ResolvedMention> resolved) {
        List<ResolvedMention> out = new ArrayList<>(resolved.size());
        for (ResolvedMention r : resolved) {
            if (!r.isResolved() && r.kind() == PlaceKind.OTHER && listedWithSettlements(r, resolved)) {
                r = new ResolvedMention(r.mention(), null, PlaceKind.SETTLEMENT, null);
            }
            if (r.isResolved() || r.kind() != PlaceKind.SETTLEMENT) {
                out.add(r);
                continue;
            }
            Set<String> listRegions = new LinkedHashSet<>();
            Set<String> sentenceRegions = new LinkedHashSet<>();
            for (ResolvedMention other : resolved) {
                if (!other.isResolved() || other == r) {
                    continue;
                }
                PlaceMention m = other.mention();
                String region = PlaceAnchors.regionOf(other.entry());
                if (r.mention().inList() && m.list() == r.mention().list() && region != null) {
                    listRegions.add(region);
                }
                boolean namedAsRegion = other.entry().kind() == PlaceKind.REGION
                        && "ADM1".equals(other.entry().featureCode());
                if (namedAsRegion && m.sentenceIndex() == r.mention().sentenceIndex()) {
                    sentenceRegions.add(other.entry().id());
                }
            }
            String region = listRegions.size() == 1 ? listRegions.iterator().next()
                    : listRegions.isEmpty() && sentenceRegions.size() == 1 ? sentenceRegions.iterator().next() : null;
            out.add(new ResolvedMention(r.mention(), null, r.kind(), region));
        }
        return out;
    }

    /** "the areas of A, B and C" where the others are villages: an unknown member is a village too. */
    private static boolean listedWithSettlements(ResolvedMention r, List<ResolvedMention> resolved) {
        if (!r.mention().inList()) {
            return false;
        }
        List<ResolvedMention> mates = resolved.stream()
                .filter(o -> o != r && o.mention().list() == r.mention().list() && o.isResolved()).toList();
        return !mates.isEmpty() && mates.stream().allMatch(o -> o.kind() == PlaceKind.SETTLEMENT);
    }
}
