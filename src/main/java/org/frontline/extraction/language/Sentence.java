package org.frontline.extraction.language;

import java.util.List;

/** One sentence: its index in the text, its character span and its tokens. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
}
