package org.frontline.resolution.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frontline.knowledge.WordList;
import org.frontline.knowledge.name.Countries;
import org.frontline.knowledge.name.EditDistance;
import org.frontline.knowledge.name.GivenNames;
import org.frontline.knowledge.name.PersonNameKey;

/**
 * Whether two person records, from different articles or spellings, are one real person. Their name keys
 * ({@link PersonNameKey}) are where it starts; the record's other spellings, first names that correspond across
 * languages, near spellings of a surname and the roles decide the rest.
 */
public final class PersonIdentity {

    private static final Set<String> ROLE_STOP_WORDS = WordList.words(PersonIdentity.class, "role-stop-words.txt");
    private static final Map<String, String> ROLE_SYNONYMS = WordList.pairs(PersonIdentity.class, "role-synonyms.tsv");

    private PersonIdentity() {
    }

    /**
     * Whether two records are one real person:
     * <ul>
     * <li>a spelling of one has the key of a spelling of the other;</li>
     * <li>or the surnames fold alike and the first names are one name (Pyotr/Petro, an initial);</li>
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
            String key = PersonNameKey.of(form);
            if (!key.isEmpty()) {
                forms.add(List.of(key.split(" ")));
            }
        }
        return forms;
    }

    private static boolean closeSurnames(String x, String y) {
        int shorter = Math.min(x.length(), y.length());
        int allowed = shorter >= 6 ? 2 : shorter >= 4 ? 1 : 0;
        return allowed > 0 && EditDistance.bounded(x, y, allowed) <= allowed;
    }

    private static boolean closeFirstNames(String x, String y) {
        return x.equals(y) || GivenNames.standard().compatible(x, y)
                || Math.min(x.length(), y.length()) >= 4 && EditDistance.bounded(x, y, 1) <= 1;
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
