package org.frontline.knowledge.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontline.knowledge.WordList;

/**
 * The key under which a person's name is stored and looked up. It folds transliteration variants of one spelling
 * together (Hryhoriy/Hryhorii, -sky/-skiy/-skyy, Gavrilenko/Havrylenko, Kseniya/Ksenia), case, accents and
 * honorifics. It does not fold one language's form of a name into the other's: Petro and Pyotr, Vasyl and
 * Vasily keep different keys, because they are different names that happen to correspond, and a key must
 * never join two people; deciding that two records are one person takes the evidence of the whole record.
 */
public final class PersonNameKey {

    private static final Set<String> HONORIFICS = WordList.words(PersonNameKey.class, "honorifics.txt");

    private PersonNameKey() {
    }

    /** The folded name: honorifics dropped, each word folded (see {@link NameFolding}), words in order. */
    public static String of(String name) {
        List<String> folded = new ArrayList<>();
        for (String word : NameFolding.words(name)) {
            if (!isHonorific(word)) {
                String f = NameFolding.foldWord(word);
                if (!f.isEmpty()) {
                    folded.add(f);
                }
            }
        }
        return String.join(" ", folded);
    }

    /** The folded last word of a name, under which the records that might be the same person are looked up. */
    public static String surname(String name) {
        String key = of(name);
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /** "Mr", "Mr.", "Dr": a title of address, not part of the name. */
    public static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }
}
