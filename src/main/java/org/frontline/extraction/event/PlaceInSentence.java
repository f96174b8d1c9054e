package org.frontline.extraction.event;

import org.frontline.extraction.ExtractedPlace;
import org.frontline.vocabulary.TextSpan;

/** One place named in one sentence, with the tokens (indexes in the sentence) it covers. */
record PlaceInSentence(ExtractedPlace place, TextSpan span, int sentenceIndex, int firstToken, int lastToken) {

    String key() {
        return place.key();
    }
}
