package org.frontline.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontline.knowledge.WordList;

/**
 * Whether a short string is shaped like a person's name ("Jane Doe", "JANE DOE", "Jean-Luc van der Berg",
 * "J. R. Doe"), for bylines. Shape only: it cannot tell a name from a capitalised phrase, so it refuses the words
 * that page menus and section headings are made of.
 */
final class NameShape {

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{Lu}'’\\-]*\\p{Ll}[\\p{Ll}'’\\-]*");
    private static final Pattern UPPER = Pattern.compile("\\p{Lu}[\\p{Lu}'’\\-]+");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Set<String> PARTICLES = WordList.words(NameShape.class, "name-particles.txt");
    private static final Set<String> NOT_NAMES = WordList.words(NameShape.class, "byline-non-names.txt");

    private NameShape() {
    }

    static boolean isName(String text) {
        List<String> tokens = Arrays.asList(text.strip().split("\\s+"));
        if (tokens.size() < 2 || tokens.size() > 5) {
            return false;
        }
        boolean allUpper = tokens.stream().allMatch(token -> UPPER.matcher(token).matches()
                || PARTICLES.contains(token.toLowerCase(Locale.ROOT)));
        int nameTokens = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String lower = token.toLowerCase(Locale.ROOT);
            if (NOT_NAMES.contains(lower.replace(".", ""))) {
                return false;
            }
            if (i > 0 && i < tokens.size() - 1 && PARTICLES.contains(lower)) {
                continue;
            }
            boolean shaped = allUpper ? UPPER.matcher(token).matches()
                    : CAPITALISED.matcher(token).matches() || INITIAL.matcher(token).matches();
            if (!shaped) {
                return false;
            }
            nameTokens++;
        }
        String last = tokens.get(tokens.size() - 1);
        return nameTokens >= 2 && nameTokens <= 4 && !INITIAL.matcher(last).matches();
    }

    /** "JANE DOE" as "Jane Doe"; other spellings unchanged. */
    static String normalise(String name) {
        String collapsed = name.strip().replaceAll("\\s+", " ");
        if (!collapsed.equals(collapsed.toUpperCase(Locale.ROOT))) {
            return collapsed;
        }
        StringBuilder result = new StringBuilder();
        for (String token : collapsed.split(" ")) {
            if (!result.isEmpty()) {
                result.append(' ');
            }
            String lower = token.toLowerCase(Locale.ROOT);
            result.append(PARTICLES.contains(lower) ? lower : capitaliseParts(lower));
        }
        return result.toString();
    }

    private static String capitaliseParts(String lower) {
        StringBuilder result = new StringBuilder(lower.length());
        boolean start = true;
        for (char c : lower.toCharArray()) {
            result.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '’';
        }
        return result.toString();
    }
}
