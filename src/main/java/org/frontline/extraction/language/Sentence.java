package org.frontline.extraction.language;

import java.util.List;

/** One sentence: its index in the text, its character span, its tokens and their grammatical relations. */
public record Sentence(int index, int start, int end, List<Token> tokens, DependencyGraph dependencies) {

    /** A sentence whose structure is not known (texts built by hand, analyses without a parser). */
    public Sentence(int index, int start, int end, List<Token> tokens) {
        this(index, start, end, tokens, DependencyGraph.NONE);
    }
}
