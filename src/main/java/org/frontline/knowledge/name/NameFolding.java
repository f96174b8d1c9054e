package org.frontline.knowledge.name;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name's spelling to a transliteration-neutral form, so that the spellings English news gives one
 * Ukrainian or Russian name meet: Hryhoriy/Hryhorii, Kovalsky/Kovalskiy/Kovalskyy,
 * Gavrilenko/Havrylenko, Kseniya/Ksenia/Kseniia, Tkachevich/Tkachevych, Olexa/Oleksa. It does not turn one language's form of a name
 * into the other's (Petro and Pyotr stay apart: see {@link GivenNames#compatible}).
 */
public final class NameFolding {

    private static final Pattern APOSTROPHES = Pattern.compile("[’'ʼ`‘]");
    private static final Pattern NOT_NAME_LETTERS = Pattern.compile("[^\\p{L}\\p{M}.]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ASCII_LETTERS = Pattern.compile("[^a-z]");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\-‐–—]+");

    /** Loaded when a name in another script first needs it: ICU's transliterator takes a while to build. */
    private static final class Latin {
        static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    }

    private NameFolding() {
    }

    /** The words of a name, without punctuation (apostrophes are dropped, hyphens split). */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String part : WORD_SEPARATORS.split(name)) {
            String cleaned = NOT_NAME_LETTERS.matcher(APOSTROPHES.matcher(part).replaceAll("")).replaceAll("");
            if (!cleaned.isEmpty() && !cleaned.equals(".")) {
                words.add(cleaned);
            }
        }
        return words;
    }

    /** One word folded: lowercase ASCII, kh→h, g→h, x→ks, w→v, j/y→i, ei→i, doubled letters single. */
    public static String foldWord(String word) {
        String s = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("");
        if (!s.chars().allMatch(c -> c < 128)) {
            synchronized (Latin.TO_LATIN) {
                s = Latin.TO_LATIN.transliterate(s);
            }
        }
        s = NOT_ASCII_LETTERS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        s = s.replace("kh", "h").replace('g', 'h').replace("x", "ks").replace('w', 'v').replace("ph", "f")
                .replace("ck", "k").replace('j', 'y');
        s = s.replace('y', 'i');
        if (s.startsWith("ie") && s.length() > 3) {
            s = s.substring(1);
        }
        s = s.replace("ei", "i");
        s = collapseDoubles(s);
        if (s.length() > 3 && s.endsWith("h") && isVowel(s.charAt(s.length() - 2))) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** A whole name folded word by word, words joined by one space. */
    public static String foldName(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : words(name)) {
            String folded = foldWord(word);
            if (!folded.isEmpty()) {
                key.append(key.length() == 0 ? "" : " ").append(folded);
            }
        }
        return key.toString();
    }

    private static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
