package org.frontline.knowledge.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Countries with their demonyms and short forms (countries.txt): Ukraine, Ukrainian, UA. */
public final class Countries {

    /** A country: its name, its demonym and every form (name, demonym, short forms). */
    public record Country(String name, String demonym, List<String> forms, String prefixForm) {

        /** The short form put in front of an organization's name (UK, US), or null. */
        public String prefixForm() {
            return prefixForm;
        }
    }

    /** A country named by {@code length} words starting at a position of a word list. */
    public record Match(Country country, int length, boolean demonym) {
    }

    private final Map<String, Country> byForm = new HashMap<>();
    private final Map<String, Boolean> formIsDemonym = new HashMap<>();
    private int longestForm = 1;

    private static final class Standard {
        static final Countries INSTANCE = load();
    }

    public static Countries standard() {
        return Standard.INSTANCE;
    }

    /** The country a form names ("Ukrainian", "UK", "Russian Federation"), or null. */
    public Country find(String form) {
        return byForm.get(normal(form));
    }

    /** The longest country form starting at {@code words[from]}, or null. */
    public Match match(List<String> words, int from) {
        for (int length = Math.min(longestForm, words.size() - from); length >= 1; length--) {
            String form = String.join(" ", words.subList(from, from + length));
            Country country = byForm.get(normal(form));
            if (country != null) {
                return new Match(country, length, formIsDemonym.get(normal(form)));
            }
        }
        return null;
    }

    private static String normal(String form) {
        return form.replace('’', '\'').trim().toLowerCase(Locale.ROOT);
    }

    private static Countries load() {
        Countries countries = new Countries();
        var in = Countries.class.getClassLoader().getResourceAsStream("org/frontline/knowledge/name/countries.txt");
        Objects.requireNonNull(in, "countries.txt");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] forms = line.split("\\|");
                String prefixForm = null;
                for (int i = 0; i < forms.length; i++) {
                    if (forms[i].endsWith("*")) {
                        forms[i] = forms[i].substring(0, forms[i].length() - 1);
                        prefixForm = forms[i];
                    }
                }
                Country country = new Country(forms[0], forms[1], List.of(forms), prefixForm);
                for (int i = 0; i < forms.length; i++) {
                    countries.byForm.put(normal(forms[i]), country);
                    countries.formIsDemonym.put(normal(forms[i]), i == 1);
                    countries.longestForm = Math.max(countries.longestForm, forms[i].split(" ").length);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return countries;
    }
}
