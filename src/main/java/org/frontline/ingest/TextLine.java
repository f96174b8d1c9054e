package org.frontline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a text: [start, end) excludes the line break ('\n', and a '\r' before it).
 *
 * @param index the line's number, from 0
 * @param text  the line's characters, untrimmed
 */
record TextLine(int index, int start, int end, String text) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…][\"”’'»)\\]]*$");

    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int next = newline < 0 ? text.length() : newline;
            int end = next > start && text.charAt(next - 1) == '\r' ? next - 1 : next;
            lines.add(new TextLine(lines.size(), start, end, text.substring(start, end)));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    String trimmed() {
        return text.strip();
    }

    boolean isBlank() {
        return text.isBlank();
    }

    int wordCount() {
        return (int) WORD.matcher(text).results().count();
    }

    List<String> words() {
        return WORD.matcher(text).results().map(match -> match.group()).toList();
    }

    /** Ends like a sentence: a full stop, question or exclamation mark, possibly inside closing quotes. */
    boolean endsSentence() {
        return ENDS_SENTENCE.matcher(trimmed()).matches();
    }

    /** Most longer words capitalised, as in "Thousands Of Russians Exposed Since Taking The Town". */
    boolean isTitleCase() {
        List<String> longWords = words().stream().filter(word -> word.length() >= 4).toList();
        if (longWords.isEmpty()) {
            return false;
        }
        long capitalised = longWords.stream().filter(word -> Character.isUpperCase(word.charAt(0))).count();
        return capitalised >= 0.7 * longWords.size();
    }
}
