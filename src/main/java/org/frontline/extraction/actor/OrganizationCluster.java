package org.frontline.extraction.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.knowledge.name.Countries;
import org.frontline.vocabulary.TextSpan;

/** The mentions of one organization within one article, and the names it goes by. */
final class OrganizationCluster {

    private static final Pattern COUNTRY_POSSESSIVE = Pattern.compile("(\\p{Lu}[\\p{L} .]*?)['’]s ");
    private static final Pattern OF_COUNTRY = Pattern.compile("^(.+) of (?:the )?(.+)$");
    private static final Pattern X_MINISTRY = Pattern.compile("^(.*?)\\b(?!Foreign\\b)(\\p{Lu}[\\p{L}]+) Ministry\\b(.*)$");
    private static final Pattern MINISTRY_OF_X = Pattern.compile("^(.*?)\\bMinistry of (\\p{Lu}[\\p{L}]+)(.*)$");

    private final List<OrganizationMention> mentions = new ArrayList<>();
    private final Set<String> keys = new LinkedHashSet<>();
    private final Set<String> acronyms = new LinkedHashSet<>();

    void add(OrganizationMention mention, String key) {
        mentions.add(mention);
        keys.add(key);
        if (mention.acronym() != null) {
            acronyms.add(mention.acronym());
        }
    }

    void absorb(OrganizationCluster other) {
        mentions.addAll(other.mentions);
        keys.addAll(other.keys);
        acronyms.addAll(other.acronyms);
        mentions.sort(Comparator.comparingInt(m -> m.range().first()));
    }

    Set<String> keys() {
        return keys;
    }

    Set<String> acronyms() {
        return acronyms;
    }

    /** The initials of its capitalised names ("United Nations" → "UN"), which later mentions may use. */
    Set<String> initials() {
        Set<String> initials = new LinkedHashSet<>();
        for (OrganizationMention mention : mentions) {
            String letters = initialsOf(mention);
            if (letters != null) {
                initials.add(letters);
            }
        }
        return initials;
    }

    boolean hasSurface(String surface) {
        return mentions.stream().anyMatch(m -> m.surface().equals(surface));
    }

    /** The initials of a capitalised name of two words or more, or null. */
    static String initialsOf(OrganizationMention mention) {
        StringBuilder letters = new StringBuilder();
        for (String word : mention.surface().split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                letters.append(word.charAt(0));
            }
        }
        return letters.length() >= 2 && !mention.lowercase() ? letters.toString() : null;
    }

    int firstToken() {
        return mentions.stream().mapToInt(m -> m.range().first()).min().orElse(0);
    }

    List<TextSpan> spans(TokenSequence tokens) {
        return mentions.stream().map(m -> tokens.span(m.range().first(), m.range().end()))
                .sorted(Comparator.comparingInt(TextSpan::start)).toList();
    }

    /** Whether {@code bare} names this organization without its country ("Ministry of Defence"). */
    boolean qualifies(OrganizationCluster bare) {
        for (String bareKey : bare.keys) {
            Set<String> b = words(bareKey);
            if (b.stream().anyMatch(OrganizationCluster::isCountry)) {
                continue;
            }
            for (String key : keys) {
                Set<String> q = words(key);
                if (q.size() > b.size() && q.containsAll(b)
                        && q.stream().filter(w -> !b.contains(w)).allMatch(OrganizationCluster::isCountry)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> words(String key) {
        return new LinkedHashSet<>(Arrays.asList(key.split(" ")));
    }

    private static boolean isCountry(String keyWord) {
        return Countries.standard().find(keyWord.replace('_', ' ')) != null;
    }

    /** The proper name written with most capitalised words; a lowercase description only when there is none. */
    String name() {
        String best = null;
        for (OrganizationMention mention : mentions) {
            if (!mention.lowercase() && (best == null || rank(mention.surface()) > rank(best))) {
                best = mention.surface();
            }
        }
        if (best == null) {
            return display(mentions.get(0).surface());
        }
        return startsWithCountryPossessive(best) ? display(best) : best;
    }

    /** "Ukraine's General Staff": better named "Ukrainian General Staff". */
    private static boolean startsWithCountryPossessive(String name) {
        Matcher possessive = COUNTRY_POSSESSIVE.matcher(name);
        return possessive.lookingAt() && Countries.standard().find(possessive.group(1)) != null;
    }

    private static int rank(String surface) {
        int capitalised = 0;
        for (String word : surface.split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                capitalised++;
            }
        }
        return capitalised * 1000 + surface.length();
    }

    /** Every other name: as written, as a proper name, with the country in front or behind, and acronyms. */
    List<String> aliases() {
        String name = name();
        Set<String> forms = new LinkedHashSet<>();
        for (OrganizationMention mention : mentions) {
            forms.add(mention.surface());
            if (mention.lowercase()) {
                forms.add(display(mention.surface()));
            }
        }
        for (String form : new ArrayList<>(forms)) {
            forms.addAll(variants(form));
        }
        forms.addAll(acronyms);
        if (mentions.stream().anyMatch(OrganizationMention::pressService)) {
            forms.add(name + " press service");
            forms.add("press service of the " + name);
            acronyms.forEach(acronym -> forms.add(acronym + " press service"));
        }
        Map<String, String> byFold = new LinkedHashMap<>();
        for (String form : forms) {
            byFold.putIfAbsent(fold(form), form);
        }
        byFold.remove(fold(name));
        return List.copyOf(byFold.values());
    }

    private static String fold(String form) {
        return form.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").trim();
    }

    /** "Russia's defence ministry" → "Russian Defence Ministry". */
    static String display(String lowercase) {
        List<String> words = new ArrayList<>(List.of(lowercase.replace("’s", "").replace("'s", "").split("\\s+")));
        Countries.Match country = Countries.standard().match(words, 0);
        if (country != null) {
            words = new ArrayList<>(words.subList(country.length(), words.size()));
            words.add(0, country.country().demonym());
        }
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(out.length() == 0 ? "" : " ")
                    .append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /** "Ministry of Defence of the United Kingdom" → "UK Ministry of Defence", "British Ministry of Defence"; and
     *  "Defence Ministry" ↔ "Ministry of Defence". */
    static List<String> variants(String form) {
        List<String> variants = new ArrayList<>();
        Matcher ofCountry = OF_COUNTRY.matcher(form);
        if (ofCountry.matches()) {
            Countries.Country country = Countries.standard().find(ofCountry.group(2));
            if (country != null) {
                if (country.prefixForm() != null) {
                    variants.add(country.prefixForm() + " " + ofCountry.group(1));
                }
                variants.add(country.demonym() + " " + ofCountry.group(1));
            }
        }
        for (String v : new ArrayList<>(List.of(form))) {
            Matcher xMinistry = X_MINISTRY.matcher(v);
            if (xMinistry.matches()) {
                variants.add(xMinistry.group(1) + "Ministry of " + xMinistry.group(2) + xMinistry.group(3));
            }
            Matcher ministryOfX = MINISTRY_OF_X.matcher(v);
            if (ministryOfX.matches() && !ministryOfX.group(3).startsWith(" of")) {
                variants.add(ministryOfX.group(1) + ministryOfX.group(2) + " Ministry" + ministryOfX.group(3));
            }
        }
        for (String v : new ArrayList<>(variants)) {
            Matcher ministryOfX = MINISTRY_OF_X.matcher(v);
            if (ministryOfX.matches() && ministryOfX.group(3).isEmpty()) {
                variants.add(ministryOfX.group(1) + ministryOfX.group(2) + " Ministry");
            }
        }
        return variants;
    }
}
