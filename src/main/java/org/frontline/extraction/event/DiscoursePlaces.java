package org.frontline.extraction.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.frontline.extraction.language.Token;
import org.frontline.knowledge.WordList;
import org.frontline.vocabulary.PlaceKind;

/**
 * Places a sentence refers back to without naming them.
 * <ul>
 * <li>Anaphora: "the town", "this city", "the city's", "both cities" stand for the settlement(s) named earlier in
 * the same sentence, else in the nearest of the previous {@link #LOOK_BACK} sentences that names one (all of them
 * for a plural; for a singular, the one introduced with the same noun, "the town of X", else the last), whatever
 * their paragraphs (web pages often give each sentence its own). "The region", "the
 * province" are recognised but left unresolved: regions are named far back and nest in one another, and a wrong
 * region is worse than none. "The town of X" names its place and is no anaphor; neither is "their first town" or
 * "a nearby village", which introduce one.</li>
 * <li>Scene: a sentence opening with "In X, ..." sets the scene for the next {@link #LOOK_BACK} sentences of
 * reportage that name no settlement of their own ("In X, Reuters saw burnt-out vehicles. ... Three bodies lay in a
 * yard."), whatever their paragraphs (web pages often give each sentence of a scene its own).</li>
 * </ul>
 */
final class DiscoursePlaces {

    static final int LOOK_BACK = 3;

    private static final Set<String> SINGULAR = WordList.words(DiscoursePlaces.class, "singular-place-nouns.txt");
    private static final Set<String> REGIONS = WordList.words(DiscoursePlaces.class, "region-nouns.txt");
    private static final Set<String> PLURAL = WordList.words(DiscoursePlaces.class, "plural-place-nouns.txt");
    private static final Set<String> DETERMINERS = WordList.words(DiscoursePlaces.class, "anaphoric-determiners.txt");

    /** The places found and the earlier sentence that named them (-1 for the anaphor's own sentence). */
    record Antecedent(List<PlaceInSentence> places, int sentenceIndex) {
    }

    /** A word standing for places named before: settlements, or a region ("withdraw from the region"). */
    record Anaphor(int tokenIndex, boolean plural, boolean region) {
    }

    private final ArticleIndex context;
    private final List<List<PlaceInSentence>> locative;

    DiscoursePlaces(ArticleIndex context, List<List<PlaceInSentence>> locativeBySentence) {
        this.context = context;
        this.locative = locativeBySentence;
    }

    /** An anaphoric place phrase among the tokens [from, to] of the sentence. */
    Optional<Anaphor> anaphorIn(int sentenceIndex, int from, int to) {
        List<Token> tokens = context.sentence(sentenceIndex).tokens();
        for (int i = Math.max(1, from); i <= Math.min(to, tokens.size() - 1); i++) {
            String word = PartOfSpeech.word(tokens.get(i));
            boolean region = REGIONS.contains(word);
            boolean singular = SINGULAR.contains(word) || region;
            if (!singular && !PLURAL.contains(word)) {
                continue;
            }
            if (!determined(tokens, i) || namesItsPlace(sentenceIndex, tokens, i)) {
                continue;
            }
            boolean both = i >= 1 && PartOfSpeech.word(tokens.get(i - 1)).equals("both")
                    || i >= 2 && PartOfSpeech.word(tokens.get(i - 2)).equals("both");
            return Optional.of(new Anaphor(i, !singular || both, region));
        }
        return Optional.empty();
    }

    Optional<Antecedent> antecedentOf(int sentenceIndex, Anaphor anaphor) {
        if (anaphor.region()) {
            return Optional.empty();
        }
        List<PlaceInSentence> earlierInSentence = settlementsIn(sentenceIndex).stream()
                .filter(m -> m.lastToken() < anaphor.tokenIndex()).toList();
        if (!earlierInSentence.isEmpty()) {
            return Optional.of(new Antecedent(anaphor.plural() ? distinct(earlierInSentence)
                    : List.of(earlierInSentence.get(earlierInSentence.size() - 1)), -1));
        }
        String noun = PartOfSpeech.word(context.sentence(sentenceIndex).tokens().get(anaphor.tokenIndex()));
        for (int s = sentenceIndex - 1; s >= Math.max(0, sentenceIndex - LOOK_BACK); s--) {
            List<PlaceInSentence> settlements = settlementsIn(s);
            if (!settlements.isEmpty()) {
                List<PlaceInSentence> chosen = anaphor.plural() ? distinct(settlements)
                        : List.of(introducedAs(noun, s, settlements).orElse(settlements.get(settlements.size() - 1)));
                return Optional.of(new Antecedent(chosen, s));
            }
        }
        return Optional.empty();
    }

    /** "the eastern town of Marinka ... the fall of Pisky. ... the town": the one introduced as a town. */
    private Optional<PlaceInSentence> introducedAs(String noun, int sentenceIndex, List<PlaceInSentence> settlements) {
        List<Token> tokens = context.sentence(sentenceIndex).tokens();
        return settlements.stream().filter(m -> {
            int of = m.firstToken() - 1;
            return of >= 1 && PartOfSpeech.word(tokens.get(of)).equals("of")
                    && PartOfSpeech.word(tokens.get(of - 1)).equals(noun);
        }).findFirst();
    }

    Optional<Antecedent> sceneOf(int sentenceIndex) {
        for (int s = sentenceIndex - 1; s >= Math.max(0, sentenceIndex - LOOK_BACK); s--) {
            Optional<PlaceInSentence> scene = sceneSetBy(s);
            if (scene.isPresent()) {
                return Optional.of(new Antecedent(List.of(scene.get()), s));
            }
            if (!settlementsIn(s).isEmpty()) {
                break;
            }
        }
        return Optional.empty();
    }

    private Optional<PlaceInSentence> sceneSetBy(int sentenceIndex) {
        List<Token> tokens = context.sentence(sentenceIndex).tokens();
        if (tokens.isEmpty() || !PartOfSpeech.word(tokens.get(0)).equals("in")) {
            return Optional.empty();
        }
        int comma = 0;
        while (comma < tokens.size() && !tokens.get(comma).word().equals(",")) {
            comma++;
        }
        int end = comma;
        return settlementsIn(sentenceIndex).stream().filter(m -> m.lastToken() < end).findFirst();
    }

    private List<PlaceInSentence> settlementsIn(int sentenceIndex) {
        return locative.get(sentenceIndex).stream().filter(m -> m.place().kind() == PlaceKind.SETTLEMENT).toList();
    }

    private static List<PlaceInSentence> distinct(List<PlaceInSentence> mentions) {
        return mentions.stream().filter(m -> mentions.stream().filter(o -> o.key().equals(m.key()))
                .findFirst().orElseThrow() == m).toList();
    }

    /** "the town", "this city", "both cities"; not "their first town" or "a nearby village", which bring new ones. */
    private static boolean determined(List<Token> tokens, int index) {
        return index >= 1 && DETERMINERS.contains(PartOfSpeech.word(tokens.get(index - 1)));
    }

    /** "the town of Lyman", "the city Odesa", "the village, X," name their place. */
    private boolean namesItsPlace(int sentenceIndex, List<Token> tokens, int index) {
        int next = index + 1;
        if (next < tokens.size() && Set.of("of", "called", "named").contains(PartOfSpeech.word(tokens.get(next)))) {
            return true;
        }
        return context.placesIn(sentenceIndex).stream()
                .anyMatch(m -> m.firstToken() == next || m.firstToken() == next + 1);
    }
}
