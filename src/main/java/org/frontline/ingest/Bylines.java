package org.frontline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that name an article's author: "By Jane Doe", "By JANE DOE and John Roe, Reuters", "Reporting by Jane Doe;
 * Editing by John Roe", "Author: Jane Doe", "Jane Doe, Reuters", "Jane Doe | Foo Media", or a bare "Jane Doe".
 */
final class Bylines {

    /** @param affiliation the news agency or outlet named with the author, or null */
    record Byline(String author, String affiliation) {
    }

    private static final Pattern INTRODUCED = Pattern.compile(
            "^[^\\p{L}]*(?:by|written by|words by|story by|reporting by|reported by|text by|author|authors)"
                    + "\\s*:?\\s+(?<rest>\\p{Lu}.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEGMENT_BREAK = Pattern.compile(
            "\\s*(?:[;|•]|\\s[-–—]\\s|\\bEditing by\\b|\\s(?:on|at|updated|published)\\s).*$");
    private static final Pattern NAME_AND_AFFILIATION = Pattern.compile(
            "^(?<name>[^,|–—]+?)\\s*(?:,|\\||\\s[-–—])\\s*(?<affiliation>[^,|–—]+?)[\\s.]*$");
    private static final Pattern AFFILIATION = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}&.'’\\-]*)(?:\\s+\\p{Lu}[\\p{L}&.'’\\-]*){0,3}");

    private Bylines() {
    }

    /** A line introduced by "By", "Written by", "Author:" and the like, naming one or more people. */
    static Optional<Byline> introduced(String line) {
        Matcher matcher = INTRODUCED.matcher(line.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String rest = SEGMENT_BREAK.matcher(matcher.group("rest")).replaceFirst("").strip();
        String[] parts = rest.split("\\s*,\\s*");
        List<String> names = new ArrayList<>();
        String affiliation = null;
        for (String part : parts) {
            List<String> joined = List.of(part.split("\\s+(?:and|&)\\s+"));
            if (affiliation == null && joined.stream().allMatch(NameShape::isName)) {
                joined.stream().map(NameShape::normalise).forEach(names::add);
            } else if (affiliation == null && !names.isEmpty() && isAffiliation(part)) {
                affiliation = part.strip();
            } else {
                break;
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Byline(joinNames(names), affiliation));
    }

    /** "Jane Doe, Reuters" or "Jane Doe | Foo Media": a name and an outlet, with nothing else on the line. */
    static Optional<Byline> nameWithAffiliation(String line) {
        Matcher matcher = NAME_AND_AFFILIATION.matcher(line.strip());
        if (!matcher.matches() || !NameShape.isName(matcher.group("name"))
                || !isAffiliation(matcher.group("affiliation"))) {
            return Optional.empty();
        }
        return Optional.of(new Byline(NameShape.normalise(matcher.group("name")),
                matcher.group("affiliation").strip()));
    }

    /** A line that is a name and nothing else, as sites print the author under an article. */
    static Optional<String> bareName(String line) {
        String name = line.strip();
        return NameShape.isName(name) ? Optional.of(NameShape.normalise(name)) : Optional.empty();
    }

    private static boolean isAffiliation(String text) {
        String candidate = text.strip();
        return AFFILIATION.matcher(candidate).matches() && DateExpressions.firstDate(candidate).isEmpty()
                && !NameShape.isName(candidate);
    }

    private static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
