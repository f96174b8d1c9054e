package org.frontline.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word list kept as data rather than code: a UTF-8 resource beside the class that reads it, opening with a header
 * of {@code #} lines that says what the list is and where it came from. Blank lines and later {@code #} lines are
 * comments. Lists are read once, into the reading class's constants.
 *
 * <p>A list of pairs ({@code .tsv}) holds a word, a tab and what it stands for.
 */
public final class WordList {

    private WordList() {
    }

    /** The entries of a list, one per line, in file order. */
    public static Set<String> words(Class<?> owner, String file) {
        return Set.copyOf(new LinkedHashSet<>(entries(owner, file)));
    }

    /** The pairs of a two-column list: the first column to the second. */
    public static Map<String, String> pairs(Class<?> owner, String file) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String entry : entries(owner, file)) {
            String[] columns = entry.split("\t+");
            if (columns.length != 2) {
                throw new IllegalStateException(file + ": not two tab-separated columns: " + entry);
            }
            pairs.put(columns[0].strip(), columns[1].strip());
        }
        return Map.copyOf(pairs);
    }

    /** The entries of a list, each split at its tabs. */
    public static List<String[]> rows(Class<?> owner, String file) {
        return entries(owner, file).stream().map(entry -> entry.split("\t", -1)).toList();
    }

    private static List<String> entries(Class<?> owner, String file) {
        InputStream in = owner.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("word list " + file + " is missing beside " + owner.getName());
        }
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line == null || !line.startsWith("#")) {
                throw new IllegalStateException("word list " + file + " has no header saying what it is");
            }
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
