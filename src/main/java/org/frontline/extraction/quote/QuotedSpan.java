package org.frontline.extraction.quote;

import java.util.List;
import org.frontline.vocabulary.TextSpan;

/**
 * Words between quotation marks, as found in the text.
 *
 * @param parts     the quoted words, one part per paragraph the quotation runs over, marks excluded
 * @param openMark  the offset of the opening mark, or -1 when it is missing
 * @param closeMark the offset of the closing mark, or -1 when it is missing
 */
record QuotedSpan(List<TextSpan> parts, int openMark, int closeMark) {

    QuotedSpan {
        parts = List.copyOf(parts);
    }

    int start() {
        return parts.get(0).start();
    }

    int end() {
        return parts.get(parts.size() - 1).end();
    }

    TextSpan span() {
        return new TextSpan(start(), end());
    }

    /** Where the text before the quotation ends: the opening mark, or the first quoted word. */
    int headEnd() {
        return openMark >= 0 ? openMark : start();
    }

    /** Where the text after the quotation starts: after the closing mark, or after the last quoted word. */
    int tailStart() {
        return closeMark >= 0 ? closeMark + 1 : end();
    }

    String text(String source) {
        StringBuilder out = new StringBuilder();
        for (TextSpan part : parts) {
            out.append(out.length() == 0 ? "" : "\n").append(part.of(source));
        }
        return out.toString();
    }

    boolean contains(int offset) {
        return parts.stream().anyMatch(p -> offset >= p.start() && offset < p.end());
    }
}
