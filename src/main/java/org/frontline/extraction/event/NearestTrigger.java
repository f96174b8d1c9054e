package org.frontline.extraction.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.Token;
import org.frontline.knowledge.WordList;

/**
 * Which of a sentence's triggers a place or time expression belongs to: the nearest, where a range before a trigger
 * counts twice its distance (in English what a verb or noun reports about, its object, "of X", "in X", follows it;
 * a place before it is more often another clause's). On a tie, the earlier trigger.
 * <p>
 * Some triggers cannot have what stands before them: a participle opening a clause after a comma ("repelled an
 * assault near X, destroying two tanks") and a trigger in a relative clause, which is about the word the pronoun
 * follows. What the nearest trigger cannot have goes to the next nearest only within {@link #SECOND_CHOICE_REACH}
 * tokens: a place far from every trigger that may have it is nobody's.
 */
final class NearestTrigger {

    static final int SECOND_CHOICE_REACH = 8;
    private static final Set<String> RELATIVE_PRONOUNS = WordList.words(NearestTrigger.class, "relative-pronouns.txt");

    private NearestTrigger() {
    }

    /** The trigger the tokens [first, last] of the triggers' sentence belong to, if any. */
    static Optional<Trigger> of(List<Trigger> triggers, int first, int last) {
        Trigger best = null;
        Trigger closest = null;
        for (Trigger trigger : triggers) {
            int distance = weightedDistance(trigger, first, last);
            if (closest == null || distance < weightedDistance(closest, first, last)) {
                closest = trigger;
            }
            if (mayHave(trigger, last) && (best == null || distance < weightedDistance(best, first, last))) {
                best = trigger;
            }
        }
        if (best == null || best != closest && best.distanceTo(first, last) > SECOND_CHOICE_REACH) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** The token range of a character range of the sentence. */
    static int[] tokenRange(Sentence sentence, int start, int end) {
        List<Token> tokens = sentence.tokens();
        int first = 0;
        while (first < tokens.size() - 1 && tokens.get(first).end() <= start) {
            first++;
        }
        int last = tokens.size() - 1;
        while (last > first && tokens.get(last).start() >= end) {
            last--;
        }
        return new int[] {first, last};
    }

    private static int weightedDistance(Trigger trigger, int first, int last) {
        int distance = trigger.distanceTo(first, last);
        return last < trigger.first() ? 2 * distance : distance;
    }

    private static boolean mayHave(Trigger trigger, int last) {
        return last >= trigger.first() || !opensParticipleClause(trigger) && !outsideItsRelativeClause(trigger, last);
    }

    /**
     * "officials in Polohy discussed the call, which was captured on tape": a place before a
     * trigger in a relative clause is the trigger's only if the pronoun follows it ("Lyman, which was liberated").
     */
    private static boolean outsideItsRelativeClause(Trigger trigger, int placeLast) {
        List<Token> tokens = trigger.sentence().tokens();
        for (int i = trigger.first() - 1; i >= Math.max(0, trigger.first() - 4); i--) {
            Token token = tokens.get(i);
            if (RELATIVE_PRONOUNS.contains(PartOfSpeech.word(token))) {
                int antecedent = i >= 1 && tokens.get(i - 1).word().equals(",") ? i - 2 : i - 1;
                return placeLast != antecedent;
            }
            boolean auxiliary = Set.of("be", "have").contains(PartOfSpeech.lemma(token));
            if (!auxiliary && !PartOfSpeech.tag(token).startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** "..., destroying several tanks": a participle after a comma tells more of the clause before it. */
    private static boolean opensParticipleClause(Trigger trigger) {
        List<Token> tokens = trigger.sentence().tokens();
        int first = trigger.first();
        return PartOfSpeech.tag(tokens.get(first)).equals("VBG") && first >= 1
                && tokens.get(first - 1).word().equals(",");
    }
}
