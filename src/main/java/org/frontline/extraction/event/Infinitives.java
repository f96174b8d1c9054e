package org.frontline.extraction.event;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.frontline.extraction.language.Token;

/** To-infinitives ("to liberate", "to be recaptured") and the verb that governs them ("urged residents to"). */
final class Infinitives {

    /** How far before "to" the governing verb may stand ("urged the remaining residents of X to evacuate"). */
    static final int GOVERNOR_WINDOW = 6;

    private Infinitives() {
    }

    static boolean isInfinitive(List<Token> tokens, int first) {
        for (int i = first - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            boolean passiveOrPerfect = i == first - 1 && PartOfSpeech.tag(token).equals("VB")
                    && Set.of("be", "have").contains(PartOfSpeech.lemma(token));
            if (PartOfSpeech.tag(token).startsWith("RB") || passiveOrPerfect) {
                continue;
            }
            return PartOfSpeech.word(token).equals("to") && PartOfSpeech.isVerb(tokens.get(first));
        }
        return false;
    }

    /**
     * The index of the verb governing the infinitive starting at {@code first}, if one stands close before it
     * (participles used as adjectives, "the remaining residents", are no verbs here).
     */
    static OptionalInt governor(List<Token> tokens, int first) {
        int to = first - 1;
        while (to >= 0 && !PartOfSpeech.word(tokens.get(to)).equals("to")) {
            to--;
        }
        if (to < 0 || to >= 2 && PartOfSpeech.word(tokens.get(to - 1)).equals("order")
                && PartOfSpeech.word(tokens.get(to - 2)).equals("in")) {
            return OptionalInt.empty();
        }
        for (int i = to - 1; i >= Math.max(0, to - GOVERNOR_WINDOW); i--) {
            Token token = tokens.get(i);
            if (PartOfSpeech.isClausePunctuation(token)) {
                return OptionalInt.empty();
            }
            boolean adjectival = PartOfSpeech.tag(token).matches("VBG|VBN") && i >= 1
                    && PartOfSpeech.tag(tokens.get(i - 1)).matches("DT|PRP\\$|JJ.*");
            if (PartOfSpeech.isVerb(token) && !adjectival) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
