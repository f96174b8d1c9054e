package org.frontline.extraction.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.Token;
import org.frontline.extraction.place.PlaceMention.EntityClass;
import org.frontline.extraction.place.PlaceMention.Extent;
import org.frontline.knowledge.WordList;
import org.frontline.vocabulary.TextSpan;

/**
 * Finds the names that may be places: runs of tokens the entity recogniser tags as locations, and runs of
 * capitalised proper nouns (which it may have missed or mislabelled). Reads the words around each run for what they
 * say about it ("X region", "the village of X", "the X River", "the Vinnytsia, Cherkasy and Chernivtsi regions") and groups
 * coordinated lists. Whether a run really is a place is decided later, with the gazetteer.
 */
final class PlaceNameFinder {

    /** @param adjective "regional" says what a name is without being part of the place's name */
    private record TypeWord(PlaceHint hint, boolean plural, String singular, boolean adjective) {
    }

    private static final Map<String, TypeWord> TYPE_WORDS = typeWords();

    /** Words between a type word and a list it introduces: "villages such as", "regions including". */
    private static final Set<String> INTRODUCERS = WordList.words(PlaceNameFinder.class, "list-introducers.txt");
    /** Words of an appositive that says what a place is: "X, one of dozens of villages". */
    private static final Set<String> APPOSITIVE_FILLERS = WordList.words(PlaceNameFinder.class,
            "appositive-fillers.txt");
    private static final Set<String> COMPASS_WORDS = WordList.words(PlaceNameFinder.class, "compass-words.txt");
    /** Words right before a name that put a point on the map: "near X", "evacuate X". */
    private static final Set<String> POINT_WORDS_BEFORE = WordList.words(PlaceNameFinder.class,
            "point-words-before.txt");
    /** "the centre of X", "residents of X", "east of X": a point or its surroundings. */
    private static final Set<String> POINT_NOUNS_OF = WordList.words(PlaceNameFinder.class, "point-nouns-of.txt");
    /** "strikes on X": what falls on a point. */
    private static final Set<String> STRIKE_NOUNS = WordList.words(PlaceNameFinder.class, "strike-nouns.txt");
    /** Words right before a name that spread it over an area: "neighbouring X", "advance into X". */
    private static final Set<String> WIDE_WORDS_BEFORE = WordList.words(PlaceNameFinder.class, "wide-words-before.txt");
    /** "all of X", "the direction of X": an area or a front. */
    private static final Set<String> WIDE_NOUNS_OF = WordList.words(PlaceNameFinder.class, "wide-nouns-of.txt");
    /** "the X front", "the X direction": a front named after the area it runs through. */
    private static final Set<String> FRONT_WORDS_AFTER = WordList.words(PlaceNameFinder.class, "front-words-after.txt");
    /** "a region consisting of X and Y": the parts of a region. */
    private static final Set<String> PART_INTRODUCERS = WordList.words(PlaceNameFinder.class, "part-introducers.txt");
    private static final Set<String> LIST_SEPARATORS = Set.of(",", "and", "or", "&");
    private static final Set<String> MISTAGGED_NAME_POS = Set.of("NN", "NNS", "JJ", "FW");
    private static final Set<String> JOINERS = Set.of("of", "'s", "’s", "-");
    private static final int MAX_JOINED = 4;
    private static final int MAX_EXTENSION = 3;
    private static final Set<String> LOCATION_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY", "GPE");

    private final Predicate<String> isKnownName;

    /** @param isKnownName whether the gazetteer knows a phrase, to join "Sea" "of" "Azov" into one name */
    PlaceNameFinder(Predicate<String> isKnownName) {
        this.isKnownName = isKnownName;
    }

    private static Map<String, TypeWord> typeWords() {
        Map<String, TypeWord> words = new HashMap<>();
        for (String[] row : WordList.rows(PlaceNameFinder.class, "place-type-words.tsv")) {
            words.put(row[0], new TypeWord(PlaceHint.valueOf(row[1]), row[2].equals("plural"), row[3],
                    row[4].equals("adjective")));
        }
        return Map.copyOf(words);
    }

    private static final Set<String> LOCATING_PREPOSITIONS = WordList.words(PlaceNameFinder.class,
            "locating-prepositions.txt");

    private record Run(int from, int to, EntityClass tag) {
    }

    List<PlaceMention> find(AnalyzedText text) {
        List<PlaceMention> mentions = new ArrayList<>();
        int nextList = 0;
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            List<Run> runs = joinKnownPhrases(text.text(), tokens, dropPartsOfNames(tokens, runs(tokens)));
            int[] listOf = new int[runs.size()];
            Arrays.fill(listOf, -1);
            boolean closed = false; // "A, B and C": the conjunction comes before the last member
            for (int r = 0; r + 1 < runs.size(); r++) {
                boolean continues = listOf[r] < 0 || !closed;
                if (continues && separatedByListWords(tokens, runs.get(r).to(), runs.get(r + 1).from())) {
                    if (listOf[r] < 0) {
                        listOf[r] = nextList++;
                        closed = false;
                    }
                    listOf[r + 1] = listOf[r];
                    closed = hasConjunction(tokens, runs.get(r).to(), runs.get(r + 1).from());
                }
            }
            for (int r = 0; r < runs.size(); r++) {
                mentions.add(mention(text.text(), sentence, runs, listOf, r));
            }
        }
        return mentions;
    }

    private PlaceMention mention(String text, Sentence sentence, List<Run> runs, int[] listOf, int r) {
        List<Token> tokens = sentence.tokens();
        Run run = runs.get(r);
        int nameTo = run.to();
        int spanTo = run.to();
        TypeWord inside = null;
        while (nameTo - 1 > run.from() && typeWord(tokens.get(nameTo - 1)) != null) {
            inside = typeWord(tokens.get(nameTo - 1));
            nameTo--;
            if (inside.adjective()) {
                spanTo = nameTo;
            }
        }
        TypeWord after = run.to() < tokens.size() ? typeWord(tokens.get(run.to())) : null;
        TypeWord own = inside;
        if (own == null && after != null && !after.plural()) {
            own = after;
            spanTo = after.adjective() ? run.to() : run.to() + 1;
        }
        PlaceHint hint = own != null ? own.hint() : PlaceHint.NONE;
        TypeWord shared = null;
        if (listOf[r] >= 0) {
            shared = sharedTypeWord(tokens, runs, listOf, r);
        } else if (after != null && after.plural()) {
            shared = after; // "the Vinnytsia and Cherkasy regions" where the list broke, or a lone plural
        }
        if (own == null && shared != null) {
            hint = shared.hint();
        }
        boolean framedBefore = false;
        if (hint == PlaceHint.NONE) {
            TypeWord before = typeWordBefore(tokens, firstOfList(runs, listOf, r).from());
            if (before != null && (before.plural() || firstOfList(runs, listOf, r) == run)) {
                hint = before.hint();
                shared = before;
                framedBefore = true;
            }
        }
        Extent extent = framedBefore && hint == PlaceHint.REGION ? Extent.AREA
                : own == null && shared == null ? extentOfBareName(tokens, firstOfList(runs, listOf, r), run)
                : Extent.NONE;
        if (hint == PlaceHint.NONE && appositiveSaysVillage(tokens, run.to())) {
            hint = PlaceHint.VILLAGE;
        }
        if (hint == PlaceHint.NONE && isDefinite(tokens, runs, listOf, r)) {
            hint = PlaceHint.DEFINITE;
        }
        String name = text.substring(tokens.get(run.from()).start(), tokens.get(nameTo - 1).end());
        TextSpan span = new TextSpan(tokens.get(run.from()).start(), tokens.get(spanTo - 1).end());
        TypeWord typed = own != null ? own : shared;
        boolean phrase = typed != null && (hint == PlaceHint.REGION || hint == PlaceHint.DISTRICT
                || hint == PlaceHint.WATER);
        String spelling = !phrase ? name
                : own != null && !own.adjective() ? span.of(text) : name + " " + typed.singular();
        return new PlaceMention(sentence.index(), span, name, spelling, hint, run.tag(), listOf[r],
                isSentenceStart(tokens, run.from()), extent);
    }

    // ------------------------------------------------------------------ runs

    private static List<Run> runs(List<Token> tokens) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            String tag = tagOf(token);
            int j = i + 1;
            if (LOCATION_TAGS.contains(tag)) {
                while (j < tokens.size() && tagOf(tokens.get(j)).equals(tag)) {
                    j++;
                }
                Run trimmed = trimmed(tokens, i, j, EntityClass.of(tag));
                if (trimmed != null && !onlyTypeOrCompassWords(tokens, trimmed)) {
                    runs.add(trimmed);
                }
                i = j;
            } else if (isNameWord(tokens, i) && typeWord(token) == null) {
                EntityClass tagClass = locatesTheOrganization(tokens, i) ? EntityClass.NONE : EntityClass.of(tag);
                while (j < tokens.size() && isNameWord(tokens, j) && typeWord(tokens.get(j)) == null
                        && !LOCATION_TAGS.contains(tagOf(tokens.get(j)))
                        && EntityClass.of(tagOf(tokens.get(j))) == tagClass) {
                    j++;
                }
                runs.add(new Run(i, j, tagClass));
                i = j;
            } else {
                i++;
            }
        }
        return runs;
    }

    /**
     * "the X Power Plant in Y": the recogniser swallows the place after "in" into the organization's name, but Y is
     * where the organization is, so it is read as an untagged name.
     */
    private static boolean locatesTheOrganization(List<Token> tokens, int i) {
        return i > 1 && "ORGANIZATION".equals(tagOf(tokens.get(i)))
                && "ORGANIZATION".equals(tagOf(tokens.get(i - 1)))
                && LOCATING_PREPOSITIONS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
    }

    /** A location run keeps its capitalised core: no leading "the", no trailing possessive. */
    private static Run trimmed(List<Token> tokens, int from, int to, EntityClass tag) {
        while (from < to && !startsUpperCase(tokens.get(from))) {
            from++;
        }
        while (to > from && !startsUpperCase(tokens.get(to - 1)) && typeWord(tokens.get(to - 1)) == null) {
            to--;
        }
        return from < to ? new Run(from, to, tag) : null;
    }

    /** "Oblast" or "the South" alone name no place. */
    private static boolean onlyTypeOrCompassWords(List<Token> tokens, Run run) {
        for (int i = run.from(); i < run.to(); i++) {
            if (typeWord(tokens.get(i)) == null && !COMPASS_WORDS.contains(lower(tokens.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** An untagged capitalised word glued to a person's name is part of that name ("Yuriy" in "Yuriy Bondarenko"). */
    private static List<Run> dropPartsOfNames(List<Token> tokens, List<Run> runs) {
        List<Run> kept = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            boolean gluedToPerson = run.tag() == EntityClass.NONE
                    && ((r > 0 && runs.get(r - 1).tag() == EntityClass.PERSON && runs.get(r - 1).to() == run.from())
                    || (r + 1 < runs.size() && runs.get(r + 1).tag() == EntityClass.PERSON
                    && runs.get(r + 1).from() == run.to()));
            if (!gluedToPerson) {
                kept.add(run);
            }
        }
        return kept;
    }

    /**
     * "Gulf" "of" "Finland", "X" "People" "'s" "Republic": runs that touch or are joined by "of", "'s" or a hyphen
     * become one name when the gazetteer knows the whole (longest first).
     */
    private List<Run> joinKnownPhrases(String text, List<Token> tokens, List<Run> runs) {
        List<Run> joined = new ArrayList<>();
        int r = 0;
        while (r < runs.size()) {
            int last = r;
            for (int k = Math.min(runs.size() - 1, r + MAX_JOINED - 1); k > r; k--) {
                if (joinable(tokens, runs, r, k) && isKnownName.test(
                        text.substring(tokens.get(runs.get(r).from()).start(), tokens.get(runs.get(k).to() - 1).end()))) {
                    last = k;
                    break;
                }
            }
            EntityClass tag = runs.get(r).tag();
            for (int i = r; i <= last && !tag.isPlace(); i++) {
                tag = runs.get(i).tag().isPlace() ? runs.get(i).tag() : tag;
            }
            int to = extendedByKnownWords(text, tokens, runs.get(r).from(), runs.get(last).to(),
                    last + 1 < runs.size() ? runs.get(last + 1).from() : tokens.size());
            joined.add(new Run(runs.get(r).from(), to, tag));
            r = last + 1;
        }
        return joined;
    }

    /** "X" "nuclear power plant", "Y" "dam": lower-case words that complete a known name. */
    private int extendedByKnownWords(String text, List<Token> tokens, int from, int to, int limit) {
        int last = Math.min(limit, Math.min(tokens.size(), to + MAX_EXTENSION));
        for (int end = last; end > to; end--) {
            boolean words = true;
            for (int i = to; i < end; i++) {
                words &= Character.isLetter(tokens.get(i).word().charAt(0));
            }
            if (words && isKnownName.test(text.substring(tokens.get(from).start(), tokens.get(end - 1).end()))) {
                return end;
            }
        }
        return to;
    }

    private static boolean joinable(List<Token> tokens, List<Run> runs, int first, int last) {
        for (int i = first; i < last; i++) {
            int gap = runs.get(i + 1).from() - runs.get(i).to();
            if (gap > 1 || (gap == 1 && !JOINERS.contains(lower(tokens.get(runs.get(i).to()))))) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ context words

    private static boolean separatedByListWords(List<Token> tokens, int from, int to) {
        if (to - from < 1 || to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!LIST_SEPARATORS.contains(lower(tokens.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasConjunction(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static Run firstOfList(List<Run> runs, int[] listOf, int r) {
        int first = r;
        while (listOf[r] >= 0 && first > 0 && listOf[first - 1] == listOf[r]) {
            first--;
        }
        return runs.get(first);
    }

    /** A plural type word after the list's last member ("the Vinnytsia, Cherkasy and Chernivtsi regions"). */
    private static TypeWord sharedTypeWord(List<Token> tokens, List<Run> runs, int[] listOf, int r) {
        int last = r;
        while (last + 1 < runs.size() && listOf[last + 1] == listOf[r]) {
            last++;
        }
        Run lastRun = runs.get(last);
        if (lastRun.to() < tokens.size()) {
            TypeWord after = typeWord(tokens.get(lastRun.to()));
            if (after != null && after.plural()) {
                return after;
            }
        }
        return null;
    }

    /** "the village of X", "villages such as X", "the river X", "regions including X". */
    private static TypeWord typeWordBefore(List<Token> tokens, int from) {
        int i = from - 1;
        int introducers = 0;
        while (i >= 0 && INTRODUCERS.contains(lower(tokens.get(i))) && introducers < 2) {
            i--;
            introducers++;
        }
        if (i < 0) {
            return null;
        }
        TypeWord word = typeWord(tokens.get(i));
        if (word == null || word.hint() == PlaceHint.REGION && introducers == 0 && !word.plural()) {
            return null; // "region X" is not English, "regional X" not about X
        }
        return word;
    }

    /**
     * What a name without a type word is said to be by its neighbours: a point ("near X", "strikes on X"), a wide
     * area ("neighbouring X", "the X front") or a region ("X area", "X and the adjacent province of Y", "a region
     * consisting of X and Y").
     *
     * @param first the first member of the name's list (the name itself when alone), whose left neighbours count
     */
    private static Extent extentOfBareName(List<Token> tokens, Run first, Run run) {
        String next = run.to() < tokens.size() ? lower(tokens.get(run.to())) : "";
        if (next.equals("area") || next.equals("areas") || coordinatedWithRegionNoun(tokens, run.to())
                || namedAsPartsOfRegion(tokens, first.from())) {
            return Extent.AREA;
        }
        String previous = wordAt(tokens, first.from() - 1);
        String beforePrevious = wordAt(tokens, first.from() - 2);
        if (POINT_WORDS_BEFORE.contains(previous)
                || previous.equals("of") && POINT_NOUNS_OF.contains(beforePrevious)
                || previous.equals("on") && STRIKE_NOUNS.contains(beforePrevious)) {
            return Extent.POINT;
        }
        if (WIDE_WORDS_BEFORE.contains(previous) || previous.equals("of") && WIDE_NOUNS_OF.contains(beforePrevious)
                || FRONT_WORDS_AFTER.contains(next)) {
            return Extent.WIDE;
        }
        return Extent.NONE;
    }

    /** "X and the adjacent province of Y", "X and neighbouring regions". */
    private static boolean coordinatedWithRegionNoun(List<Token> tokens, int to) {
        if (!wordAt(tokens, to).equals("and")) {
            return false;
        }
        for (int i = to + 1; i < Math.min(tokens.size(), to + 5); i++) {
            TypeWord type = typeWord(tokens.get(i));
            if (type != null) {
                return type.hint() == PlaceHint.REGION && !type.adjective();
            }
            String pos = tokens.get(i).partOfSpeech();
            boolean modifier = lower(tokens.get(i)).equals("the") || WIDE_WORDS_BEFORE.contains(lower(tokens.get(i)))
                    || pos != null && (pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("DT"));
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /** "the X region, consisting of Y and Z": a region noun, a few words back, then a word introducing parts. */
    private static boolean namedAsPartsOfRegion(List<Token> tokens, int from) {
        int i = from - 1;
        if (wordAt(tokens, i).equals("of")) {
            i--;
        }
        if (wordAt(tokens, i).equals("up")) {
            i--;
        }
        if (!PART_INTRODUCERS.contains(wordAt(tokens, i))) {
            return false;
        }
        i--;
        if (wordAt(tokens, i).equals(",")) {
            i--;
        }
        TypeWord type = i >= 0 ? typeWord(tokens.get(i)) : null;
        return type != null && type.hint() == PlaceHint.REGION;
    }

    private static String wordAt(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? lower(tokens.get(i)) : "";
    }

    private static boolean appositiveSaysVillage(List<Token> tokens, int to) {
        if (to >= tokens.size() || !tokens.get(to).word().equals(",")) {
            return false;
        }
        for (int i = to + 1; i < Math.min(tokens.size(), to + 8); i++) {
            String word = lower(tokens.get(i));
            TypeWord type = TYPE_WORDS.get(word);
            if (type != null) {
                return type.hint() == PlaceHint.VILLAGE;
            }
            if (!APPOSITIVE_FILLERS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** "the Dniester" with no noun after it: a river, a sea or a region rather than a town. */
    private static boolean isDefinite(List<Token> tokens, List<Run> runs, int[] listOf, int r) {
        Run first = firstOfList(runs, listOf, r);
        if (first.from() == 0 || !lower(tokens.get(first.from() - 1)).equals("the")) {
            return false;
        }
        Run run = runs.get(r);
        if (run.to() >= tokens.size()) {
            return true;
        }
        String pos = tokens.get(run.to()).partOfSpeech();
        return pos == null || !(pos.startsWith("NN") || pos.equals("CD"));
    }

    private static boolean isSentenceStart(List<Token> tokens, int from) {
        for (int i = 0; i < from; i++) {
            if (Character.isLetterOrDigit(tokens.get(i).word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ tokens

    private static TypeWord typeWord(Token token) {
        return TYPE_WORDS.get(lower(token));
    }

    /**
     * A proper noun; or, inside a sentence, a capitalised untagged word the tagger took for a common noun or an
     * adjective ("Cherkasy/NN regions").
     */
    private static boolean isNameWord(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String pos = token.partOfSpeech();
        if (pos == null || !startsUpperCase(token)) {
            return false;
        }
        if (pos.startsWith("NNP")) {
            return true;
        }
        return MISTAGGED_NAME_POS.contains(pos) && "O".equals(tagOf(token)) && !isSentenceStart(tokens, i);
    }

    private static boolean startsUpperCase(Token token) {
        return !token.word().isEmpty() && Character.isUpperCase(token.word().charAt(0));
    }

    private static String tagOf(Token token) {
        return token.entityTag() == null ? "O" : token.entityTag();
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
