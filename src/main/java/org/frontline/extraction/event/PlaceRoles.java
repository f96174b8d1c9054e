package org.frontline.extraction.event;

import java.util.List;
import java.util.Set;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.Token;
import org.frontline.knowledge.WordList;
import org.frontline.vocabulary.PlaceKind;

/**
 * Tells a place named as the scene of what a sentence reports from a place named for another reason: as part of a
 * name ("Odesa Regional Council", "Transnistrian Moldovan Republic"), as a modifier ("Moscow-backed",
 * "Russia-occupied"), as an actor ("Moscow has acknowledged", "Moscow was forced to"), as the owner of something
 * that is not a part of it ("Kyiv's army", "Moscow's supply route"; but "Lyman's main square" is in Lyman), in a
 * title ("the governor of Odesa"), as an organization's seat ("an administration based in Moscow"), as a point of
 * reference ("to the east of Odesa") or as a dateline ("KYIV:").
 */
final class PlaceRoles {

    private static final Set<String> PARTS_OF_PLACES = WordList.words(PlaceRoles.class, "parts-of-places.txt");
    private static final Set<String> ROLE_NOUNS = WordList.words(PlaceRoles.class, "role-nouns.txt");
    private static final Set<String> DIRECTIONS = WordList.words(PlaceRoles.class, "compass-points.txt");
    private static final Set<String> DISTANCES = WordList.words(PlaceRoles.class, "distance-units.txt");
    private static final Set<String> SEAT_VERBS = WordList.words(PlaceRoles.class, "seat-verbs.txt");
    private static final Set<String> DATELINE_MARKS = Set.of(":", "(", "-LRB-", "—", "–", "--", "-");

    private final ArticleIndex context;

    PlaceRoles(ArticleIndex context) {
        this.context = context;
    }

    /** The mentions in the sentence that can be where an event happened. */
    List<PlaceInSentence> locativeIn(int sentenceIndex) {
        Sentence sentence = context.sentence(sentenceIndex);
        return context.placesIn(sentenceIndex).stream()
                .filter(m -> !context.insideName(m.span()))
                .filter(m -> !isModifier(m))
                .filter(m -> !isPartOfName(sentence, m))
                .filter(m -> !isOwnerOfSomethingElse(sentence, m))
                .filter(m -> !isSubjectActor(sentence, m))
                .filter(m -> !inTitleOrSeat(sentence, m))
                .filter(m -> !isReferencePoint(sentence, m))
                .filter(m -> !isDateline(sentence, m))
                .toList();
    }

    private boolean isModifier(PlaceInSentence mention) {
        String text = context.text().text();
        int end = mention.span().end();
        return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1));
    }

    /** "X's army", "X's supply route": a possessive place is where things happen only for its parts. */
    private static boolean isOwnerOfSomethingElse(Sentence sentence, PlaceInSentence mention) {
        List<Token> tokens = sentence.tokens();
        int next = mention.lastToken() + 1;
        if (next + 1 >= tokens.size() || !isPossessiveMark(tokens.get(next))) {
            return false;
        }
        for (int i = next + 1; i < Math.min(tokens.size(), next + 5); i++) {
            Token token = tokens.get(i);
            if (PARTS_OF_PLACES.contains(PartOfSpeech.word(token))) {
                return false;
            }
            if (PartOfSpeech.tag(token).matches("NNS?")) {
                return true;
            }
        }
        return true;
    }

    /**
     * "Transnistrian Moldovan Republic", "Odesa Regional Council": a capitalised word after the place continues a name;
     * "... Republic (LPR)": an abbreviation in brackets after a name stands for that name.
     */
    private static boolean isPartOfName(Sentence sentence, PlaceInSentence mention) {
        List<Token> tokens = sentence.tokens();
        int next = mention.lastToken() + 1;
        int before = mention.firstToken() - 1;
        if (before >= 1 && next < tokens.size() && isOpeningBracket(tokens.get(before))
                && isClosingBracket(tokens.get(next)) && PartOfSpeech.tag(tokens.get(before - 1)).startsWith("NNP")) {
            return true;
        }
        if (next >= tokens.size()) {
            return false;
        }
        Token token = tokens.get(next);
        boolean capitalised = Character.isUpperCase(token.word().charAt(0));
        boolean dateWord = token.entityTag() != null && token.entityTag().matches("DATE|TIME|DURATION");
        return capitalised && PartOfSpeech.tag(token).startsWith("NNP") && !dateWord;
    }

    /**
     * "the governor of Odesa", "Mykolaiv regional governor", "an administration based in Moscow". ("The chief of
     * the Melitopol administration" is about Melitopol: there the place describes a noun of its own.)
     */
    private static boolean inTitleOrSeat(Sentence sentence, PlaceInSentence mention) {
        List<Token> tokens = sentence.tokens();
        int after = mention.lastToken() + 1;
        int role = after;
        while (role < tokens.size() && role <= after + 1 && PartOfSpeech.tag(tokens.get(role)).startsWith("JJ")) {
            role++;
        }
        if (role < tokens.size() && ROLE_NOUNS.contains(PartOfSpeech.word(tokens.get(role)))) {
            return true;
        }
        if (after < tokens.size() && PartOfSpeech.isNoun(tokens.get(after))) {
            return false;
        }
        int before = mention.firstToken() - 1;
        while (before >= 0 && PartOfSpeech.tag(tokens.get(before)).matches("DT|JJ.*")) {
            before--;
        }
        if (before < 1) {
            return false;
        }
        String preposition = PartOfSpeech.word(tokens.get(before));
        String previous = PartOfSpeech.word(tokens.get(before - 1));
        return preposition.equals("of") && ROLE_NOUNS.contains(previous)
                || preposition.equals("in") && SEAT_VERBS.contains(previous);
    }

    private static boolean isOpeningBracket(Token token) {
        return token.word().equals("(") || PartOfSpeech.tag(token).equals("-LRB-");
    }

    private static boolean isClosingBracket(Token token) {
        return token.word().equals(")") || PartOfSpeech.tag(token).equals("-RRB-");
    }

    private static boolean isPossessiveMark(Token token) {
        String word = token.word();
        return word.equals("'s") || word.equals("’s") || PartOfSpeech.tag(token).equals("POS");
    }

    /**
     * A city or country standing as the subject of an active verb speaks for its government ("Moscow has
     * acknowledged", "Kyiv announced", "Moscow was forced to withdraw"). A passive ("Odesa was shelled") or a
     * copula ("Lyman is Ukraine") keeps the place a place.
     */
    private static boolean isSubjectActor(Sentence sentence, PlaceInSentence mention) {
        PlaceKind kind = mention.place().kind();
        if (kind != PlaceKind.SETTLEMENT && kind != PlaceKind.COUNTRY) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        int before = mention.firstToken() - 1;
        if (before >= 0 && PartOfSpeech.tag(tokens.get(before)).matches("IN|TO|DT|POS")) {
            return false;
        }
        int next = mention.lastToken() + 1;
        if (next >= tokens.size()) {
            return false;
        }
        Token verb = tokens.get(next);
        String tag = PartOfSpeech.tag(verb);
        String lemma = PartOfSpeech.lemma(verb);
        if (tag.equals("MD")) {
            return true;
        }
        if (!tag.matches("VBD|VBZ|VBP") || lemma.equals("remain")) {
            return false;
        }
        if (lemma.equals("be")) {
            return next + 2 < tokens.size() && PartOfSpeech.tag(tokens.get(next + 1)).equals("VBN")
                    && PartOfSpeech.word(tokens.get(next + 2)).equals("to");
        }
        if (lemma.equals("have") && next + 1 < tokens.size()) {
            Token participle = tokens.get(next + 1);
            return !PartOfSpeech.lemma(participle).equals("be") && PartOfSpeech.isVerb(participle);
        }
        return true;
    }

    /**
     * "a counteroffensive to the east of the city of Odesa": a place the text locates something from is not where
     * it happened. ("30 km east of X" is near X, and stays.)
     */
    private static boolean isReferencePoint(Sentence sentence, PlaceInSentence mention) {
        List<Token> tokens = sentence.tokens();
        for (int i = mention.firstToken() - 1; i >= Math.max(1, mention.firstToken() - 6); i--) {
            String word = PartOfSpeech.word(tokens.get(i));
            if (word.equals("of") && DIRECTIONS.contains(PartOfSpeech.word(tokens.get(i - 1)))) {
                return i < 2 || !DISTANCES.contains(PartOfSpeech.word(tokens.get(i - 2)));
            }
            if (!Set.of("the", "city", "town", "village", "region", "of").contains(word)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isDateline(Sentence sentence, PlaceInSentence mention) {
        List<Token> tokens = sentence.tokens();
        int next = mention.lastToken() + 1;
        return mention.firstToken() == 0 && next < tokens.size() && DATELINE_MARKS.contains(tokens.get(next).word());
    }
}
