package org.frontline.quality;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * How score.py compares names: {@code fold} (accents off, lower case, apostrophes dropped, anything else that is not
 * a Latin or Cyrillic letter or a digit a single space), {@code forms} (an item's folded name and aliases) and
 * {@code within} (the forms of a place and of every region above it).
 */
final class NameForms {

    private static final Pattern APOSTROPHES = Pattern.compile("[’'`ʼ‘]");
    private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9а-яіїєґ]+");
    /** Marks of canonical combining class 1 and 240, the lowest and highest there are. */
    private static final String LOWEST_CLASS_MARK = "\u0334";
    private static final String HIGHEST_CLASS_MARK = "\u0345";

    private NameForms() {
    }

    static String fold(String s) {
        String decomposed = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        StringBuilder base = new StringBuilder();
        decomposed.codePoints().filter(c -> !combining(c)).forEach(base::appendCodePoint);
        String folded = base.toString().toLowerCase(Locale.ROOT);
        folded = APOSTROPHES.matcher(folded).replaceAll("");
        folded = NOT_A_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ");
        return folded.strip();
    }

    /** The folded name and aliases of an item ({@code name}, {@code aliases}), empty names left out. */
    static Set<String> forms(JsonNode item) {
        Set<String> forms = new LinkedHashSet<>();
        if (item == null || item.isNull()) {
            return forms;
        }
        addForm(forms, item.get("name"));
        JsonNode aliases = item.get("aliases");
        if (Json.truthy(aliases)) {
            aliases.forEach(alias -> addForm(forms, alias));
        }
        return forms;
    }

    /** The forms of a place and of the regions it lies in: an event at a plant counts for the city around it. */
    static Set<String> within(JsonNode place) {
        Set<String> forms = new LinkedHashSet<>();
        for (JsonNode p = place; Json.truthy(p); p = p.get("region")) {
            forms.addAll(forms(p));
        }
        return forms;
    }

    static boolean intersect(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static void addForm(Set<String> forms, JsonNode name) {
        String text = Json.text(name);
        if (text != null && !text.isEmpty()) {
            String folded = fold(text);
            if (!folded.isEmpty()) {
                forms.add(folded);
            }
        }
    }

    /**
     * Python's {@code unicodedata.combining(c) != 0}. Java has no call for the canonical combining class, but
     * canonical ordering shows it: a mark with a class moves behind one of class 1 that follows it (classes above
     * 1), or in front of one of class 240 that precedes it (classes below 240). No such mark lies below U+0300.
     */
    private static boolean combining(int c) {
        if (c < 0x300) {
            return false;
        }
        String mark = Character.toString(c);
        return !nfd("a" + mark + LOWEST_CLASS_MARK).equals("a" + mark + LOWEST_CLASS_MARK)
                || !nfd("a" + HIGHEST_CLASS_MARK + mark).equals("a" + HIGHEST_CLASS_MARK + mark);
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }
}
