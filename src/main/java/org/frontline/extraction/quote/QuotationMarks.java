package org.frontline.extraction.quote;

import java.util.ArrayList;
import java.util.List;
import org.frontline.vocabulary.TextSpan;

/**
 * Finds quoted passages by their marks, paragraph by paragraph (a paragraph is a line):
 * curly and straight double quotes, and single quotes outside double ones. Copes with the marks real pages lose:
 * a closing mark without an opening one quotes from the paragraph's start; an opening mark without a closing one
 * quotes to the paragraph's end, or, when the next paragraph opens with a quotation mark, continues there (the
 * convention for a quotation over several paragraphs). An apostrophe (Ukraine’s, It’s) is not a mark.
 */
final class QuotationMarks {

    private enum Role { OPEN, CLOSE }

    private record Mark(int offset, Role role) {
    }

    private record Line(int start, int end) {
    }

    /** A quotation still open at the end of a paragraph, continued by the next one. */
    private record Carry(List<TextSpan> parts, int openMark) {
    }

    List<QuotedSpan> find(String text) {
        List<Line> lines = lines(text);
        List<QuotedSpan> found = new ArrayList<>();
        Carry carry = null;
        for (int l = 0; l < lines.size(); l++) {
            Line line = lines.get(l);
            List<Mark> marks = doubleMarks(text, line);
            List<QuotedSpan> inLine = new ArrayList<>();
            List<TextSpan> parts = null;
            int firstOpen = -1;
            int openAt = -1;
            int k = 0;
            if (carry != null) {
                parts = carry.parts();
                firstOpen = carry.openMark();
                openAt = marks.get(0).offset();
                k = 1;
                carry = null;
            }
            int cursor = line.start();
            for (; k < marks.size(); k++) {
                Mark mark = marks.get(k);
                if (mark.role() == Role.OPEN) {
                    if (openAt >= 0) {
                        emit(inLine, addPart(parts, text, openAt + 1, mark.offset()), firstOpen >= 0 ? firstOpen : openAt, -1);
                    }
                    parts = null;
                    firstOpen = -1;
                    openAt = mark.offset();
                } else {
                    if (openAt >= 0) {
                        emit(inLine, addPart(parts, text, openAt + 1, mark.offset()), firstOpen >= 0 ? firstOpen : openAt,
                                mark.offset());
                    } else {
                        emit(inLine, addPart(null, text, cursor, mark.offset()), -1, mark.offset());
                    }
                    parts = null;
                    firstOpen = -1;
                    openAt = -1;
                    cursor = mark.offset() + 1;
                }
            }
            if (openAt >= 0) {
                parts = addPart(parts, text, openAt + 1, line.end());
                int open = firstOpen >= 0 ? firstOpen : openAt;
                if (l + 1 < lines.size() && opensWithMark(text, lines.get(l + 1)) && parts != null) {
                    carry = new Carry(parts, open);
                } else {
                    emit(inLine, parts, open, -1);
                }
            }
            found.addAll(withSingles(text, line, inLine));
        }
        if (carry != null) {
            emit(found, carry.parts(), carry.openMark(), -1);
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void emit(List<QuotedSpan> into, List<TextSpan> parts, int open, int close) {
        if (parts != null && !parts.isEmpty()) {
            into.add(new QuotedSpan(parts, open, close));
        }
    }

    /** Adds the trimmed text [from, to) as a part; an empty part is left out. */
    private static List<TextSpan> addPart(List<TextSpan> parts, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == ',')) {
            to--;
        }
        List<TextSpan> result = parts == null ? new ArrayList<>() : parts;
        if (to > from && text.substring(from, to).codePoints().anyMatch(Character::isLetterOrDigit)) {
            result.add(new TextSpan(from, to));
        }
        return result.isEmpty() && parts == null ? null : result;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                lines.add(new Line(start, end));
            }
            start = end + 1;
        }
        return lines;
    }

    private boolean opensWithMark(String text, Line line) {
        List<Mark> marks = doubleMarks(text, line);
        if (marks.isEmpty() || marks.get(0).role() != Role.OPEN) {
            return false;
        }
        return text.substring(line.start(), marks.get(0).offset()).isBlank();
    }

    private static List<Mark> doubleMarks(String text, Line line) {
        List<Mark> marks = new ArrayList<>();
        boolean open = false;
        for (int i = line.start(); i < line.end(); i++) {
            char c = text.charAt(i);
            char before = i > line.start() ? text.charAt(i - 1) : ' ';
            char after = i + 1 < line.end() ? text.charAt(i + 1) : ' ';
            Role role = switch (c) {
                case '“', '„', '«' -> Role.OPEN;
                case '”', '»' -> Character.isWhitespace(before) && Character.isLetterOrDigit(after) && !open
                        ? Role.OPEN : Role.CLOSE;
                case '"' -> straightRole(before, after, open);
                default -> null;
            };
            if (role != null) {
                marks.add(new Mark(i, role));
                open = role == Role.OPEN;
            }
        }
        return marks;
    }

    private static Role straightRole(char before, char after, boolean open) {
        boolean spaceBefore = Character.isWhitespace(before) || "([{—–-".indexOf(before) >= 0;
        boolean spaceAfter = Character.isWhitespace(after) || ",.;:!?)]}—–-".indexOf(after) >= 0;
        if (spaceBefore && !spaceAfter) {
            return Role.OPEN;
        }
        if (!spaceBefore && spaceAfter) {
            return Role.CLOSE;
        }
        return open ? Role.CLOSE : Role.OPEN;
    }

    /**
     * Single-quoted passages of a line, outside its double-quoted ones: ‘...’ pairs, and a closing ’ after
     * punctuation (",’ the military said") with its opening mark lost.
     */
    private List<QuotedSpan> withSingles(String text, Line line, List<QuotedSpan> doubles) {
        List<QuotedSpan> all = new ArrayList<>(doubles);
        int openAt = -1;
        int cursor = line.start();
        for (int i = line.start(); i < line.end(); i++) {
            int at = i;
            if (doubles.stream().anyMatch(q -> (q.openMark() < 0 ? q.start() : q.openMark()) <= at
                    && at <= (q.closeMark() < 0 ? q.end() : q.closeMark()))) {
                cursor = i + 1;
                continue;
            }
            char c = text.charAt(i);
            char before = i > line.start() ? text.charAt(i - 1) : ' ';
            char after = i + 1 < line.end() ? text.charAt(i + 1) : ' ';
            boolean letterBefore = Character.isLetterOrDigit(before);
            boolean letterAfter = Character.isLetterOrDigit(after);
            if (c == '‘' || c == '\'' && !letterBefore && letterAfter) {
                if (!letterBefore) {
                    openAt = i;
                }
            } else if ((c == '’' || c == '\'') && !letterAfter) {
                if (openAt >= 0) {
                    List<TextSpan> parts = addPart(null, text, openAt + 1, i);
                    if (parts != null) {
                        all.add(new QuotedSpan(parts, openAt, i));
                    }
                    openAt = -1;
                    cursor = i + 1;
                } else if (",.!?…".indexOf(before) >= 0) {
                    List<TextSpan> parts = addPart(null, text, cursor, i);
                    if (parts != null) {
                        all.add(new QuotedSpan(parts, -1, i));
                    }
                    cursor = i + 1;
                }
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }
}
