package org.frontline.knowledge.name;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.frontline.knowledge.WordList;

/**
 * The folding key of an organization's name, the database's unique name key: the set of its meaningful words, with
 * a country however it is written (Russia, Russian, Russia's, Russian Federation) as the country, and British and
 * American spellings alike. So "Russian Defence Ministry", "Russia's defense ministry", "Ministry of Defence of
 * Russia" and "Russian Ministry of Defense" share one key; "the SBU press service" is the SBU.
 */
public final class OrganizationNameKey {

    private static final Set<String> STOP_WORDS = WordList.words(OrganizationNameKey.class,
            "organization-stop-words.txt");
    private static final Map<String, String> SPELLINGS = WordList.pairs(OrganizationNameKey.class,
            "british-spellings.tsv");

    private OrganizationNameKey() {
    }

    public static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("['’`ʼ]s\\b", "").replaceAll("['’`ʼ]", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(List.of(folded.split("[^\\p{L}\\p{N}]+")));
        words.removeIf(String::isEmpty);
        if (words.size() > 2 && words.get(words.size() - 2).equals("press")
                && Set.of("service", "office").contains(words.get(words.size() - 1))) {
            words = words.subList(0, words.size() - 2);
        }
        TreeSet<String> key = new TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            Countries.Match country = Countries.standard().match(words, i);
            if (country != null) {
                key.add(country.country().name().toLowerCase(Locale.ROOT).replace(' ', '_'));
                i += country.length() - 1;
                continue;
            }
            String word = SPELLINGS.getOrDefault(words.get(i), words.get(i));
            if (!STOP_WORDS.contains(word)) {
                key.add(word);
            }
        }
        return String.join(" ", key);
    }
}
