package org.frontline.knowledge.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * First names: the hand-kept East Slavic list (given-names.txt: gender, and which spellings are one name in
 * Ukrainian, Russian and Belarusian) and, for the gender of other names, the first-name list that ships in
 * CoreNLP's models jar when it is on the class path.
 */
public final class GivenNames {

    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final String CORENLP_NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private final Map<String, Integer> groupOfFolded = new HashMap<>();
    private final Map<Integer, Gender> genderOfGroup = new HashMap<>();
    private final Map<String, Gender> otherGenders = new HashMap<>();

    private static final class Standard {
        static final GivenNames INSTANCE = load();
    }

    public static GivenNames standard() {
        return Standard.INSTANCE;
    }

    /** True for a first name of the hand-kept list, in any of its spellings. */
    public boolean isKnown(String word) {
        return groupOfFolded.containsKey(NameFolding.foldWord(word));
    }

    public Gender gender(String firstName) {
        Integer group = groupOfFolded.get(NameFolding.foldWord(firstName));
        if (group != null) {
            return genderOfGroup.get(group);
        }
        return otherGenders.getOrDefault(firstName.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /**
     * Whether two first names can name one person: the same spelling once folded (Hryhoriy/Hrihoriy), one name in two
     * languages (Petro/Pyotr, Vasyl/Vasily), or an initial and a name it begins ("H." and Hryhoriy).
     */
    public boolean compatible(String a, String b) {
        String fa = NameFolding.foldWord(a);
        String fb = NameFolding.foldWord(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return false;
        }
        if (fa.equals(fb)) {
            return true;
        }
        if (isInitial(a) || isInitial(b)) {
            return fa.charAt(0) == fb.charAt(0);
        }
        Integer ga = groupOfFolded.get(fa);
        return ga != null && ga.equals(groupOfFolded.get(fb));
    }

    private static boolean isInitial(String word) {
        String w = word.replace(".", "");
        return w.length() == 1;
    }

    private static GivenNames load() {
        GivenNames names = new GivenNames();
        int group = 0;
        try (BufferedReader reader = reader("given-names.txt", GivenNames.class.getClassLoader(), true)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                group++;
                names.genderOfGroup.put(group, columns[0].equals("F") ? Gender.FEMALE : Gender.MALE);
                for (String form : columns[1].trim().split("\\s+")) {
                    Integer existing = names.groupOfFolded.putIfAbsent(NameFolding.foldWord(form), group);
                    if (existing != null && existing != group) {
                        throw new IllegalStateException("given-names.txt lists " + form + " twice");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (BufferedReader reader = reader(CORENLP_NAMES, GivenNames.class.getClassLoader(), false)) {
            String line;
            while (reader != null && (line = reader.readLine()) != null) {
                String[] columns = line.split("\t");
                if (columns.length == 2 && (columns[1].equals("MALE") || columns[1].equals("FEMALE"))) {
                    names.otherGenders.put(columns[0].toLowerCase(Locale.ROOT), Gender.valueOf(columns[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static BufferedReader reader(String resource, ClassLoader loader, boolean required) {
        String path = resource.contains("/") ? resource : "org/frontline/knowledge/name/" + resource;
        InputStream in = loader.getResourceAsStream(path);
        if (in == null) {
            if (required) {
                throw new IllegalStateException("missing resource " + path);
            }
            return null;
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
