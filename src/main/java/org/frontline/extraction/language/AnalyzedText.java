package org.frontline.extraction.language;

import java.util.List;

/** The language layer's view of one text. All offsets are character offsets into {@code text}. */
public record AnalyzedText(String text, List<Sentence> sentences, List<EntityMention> entities,
        List<TimeMention> times) {

    public Sentence sentenceAt(int offset) {
        for (Sentence sentence : sentences) {
            if (offset >= sentence.start() && offset < sentence.end()) {
                return sentence;
            }
        }
        return null;
    }
}
