package org.frontline.extraction.event;

import java.util.List;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.Token;

/** A lexicon entry matched in a sentence: the tokens (by index in the sentence) that matched its steps. */
record Trigger(TriggerEntry entry, Sentence sentence, List<Integer> tokenIndexes) {

    int first() {
        return tokenIndexes.get(0);
    }

    int last() {
        return tokenIndexes.get(tokenIndexes.size() - 1);
    }

    Token head() {
        return sentence.tokens().get(first());
    }

    int start() {
        return sentence.tokens().get(first()).start();
    }

    int end() {
        return sentence.tokens().get(last()).end();
    }

    /** Tokens between this trigger and the token range [from, to]; 0 when they overlap. */
    int distanceTo(int from, int to) {
        if (to < first()) {
            return first() - to;
        }
        if (from > last()) {
            return from - last();
        }
        return 0;
    }

    boolean overlaps(Trigger other) {
        return tokenIndexes.stream().anyMatch(other.tokenIndexes::contains);
    }
}
