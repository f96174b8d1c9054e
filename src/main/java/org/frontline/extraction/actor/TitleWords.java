package org.frontline.extraction.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Words that head a role or title (title-words.txt): minister, spokeswoman, head, governor, adviser, ... */
public final class TitleWords {

    private static final Set<String> WORDS = load();

    private TitleWords() {
    }

    /** True for a title word, singular or plural ("leaders" as in "one of the leaders of ..."). */
    public static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return WORDS.contains(w) || w.endsWith("s") && WORDS.contains(w.substring(0, w.length() - 1));
    }

    /** The singular of a plural title word ("leaders" → "leader"), other words unchanged. */
    public static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!WORDS.contains(w) && w.endsWith("s") && WORDS.contains(w.substring(0, w.length() - 1))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static Set<String> load() {
        var in = TitleWords.class.getClassLoader().getResourceAsStream("org/frontline/extraction/actor/title-words.txt");
        Objects.requireNonNull(in, "title-words.txt");
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
