package org.frontline.resolution.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frontline.knowledge.name.Countries;
import org.frontline.knowledge.name.EditDistanceWithSwaps;
import org.frontline.knowledge.name.GivenNames;
import org.frontline.knowledge.name.NameFolding;

/**
 * Identity of people across articles.
 *
 * <p>{@link #key} folds transliteration variants of one spelling together (Oleg/Oleh, Serhiy/Serhii/Sergei,
 * Zelensky/Zelenskiy/Zelenskyy, Gaidai/Haidai, Natalia/Natalya): it is the database's unique name key. It does not
 * fold one language's form of a name into the other's: Oleksandr and Aleksandr, Volodymyr and Vladimir keep
 * different keys, because they are different names that happen to correspond, and the key must never join two
 * people. {@link #samePerson} goes further, with the evidence of the whole record.
 */
public final class PersonIdentity {

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "madam");
    private static final Set<String> ROLE_STOP_WORDS = Set.of("of", "the", "for", "and", "in", "on", "to", "a", "an",
            "at", "by", "with", "from", "head", "chief", "deputy", "first", "acting", "former", "regional", "military",
            "official", "ukraine", "russia", "state", "national", "senior");
    private static final Map<String, String> ROLE_SYNONYMS = Map.ofEntries(
            Map.entry("spokesman", "spokesperson"), Map.entry("spokeswoman", "spokesperson"),
            Map.entry("representative", "spokesperson"), Map.entry("press", "spokesperson"),
            Map.entry("defense", "defence"), Map.entry("southern", "south"), Map.entry("northern", "north"),
            Map.entry("eastern", "east"), Map.entry("western", "west"), Map.entry("advisor", "adviser"),
            Map.entry("oblast", "region"), Map.entry("province", "region"), Map.entry("provincial", "region"));

    private PersonIdentity() {
    }

    /** The folded name: honorifics dropped, each word folded (see {@link NameFolding}), words in order. */
    public static String key(String name) {
        List<String> folded = new ArrayList<>();
        for (String word : NameFolding.words(name)) {
            if (!HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""))) {
                String f = NameFolding.foldWord(word);
                if (!f.isEmpty()) {
                    folded.add(f);
                }
            }
        }
        return String.join(" ", folded);
    }

    /**
     * The folded last word of a name: the store can look up the records that {@link #samePerson} might join with a
     * new one among those whose key or alias keys end with it, or are close to it.
     */
    public static String surnameKey(String name) {
        String key = key(name);
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /**
     * Whether two records are one real person:
     * <ul>
     * <li>a spelling of one has the key of a spelling of the other;</li>
     * <li>or the surnames fold alike and the first names are one name (Vladimir/Volodymyr, an initial);</li>
     * <li>or the surnames are close (one or two edits once folded: Lysenko/Lisenko), the first names fold alike or
     * nearly, and both roles are known and share a meaningful word (spokesperson, south);</li>
     * <li>or one record is a bare surname, that surname is the other's, and the roles do not contradict.</li>
     * </ul>
     * Never on a shared first name alone, nor on a shared surname with different first names.
     */
    public static boolean samePerson(PersonRecord a, PersonRecord b) {
        List<List<String>> formsA = forms(a);
        List<List<String>> formsB = forms(b);
        for (List<String> x : formsA) {
            for (List<String> y : formsB) {
                if (x.size() >= 2 && y.size() >= 2 && x.equals(y)) {
                    return true;
                }
            }
        }
        boolean rolesShareWord = rolesShareWord(a.role(), b.role());
        boolean rolesAgree = a.role() == null || b.role() == null || rolesShareWord;
        GivenNames givenNames = GivenNames.standard();
        for (List<String> x : formsA) {
            for (List<String> y : formsB) {
                if (x.size() >= 2 && y.size() >= 2) {
                    String surnameX = x.get(x.size() - 1);
                    String surnameY = y.get(y.size() - 1);
                    if (surnameX.equals(surnameY) && givenNames.compatible(x.get(0), y.get(0)) && rolesAgree) {
                        return true;
                    }
                    if (closeSurnames(surnameX, surnameY) && closeFirstNames(x.get(0), y.get(0)) && rolesShareWord) {
                        return true;
                    }
                }
            }
        }
        boolean bareA = formsA.stream().allMatch(f -> f.size() == 1);
        boolean bareB = formsB.stream().allMatch(f -> f.size() == 1);
        if (bareA || bareB) {
            for (List<String> x : formsA) {
                for (List<String> y : formsB) {
                    if (x.get(x.size() - 1).equals(y.get(y.size() - 1)) && (bareA && x.size() == 1 || bareB && y.size() == 1)
                            && rolesAgree) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Each spelling as its folded words. */
    private static List<List<String>> forms(PersonRecord record) {
        List<List<String>> forms = new ArrayList<>();
        List<String> all = new ArrayList<>();
        all.add(record.name());
        all.addAll(record.aliases());
        for (String form : all) {
            if (form == null) {
                continue;
            }
            String key = key(form);
            if (!key.isEmpty()) {
                forms.add(List.of(key.split(" ")));
            }
        }
        return forms;
    }

    private static boolean closeSurnames(String x, String y) {
        int shorter = Math.min(x.length(), y.length());
        int allowed = shorter >= 6 ? 2 : shorter >= 4 ? 1 : 0;
        return allowed > 0 && EditDistanceWithSwaps.of(x, y) <= allowed;
    }

    private static boolean closeFirstNames(String x, String y) {
        return x.equals(y) || GivenNames.standard().compatible(x, y)
                || Math.min(x.length(), y.length()) >= 4 && EditDistanceWithSwaps.of(x, y) <= 1;
    }

    static boolean rolesShareWord(String roleA, String roleB) {
        if (roleA == null || roleB == null) {
            return false;
        }
        Set<String> a = roleWords(roleA);
        a.retainAll(roleWords(roleB));
        return !a.isEmpty();
    }

    private static Set<String> roleWords(String role) {
        Set<String> words = new HashSet<>();
        for (String raw : role.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            Countries.Country country = Countries.standard().find(raw);
            String word = country != null ? country.name().toLowerCase(Locale.ROOT) : raw;
            word = ROLE_SYNONYMS.getOrDefault(word, word);
            if (word.endsWith("s") && word.length() > 4 && !word.endsWith("ss")) {
                word = word.substring(0, word.length() - 1);
            }
            word = ROLE_SYNONYMS.getOrDefault(word, word);
            if (!ROLE_STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
