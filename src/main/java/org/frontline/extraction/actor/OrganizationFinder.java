package org.frontline.extraction.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontline.extraction.language.EntityMention;
import org.frontline.knowledge.WordList;
import org.frontline.knowledge.name.Countries;
import org.frontline.knowledge.name.OrganizationNameKey;

/**
 * Finds the organizations an article names and gathers each one's mentions: the recogniser's ORGANIZATION
 * mentions (completed with "of [the] Country", a bracketed acronym, a trailing "press service"), the other
 * occurrences of those names whatever their tag, organizations named in lowercase after a country ("Russia's
 * defence ministry", "the Ukrainian general staff") and capitalised ones the recogniser missed ("Southern
 * Command"). Mentions with one key (see {@link OrganizationNameKey}), linked by an acronym, or one naming the
 * organization without its country when the article has only one such, become one organization.
 */
final class OrganizationFinder {

    private static final Set<String> HEADS = WordList.words(OrganizationFinder.class, "organization-heads.txt");
    /** Heads that are adjectives too: a capitalised "Military Withdrawal" heading is not an organization. */
    private static final Set<String> ADJECTIVE_HEADS = WordList.words(OrganizationFinder.class, "adjective-heads.txt");
    /** The recogniser sometimes calls "Odesa Oblast" an organization: a name ending so is a place. */
    private static final Set<String> PLACE_WORDS = WordList.words(OrganizationFinder.class, "place-words.txt");
    /** "Operational Command South", "Group East": a direction may follow the organization noun. */
    private static final Set<String> COMPASS = WordList.words(OrganizationFinder.class,
            "compass-after-organization.txt");
    private static final Set<String> FORCES_MODIFIERS = WordList.words(OrganizationFinder.class,
            "forces-modifiers.txt");
    private static final Set<String> PLACE_OR_ORG_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY",
            "ORGANIZATION");

    private final TokenSequence tokens;
    private final List<EntityMention> entities;
    private final Set<Integer> personTokens;
    private final Set<Integer> taken = new HashSet<>();
    private final java.util.Map<Integer, Boolean> headlines = new java.util.HashMap<>();

    OrganizationFinder(TokenSequence tokens, List<EntityMention> entities, Set<Integer> personTokens) {
        this.tokens = tokens;
        this.entities = entities;
        this.personTokens = personTokens;
    }

    List<OrganizationCluster> find() {
        List<OrganizationMention> mentions = new ArrayList<>(definedAcronyms());
        mentions.addAll(recognised());
        mentions.addAll(repeated(mentions));
        mentions.addAll(qualifiedLowercase());
        mentions.addAll(capitalisedMissed());
        mentions.sort(Comparator.comparingInt(m -> m.range().first()));
        return gather(mentions);
    }

    // --- mentions

    private List<OrganizationMention> recognised() {
        List<OrganizationMention> found = new ArrayList<>();
        for (EntityMention entity : entities) {
            if (!entity.type().equals("ORGANIZATION")) {
                continue;
            }
            int first = tokens.firstAtOrAfter(entity.start());
            int end = tokens.lastEndingAtOrBefore(entity.end()) + 1;
            int cut = first;
            while (cut < end && !personTokens.contains(cut)) {
                cut++;
            }
            end = cut;
            while (first < end && Set.of("the", "a", "an").contains(tokens.lower(first))) {
                first++;
            }
            while (end > first && (tokens.isPossessive(end - 1) || !tokens.hasLetter(end - 1, true))) {
                end--;
            }
            if (first >= end || overlapsTaken(first, end) || PLACE_WORDS.contains(tokens.lower(end - 1))) {
                continue;
            }
            if (first > 0 && !taken.contains(first - 1) && tokens.isCapitalized(first - 1)) {
                Countries.Country country = Countries.standard().find(tokens.word(first - 1));
                if (country != null && country.demonym().equals(tokens.word(first - 1))) {
                    first--;
                }
            }
            first = withParent(first);
            end = withCountry(end);
            String acronym = acronymAfter(end);
            found.add(mention(first, end, acronym, false));
            if (acronym != null) {
                found.add(mention(end + 1, end + 2, null, false));
            }
        }
        return found;
    }

    /** A mention of tokens [first, end), taken; a "press service" right after it belongs to it. */
    private OrganizationMention mention(int first, int end, String acronym, boolean lowercase) {
        if (!lowercase && first >= 2 && tokens.isPossessive(first - 1) && !taken.contains(first - 2)
                && tokens.isCapitalized(first - 2) && Countries.standard().find(tokens.word(first - 2)) != null) {
            first -= 2;
        }
        boolean pressService = tokens.lower(end).equals("press")
                && Set.of("service", "office").contains(tokens.lower(end + 1));
        int to = pressService ? end + 2 : end;
        take(first, to);
        return new OrganizationMention(new NameMention(first, to), tokens.text(first, end), acronym, pressService,
                lowercase);
    }

    /** "General Staff" + "of the Armed Forces of Ukraine": the recogniser often tags only the second part. */
    private int withParent(int first) {
        int j = first - 1;
        if (tokens.lower(j).equals("the")) {
            j--;
        }
        if (j < 1 || !tokens.lower(j).equals("of")) {
            return first;
        }
        int start = j;
        boolean head = false;
        for (int k = j - 1; k >= 0 && tokens.sentence(k) == tokens.sentence(first) && isCapitalisedWord(k)
                && !taken.contains(k) && !personTokens.contains(k); k--) {
            head |= HEADS.contains(tokens.lower(k)) && !ADJECTIVE_HEADS.contains(tokens.lower(k));
            start = k;
        }
        while (start < j && Set.of("the", "a", "an").contains(tokens.lower(start))) {
            start++;
        }
        return head && start < j ? start : first;
    }

    /** "Ministry of Defence" + "of the United Kingdom": the recogniser often leaves the country out. */
    private int withCountry(int end) {
        if (!tokens.lower(end).equals("of")) {
            return end;
        }
        int k = end + 1;
        if (tokens.lower(k).equals("the")) {
            k++;
        }
        if (k >= tokens.size() || !tokens.isCapitalized(k) || !PLACE_OR_ORG_TAGS.contains(tokens.tag(k))
                || personTokens.contains(k)) {
            return end;
        }
        String tag = tokens.tag(k);
        while (k < tokens.size() && tokens.tag(k).equals(tag) && !personTokens.contains(k)) {
            k++;
        }
        return k;
    }

    private String acronymAfter(int end) {
        if (tokens.word(end).equals("(") && tokens.word(end + 2).equals(")") && isAcronym(tokens.word(end + 1))) {
            return tokens.word(end + 1);
        }
        return null;
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.length() <= 7 && word.equals(word.toUpperCase(Locale.ROOT))
                && word.chars().anyMatch(Character::isLetter);
    }

    /** Other occurrences of a recognised single-word name ("the Kremlin" tagged as a place elsewhere). */
    private List<OrganizationMention> repeated(List<OrganizationMention> recognised) {
        Set<String> words = new HashSet<>();
        for (OrganizationMention mention : recognised) {
            if (mention.range().length() == 1) {
                words.add(mention.surface());
            }
        }
        List<OrganizationMention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (words.contains(tokens.word(i)) && !taken.contains(i) && !personTokens.contains(i)) {
                found.add(mention(i, i + 1, null, false));
            }
        }
        return found;
    }

    /** "Russia's defence ministry", "the Ukrainian general staff", "Ukraine's southern command". */
    private List<OrganizationMention> qualifiedLowercase() {
        List<OrganizationMention> found = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            words.add(tokens.word(i));
        }
        for (int i = 0; i < tokens.size(); i++) {
            Countries.Match country = Countries.standard().match(words, i);
            if (country == null || !tokens.isCapitalized(i)) {
                continue;
            }
            int next = i + country.length();
            if (!country.demonym()) {
                if (!tokens.isPossessive(next)) {
                    continue;
                }
                next++;
            }
            int head = headAfter(next);
            if (head < 0 || overlapsTaken(i, head + 1) || anyPerson(i, head + 1)) {
                continue;
            }
            found.add(mention(i, head + 1, null, true));
            i = head;
        }
        return found;
    }

    /** The organization noun ending a lowercase phrase of at most three modifiers, or -1. */
    private int headAfter(int from) {
        for (int j = from; j < from + 4 && j < tokens.size(); j++) {
            String lower = tokens.lower(j);
            if (tokens.isCapitalized(j) || !tokens.isAlphabetic(j) || tokens.isVerb(j)
                    && !tokens.pos(j).equals("VBN") || tokens.sentence(j) != tokens.sentence(from)) {
                return -1;
            }
            boolean head = HEADS.contains(lower) || lower.equals("forces") && j > from
                    && FORCES_MODIFIERS.contains(tokens.lower(j - 1));
            if (head && !continuesNounPhrase(j + 1)) {
                return j;
            }
        }
        return -1;
    }

    private boolean continuesNounPhrase(int i) {
        return i < tokens.size() && !tokens.isCapitalized(i) && (tokens.pos(i).startsWith("NN")
                || tokens.pos(i).equals("JJ")) && tokens.isAlphabetic(i);
    }

    /**
     * Capitalised names with an organization noun the recogniser missed ("Southern Command", "Defence Forces of
     * the South"), the noun last or followed by "of"; not in a title-case headline, not when a title word makes it
     * a role ("Police Chief").
     */
    private List<OrganizationMention> capitalisedMissed() {
        List<OrganizationMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (Set.of("the", "a", "an").contains(tokens.lower(i)) || isHeadline(tokens.sentence(i))) {
                i++;
                continue;
            }
            int end = i;
            int lastHead = -1;
            while (end < tokens.size() && tokens.sentence(end) == tokens.sentence(i) && !taken.contains(end)
                    && !personTokens.contains(end) && (isCapitalisedWord(end) || end > i && joinsName(end))) {
                String lower = tokens.lower(end);
                if (HEADS.contains(lower) && !ADJECTIVE_HEADS.contains(lower) && tokens.isCapitalized(end)
                        || lower.equals("forces") && end > i && FORCES_MODIFIERS.contains(tokens.lower(end - 1))) {
                    lastHead = end;
                }
                end++;
            }
            while (end > i && !isCapitalisedWord(end - 1)) {
                end--;
            }
            boolean headPlaced = lastHead == end - 1 || lastHead >= i && tokens.lower(lastHead + 1).equals("of")
                    || lastHead == end - 2 && COMPASS.contains(tokens.lower(end - 1));
            boolean endsWithTitle = end > i && TitleWords.isTitle(tokens.word(end - 1));
            if (headPlaced && !endsWithTitle && end - i >= 2) {
                found.add(mention(i, end, null, false));
            }
            i = Math.max(end, i + 1);
        }
        return found;
    }

    private boolean isCapitalisedWord(int i) {
        return tokens.isCapitalized(i) && tokens.isAlphabetic(i);
    }

    /** "of" and "of the" inside a name, when a capitalised word follows. */
    private boolean joinsName(int i) {
        String lower = tokens.lower(i);
        return lower.equals("of") && (isCapitalisedWord(i + 1) || tokens.lower(i + 1).equals("the") && isCapitalisedWord(i + 2))
                || lower.equals("the") && tokens.lower(i - 1).equals("of") && isCapitalisedWord(i + 1);
    }

    /** A title-case line ("Our Army Pushes Deep Into The South") says nothing about which words are names. */
    private boolean isHeadline(int sentence) {
        return headlines.computeIfAbsent(sentence, this::countsAsHeadline);
    }

    private boolean countsAsHeadline(int sentence) {
        int words = 0;
        int capitalised = 0;
        for (int i = tokens.sentenceStart(sentence); i < tokens.sentenceEnd(sentence); i++) {
            if (tokens.isAlphabetic(i) && !Set.of("of", "the", "a", "an", "and", "in", "on", "to", "for")
                    .contains(tokens.lower(i))) {
                words++;
                capitalised += tokens.isCapitalized(i) ? 1 : 0;
            }
        }
        return words >= 4 && capitalised >= words * 0.8;
    }

    /** "the State Emergency Service (SES)": a capitalised name defining the acronym after it. */
    private List<OrganizationMention> definedAcronyms() {
        List<OrganizationMention> found = new ArrayList<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (!tokens.word(i).equals("(") || !tokens.word(i + 2).equals(")") || !isAcronym(tokens.word(i + 1))
                    || taken.contains(i + 1)) {
                continue;
            }
            String acronym = tokens.word(i + 1);
            int start = i;
            StringBuilder initials = new StringBuilder();
            for (int j = i - 1; j >= 0 && i - j <= 2 * acronym.length() + 2 && tokens.sentence(j) == tokens.sentence(i); j--) {
                if (isCapitalisedWord(j)) {
                    initials.insert(0, tokens.word(j).charAt(0));
                    start = j;
                    if (initials.toString().equalsIgnoreCase(acronym)) {
                        break;
                    }
                } else if (!Set.of("of", "the", "and", "for").contains(tokens.lower(j)) && !tokens.isPossessive(j)) {
                    break;
                }
            }
            if (!initials.toString().equalsIgnoreCase(acronym) || overlapsTaken(start, i) || anyPerson(start, i)) {
                continue;
            }
            found.add(mention(start, i, acronym, false));
            found.add(mention(i + 1, i + 2, null, false));
            for (int k = i + 3; k < tokens.size(); k++) {
                if (tokens.word(k).equals(acronym) && !taken.contains(k)) {
                    found.add(mention(k, k + 1, null, false));
                }
            }
        }
        return found;
    }

    private boolean overlapsTaken(int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken.contains(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyPerson(int from, int to) {
        for (int i = from; i < to; i++) {
            if (personTokens.contains(i)) {
                return true;
            }
        }
        return false;
    }

    private void take(int from, int to) {
        for (int i = from; i < to; i++) {
            taken.add(i);
        }
    }

    // --- gathering

    private List<OrganizationCluster> gather(List<OrganizationMention> mentions) {
        List<OrganizationCluster> clusters = new ArrayList<>();
        OrganizationMention previous = null;
        OrganizationCluster previousCluster = null;
        for (OrganizationMention mention : mentions) {
            String key = OrganizationNameKey.key(mention.surface());
            OrganizationCluster cluster = clusters.stream()
                    .filter(c -> c.keys().contains(key) || c.acronyms().contains(mention.surface())
                            || c.initials().contains(mention.surface())
                            || OrganizationCluster.initialsOf(mention) != null
                            && c.hasSurface(OrganizationCluster.initialsOf(mention)))
                    .findFirst().orElse(null);
            boolean adjacent = previous != null && previous.lowercase() && previous.range().end() == mention.range().first();
            if (cluster == null && adjacent) {
                cluster = previousCluster;
            }
            if (cluster == null) {
                cluster = new OrganizationCluster();
                clusters.add(cluster);
            } else if (adjacent && cluster != previousCluster) {
                cluster.absorb(previousCluster);
                clusters.remove(previousCluster);
            }
            cluster.add(mention, key);
            previous = mention;
            previousCluster = cluster;
        }
        mergeWithoutCountry(clusters);
        return clusters;
    }

    /** "the Ministry of Defence" joins "Russia's defence ministry" when the article has one such ministry. */
    private static void mergeWithoutCountry(List<OrganizationCluster> clusters) {
        for (OrganizationCluster bare : new ArrayList<>(clusters)) {
            List<OrganizationCluster> qualified = new ArrayList<>();
            for (OrganizationCluster other : clusters) {
                if (other != bare && other.qualifies(bare)) {
                    qualified.add(other);
                }
            }
            if (qualified.size() == 1 && clusters.contains(bare)) {
                qualified.get(0).absorb(bare);
                clusters.remove(bare);
            }
        }
    }
}
