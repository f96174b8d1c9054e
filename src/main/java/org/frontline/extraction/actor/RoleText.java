package org.frontline.extraction.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontline.knowledge.WordList;
import org.frontline.knowledge.name.Countries;

/**
 * Turns the words of a stated role into one clean, title-cased form: without the article in front, with a
 * country moved behind ("Ukraine's Defence Minister" and "Ukrainian Defence Minister" → "Defence Minister of
 * Ukraine"), a possessor moved behind ("the President's chief of staff" → "Chief of Staff of the President") and
 * "one of the leaders of X" → "Leader of X".
 */
final class RoleText {

    private static final Set<String> SMALL_WORDS = WordList.words(RoleText.class, "role-small-words.txt");

    private RoleText() {
    }

    static String normalize(TokenSequence tokens, int from, int to) {
        List<String> words = words(tokens, from, to);
        while (!words.isEmpty() && Set.of("the", "a", "an").contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        if (words.size() > 3 && words.get(0).equalsIgnoreCase("one") && words.get(1).equalsIgnoreCase("of")
                && words.get(2).equalsIgnoreCase("the")) {
            words = new ArrayList<>(words.subList(3, words.size()));
            words.set(0, TitleWords.singular(words.get(0)));
        }
        while (words.size() > 1 && Set.of("of", "for", "the", "to", "and").contains(
                words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        words = possessorBehind(words);
        words = countryBehind(words);
        return titleCase(words);
    }

    /** Words as written: a token glued to the one before it (possessive, hyphen, bracket) stays in its word. */
    private static List<String> words(TokenSequence tokens, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!words.isEmpty() && (tokens.isAttachedToPrevious(i) || tokens.isPossessive(i))) {
                words.set(words.size() - 1, words.get(words.size() - 1) + tokens.word(i));
            } else {
                words.add(tokens.word(i));
            }
        }
        return words;
    }

    /** "Ukraine's Defence Minister" → "Defence Minister of Ukraine"; only a capitalised possessor at the front. */
    private static List<String> possessorBehind(List<String> words) {
        for (int p = 0; p < Math.min(3, words.size() - 1); p++) {
            String word = words.get(p);
            if (!Character.isUpperCase(word.charAt(0))) {
                return words;
            }
            if (word.matches(".*['’]s?")) {
                List<String> reordered = new ArrayList<>(words.subList(p + 1, words.size()));
                reordered.add("of");
                reordered.addAll(words.subList(0, p));
                reordered.add(word.replaceAll("['’]s?$", ""));
                return reordered;
            }
        }
        return words;
    }

    /** "Ukrainian Deputy Minister of Defence" → "Deputy Minister of Defence of Ukraine". */
    private static List<String> countryBehind(List<String> words) {
        if (words.size() < 2) {
            return words;
        }
        Countries.Match match = Countries.standard().match(words, 0);
        if (match == null || !match.demonym() || words.subList(1, words.size()).stream().noneMatch(TitleWords::isTitle)) {
            return words;
        }
        List<String> reordered = new ArrayList<>(words.subList(match.length(), words.size()));
        reordered.add("of");
        String country = match.country().name();
        if (country.startsWith("United ") || country.equals("Netherlands") || country.equals("Czech Republic")) {
            reordered.add("the");
        }
        reordered.add(country);
        return reordered;
    }

    private static String titleCase(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String lower = word.toLowerCase(Locale.ROOT);
            out.append(i == 0 ? "" : " ");
            if (i > 0 && SMALL_WORDS.contains(lower)) {
                out.append(lower);
            } else {
                out.append(capitalizeParts(word));
            }
        }
        return out.toString();
    }

    /** "moscow-backed" → "Moscow-Backed", "commander-in-chief" → "Commander-in-Chief". */
    private static String capitalizeParts(String word) {
        StringBuilder out = new StringBuilder(word.length());
        int partStart = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || word.charAt(i) == '-' || word.charAt(i) == '(' || word.charAt(i) == '‐') {
                String part = word.substring(partStart, i);
                boolean small = partStart > 0 && SMALL_WORDS.contains(part.toLowerCase(Locale.ROOT));
                out.append(part.isEmpty() || small ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
                if (i < word.length()) {
                    out.append(word.charAt(i));
                }
                partStart = i + 1;
            }
        }
        return out.toString();
    }
}
