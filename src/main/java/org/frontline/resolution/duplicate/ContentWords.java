package org.frontline.resolution.duplicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.knowledge.WordList;

/**
 * The words of a sentence that survive rewording: letters only, case folded, function words dropped, and each word
 * cut to its first five letters so that "advanced", "advancing" and "advance" meet (a crude stem that needs no
 * dictionary and works the same on names).
 */
final class ContentWords {

    static final int STEM_LENGTH = 5;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> FUNCTION_WORDS = WordList.words(ContentWords.class, "function-words.txt");

    private ContentWords() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT);
            if (word.length() > 1 && !FUNCTION_WORDS.contains(word)) {
                words.add(word.length() > STEM_LENGTH ? word.substring(0, STEM_LENGTH) : word);
            }
        }
        return words;
    }
}
