package org.frontline.ingest.read;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frontline.knowledge.WordList;

/**
 * Tells, cheaply, whether an article is in English, the only language Frontline's pipeline reads: the language the
 * article declares, else its script and the share of its words that are common English function words (English
 * news text has about a quarter; other languages written in Latin letters a few percent).
 */
final class EnglishText {

    /** Frequent English words that are rare as words of other European languages ("in", "a", "to", "was" are not). */
    private static final Set<String> FUNCTION_WORDS = WordList.words(EnglishText.class, "english-function-words.txt");

    /** Below this many words a text is too short to judge and passes. */
    static final int MIN_WORDS = 20;

    static final int MIN_PERCENT = 12;

    private static final String ENGLISH_ONLY = "; Frontline reads English only";

    private EnglishText() {
    }

    /** @return why the text is not taken as English, or null when it is (or is too short to tell) */
    static String whyNotEnglish(String text, String declaredLanguage) {
        if (declaredLanguage != null && !isEnglish(declaredLanguage)) {
            return "not English: declared language \"" + declaredLanguage + "\"" + ENGLISH_ONLY;
        }
        Character.UnicodeScript script = mainScript(text);
        if (script != null && script != Character.UnicodeScript.LATIN) {
            return "not English: written mostly in " + name(script) + " script" + ENGLISH_ONLY;
        }
        int words = 0;
        int functionWords = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (!word.isEmpty()) {
                words++;
                if (FUNCTION_WORDS.contains(word)) {
                    functionWords++;
                }
            }
        }
        if (words < MIN_WORDS) {
            return null;
        }
        int percent = functionWords * 100 / words;
        if (percent >= MIN_PERCENT) {
            return null;
        }
        return "not English: " + percent + "% of its words are common English words, English text has "
                + MIN_PERCENT + "% or more" + ENGLISH_ONLY;
    }

    static boolean isEnglish(String language) {
        String code = language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return code.equals("en") || code.startsWith("en-") || code.equals("eng") || code.equals("english");
    }

    /** @return the script of most of the letters, or null when the text has none */
    private static Character.UnicodeScript mainScript(String text) {
        Map<Character.UnicodeScript, Integer> letters = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter)
                .forEach(letter -> letters.merge(Character.UnicodeScript.of(letter), 1, Integer::sum));
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String name(Character.UnicodeScript script) {
        String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
