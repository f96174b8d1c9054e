package org.frontline.ingest;

import java.util.List;
import org.frontline.vocabulary.TextSpan;

/**
 * An article's text with its page furniture blanked out.
 *
 * @param original   the text exactly as read
 * @param body       the original with every furniture character replaced by a space (line breaks kept): the same
 *                   length as {@code original}, so an offset into the body is an offset into the original
 * @param paragraphs the kept paragraphs, in order, as spans of both texts
 */
public record CleanedText(String original, String body, List<TextSpan> paragraphs) {

    public CleanedText {
        if (original.length() != body.length()) {
            throw new IllegalArgumentException("body and original differ in length");
        }
        paragraphs = List.copyOf(paragraphs);
    }

    public String paragraph(int index) {
        return paragraphs.get(index).of(body);
    }
}
