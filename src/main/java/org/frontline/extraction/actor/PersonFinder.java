package org.frontline.extraction.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frontline.extraction.language.EntityMention;
import org.frontline.knowledge.WordList;
import org.frontline.knowledge.name.Countries;
import org.frontline.knowledge.name.EditDistance;
import org.frontline.knowledge.name.GivenNames;
import org.frontline.knowledge.name.NameFolding;
import org.frontline.knowledge.name.PersonNameKey;

/**
 * Finds the people an article names and gathers each one's mentions: the recogniser's PERSON mentions, names it
 * hid inside another entity ("... of the Armed Forces Yuriy Bondarenko") or missed (a known first
 * name and a capitalised word), and later surname-only mentions, whatever tag the recogniser gave them.
 * Drops what is not a person of the article: single words the recogniser calls a person but the article
 * uses as a place, single words without a sign of being a person, and bylines (a name alone on its line).
 */
final class PersonFinder {

    /** "the ministry in Odesa said": a word after these is where someone is, not who speaks. */
    private static final Set<String> PLACE_PREPOSITIONS = WordList.words(PersonFinder.class, "place-prepositions.txt");

    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY",
            "NATIONALITY");
    private static final Set<String> NOT_NAMES = Set.of("TIME", "DATE", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT");
    private static final Set<String> PRONOUNS = WordList.words(PersonFinder.class, "personal-pronouns.txt");
    /** Capitalised words that follow a first name in names of things, not people ("Victoria Station"). */
    private static final Set<String> THING_WORDS = WordList.words(PersonFinder.class, "thing-words.txt");

    private static final Set<String> CREDIT_WORDS = WordList.words(PersonFinder.class, "credit-words.txt");

    private final TokenSequence tokens;
    private final List<EntityMention> entities;
    private final GivenNames givenNames = GivenNames.standard();

    PersonFinder(TokenSequence tokens, List<EntityMention> entities) {
        this.tokens = tokens;
        this.entities = entities;
    }

    List<PersonCluster> find() {
        List<NameMention> candidates = candidates();
        List<PersonCluster> clusters = new ArrayList<>();
        Set<Integer> covered = new HashSet<>();
        for (NameMention candidate : candidates) {
            if (candidate.length() < 2) {
                continue;
            }
            PersonCluster cluster = clusters.stream().filter(c -> accepts(c, candidate)).findFirst().orElse(null);
            if (cluster == null) {
                cluster = new PersonCluster();
                clusters.add(cluster);
            }
            cluster.addFull(candidate);
            cover(covered, candidate);
        }
        linkSurnames(clusters, covered);
        addSingleWordPeople(candidates, clusters, covered);
        Set<Integer> nameTokens = new HashSet<>();
        clusters.forEach(c -> c.allMentions().forEach(m -> {
            for (int i = m.first(); i < m.end(); i++) {
                nameTokens.add(i);
            }
        }));
        clusters.removeIf(c -> isByline(c, nameTokens));
        clusters.sort(Comparator.comparingInt(PersonCluster::firstToken));
        return clusters;
    }

    // --- candidates

    private List<NameMention> candidates() {
        List<NameMention> found = new ArrayList<>();
        for (EntityMention entity : entities) {
            if (NOT_NAMES.contains(entity.type())) {
                continue;
            }
            NameMention range = range(entity);
            if (range == null) {
                continue;
            }
            if (entity.type().equals("PERSON")) {
                NameMention cleaned = clean(extendLeft(range));
                if (cleaned != null) {
                    found.add(cleaned);
                }
            } else {
                NameMention tail = personInside(range);
                if (tail != null) {
                    found.add(tail);
                }
            }
        }
        found.addAll(missedNames());
        found.sort(Comparator.comparingInt(NameMention::first).thenComparing(m -> -m.length()));
        List<NameMention> distinct = new ArrayList<>();
        for (NameMention mention : found) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).overlaps(mention)) {
                distinct.add(mention);
            }
        }
        return distinct;
    }

    private NameMention range(EntityMention entity) {
        int first = tokens.firstAtOrAfter(entity.start());
        int last = tokens.lastEndingAtOrBefore(entity.end());
        return first <= last ? new NameMention(first, last + 1) : null;
    }

    /** A first name the recogniser left out just before its PERSON mention ("Yuriy/O Bondarenko/PERSON"). */
    private NameMention extendLeft(NameMention range) {
        int before = range.first() - 1;
        if (before >= 0 && !tokens.tag(before).equals("PERSON") && tokens.isCapitalized(before)
                && givenNames.isKnown(tokens.word(before)) && tokens.sentence(before) == tokens.sentence(range.first())) {
            return new NameMention(before, range.end());
        }
        return range;
    }

    /** Without honorifics or titles in front, possessives or punctuation behind; null if nothing name-like is left. */
    private NameMention clean(NameMention range) {
        int first = range.first();
        int end = range.end();
        while (first < end - 1 && (PersonNameKey.isHonorific(tokens.lower(first)) || tokens.tag(first).equals("TITLE")
                || TitleWords.isTitle(tokens.word(first)))) {
            first++;
        }
        while (end > first && (tokens.isPossessive(end - 1) || !tokens.hasLetter(end - 1, false))) {
            end--;
        }
        if (end <= first) {
            return null;
        }
        for (int i = first; i < end; i++) {
            if (PRONOUNS.contains(tokens.lower(i)) || !tokens.hasLetter(i, false)) {
                return null;
            }
        }
        if (!tokens.isCapitalized(first) || !tokens.isCapitalized(end - 1)) {
            return null;
        }
        return new NameMention(first, end);
    }

    /** A person's name at the end of another entity: a known first name followed by capitalised words. */
    private NameMention personInside(NameMention range) {
        for (int k = range.first() + 1; k < range.end() - 1; k++) {
            if (givenNames.isKnown(tokens.word(k)) && tokens.isCapitalized(k) && allNameLike(k + 1, range.end())) {
                return new NameMention(k, range.end());
            }
        }
        return null;
    }

    /** A known first name and a capitalised word the recogniser tagged as nothing (or as part of something else). */
    private List<NameMention> missedNames() {
        List<NameMention> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.tag(i).equals("PERSON") || !tokens.isCapitalized(i) || !givenNames.isKnown(tokens.word(i))
                    || tokens.sentence(i) != tokens.sentence(i + 1)) {
                continue;
            }
            String nextTag = tokens.tag(i + 1);
            if ((nextTag.equals("O") || nextTag.equals("PERSON")) && allNameLike(i + 1, i + 2)) {
                found.add(new NameMention(i, i + 2));
            }
        }
        return found;
    }

    private boolean allNameLike(int from, int to) {
        for (int i = from; i < to; i++) {
            String word = tokens.word(i);
            if (!tokens.isCapitalized(i) || !tokens.isAlphabetic(i)
                    || THING_WORDS.contains(word.toLowerCase(Locale.ROOT)) || TitleWords.isTitle(word)
                    || Countries.standard().find(word) != null || PLACE_TAGS.contains(tokens.tag(i))
                    || word.equals(word.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    // --- gathering

    private boolean accepts(PersonCluster cluster, NameMention candidate) {
        String surface = tokens.text(candidate.first(), candidate.end());
        for (NameMention full : cluster.fullMentions()) {
            String other = tokens.text(full.first(), full.end());
            if (PersonNameKey.of(surface).equals(PersonNameKey.of(other))) {
                return true;
            }
            List<String> a = NameFolding.words(surface);
            List<String> b = NameFolding.words(other);
            String lastA = NameFolding.foldWord(a.get(a.size() - 1));
            String lastB = NameFolding.foldWord(b.get(b.size() - 1));
            if (lastA.equals(lastB) && givenNames.compatible(a.get(0), b.get(0))) {
                return true;
            }
            if (NameFolding.foldWord(a.get(0)).equals(NameFolding.foldWord(b.get(0))) && lastA.length() >= 5
                    && EditDistance.bounded(lastA, lastB, 1) <= 1) {
                return true;
            }
        }
        return false;
    }

    private static void cover(Set<Integer> covered, NameMention mention) {
        for (int i = mention.first(); i < mention.end(); i++) {
            covered.add(i);
        }
    }

    /** Every capitalised word that is a gathered person's surname becomes a mention of that person. */
    private void linkSurnames(List<PersonCluster> clusters, Set<Integer> covered) {
        Map<String, List<PersonCluster>> bySurname = new LinkedHashMap<>();
        for (PersonCluster cluster : clusters) {
            bySurname.computeIfAbsent(cluster.surnameKey(tokens), k -> new ArrayList<>()).add(cluster);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (covered.contains(i) || !tokens.isCapitalized(i) || tokens.word(i).length() < 2) {
                continue;
            }
            List<PersonCluster> owners = bySurname.get(NameFolding.foldWord(tokens.word(i)));
            if (owners != null) {
                nearestBefore(owners, i).addShort(new NameMention(i, i + 1));
                covered.add(i);
            }
        }
    }

    private static PersonCluster nearestBefore(List<PersonCluster> owners, int token) {
        PersonCluster best = owners.get(0);
        int bestStart = -1;
        for (PersonCluster owner : owners) {
            for (NameMention mention : owner.fullMentions()) {
                if (mention.first() < token && mention.first() > bestStart) {
                    best = owner;
                    bestStart = mention.first();
                }
            }
        }
        return best;
    }

    /**
     * A single word the recogniser calls a person, with no full name to belong to, is kept when the article
     * treats it as a person: tagged PERSON twice, after a title ("President Bondarenko"), or next to a speech verb;
     * never when the article also uses the word as a place.
     */
    private void addSingleWordPeople(List<NameMention> candidates, List<PersonCluster> clusters, Set<Integer> covered) {
        Map<String, List<NameMention>> byKey = new LinkedHashMap<>();
        for (NameMention candidate : candidates) {
            if (candidate.length() == 1 && !covered.contains(candidate.first())) {
                byKey.computeIfAbsent(NameFolding.foldWord(tokens.word(candidate.first())), k -> new ArrayList<>())
                        .add(candidate);
            }
        }
        for (Map.Entry<String, List<NameMention>> entry : byKey.entrySet()) {
            List<NameMention> mentions = entry.getValue();
            if (usedAsPlace(entry.getKey()) || !(mentions.size() >= 2 || mentions.stream().anyMatch(this::actsAsPerson))) {
                continue;
            }
            PersonCluster cluster = new PersonCluster();
            for (int i = 0; i < tokens.size(); i++) {
                if (!covered.contains(i) && tokens.isCapitalized(i)
                        && NameFolding.foldWord(tokens.word(i)).equals(entry.getKey())) {
                    cluster.addShort(new NameMention(i, i + 1));
                    covered.add(i);
                }
            }
            clusters.add(cluster);
        }
    }

    private boolean usedAsPlace(String foldedWord) {
        return entities.stream().anyMatch(e -> PLACE_TAGS.contains(e.type())
                && NameFolding.foldName(e.text()).equals(foldedWord));
    }

    private boolean actsAsPerson(NameMention mention) {
        int before = mention.first() - 1;
        int after = mention.end();
        if (before >= 0 && PLACE_PREPOSITIONS.contains(tokens.lower(before))) {
            return false;
        }
        boolean titled = before >= 0 && (tokens.tag(before).equals("TITLE") || TitleWords.isTitle(tokens.word(before)));
        boolean speaks = SpeechVerbs.isSpeechVerb(tokens.word(after))
                || tokens.word(after).equals(":") && tokens.word(after + 1).matches("[“\"‘'«]")
                || before >= 0 && SpeechVerbs.isSpeechVerb(tokens.word(before))
                || before >= 1 && tokens.lower(before - 1).equals("according") && tokens.lower(before).equals("to");
        return titled || speaks;
    }

    /**
     * A name on a line of its own with nothing but credit words ("By", "Author:", "(Reporting by X; Editing by Y)")
     * is the article's byline or credits, not a person in it.
     */
    private boolean isByline(PersonCluster cluster, Set<Integer> nameTokens) {
        for (NameMention mention : cluster.allMentions()) {
            int sentence = tokens.sentence(mention.first());
            for (int i = tokens.sentenceStart(sentence); i < tokens.sentenceEnd(sentence); i++) {
                boolean partOfName = nameTokens.contains(i);
                boolean filler = CREDIT_WORDS.contains(tokens.lower(i)) || !tokens.hasLetter(i, true);
                if (!partOfName && !filler) {
                    return false;
                }
            }
            if (!standsOnItsOwnLine(sentence)) {
                return false;
            }
        }
        return true;
    }

    private boolean standsOnItsOwnLine(int sentence) {
        String text = tokens.text();
        int start = tokens.token(tokens.sentenceStart(sentence)).start();
        int end = tokens.token(tokens.sentenceEnd(sentence) - 1).end();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        return text.substring(lineStart, start).isBlank()
                && text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank();
    }
}
