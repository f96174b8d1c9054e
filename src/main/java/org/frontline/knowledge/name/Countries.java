package org.frontline.knowledge.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontline.knowledge.WordList;

/**
 * The one table of countries: every ISO 3166 country with its English, Ukrainian and Russian names as the JDK knows
 * them ({@link #official()}), and, for the countries news writes about, the forms English news uses (countries.txt):
 * the name, the demonym and short forms (Ukraine, Ukrainian, UA).
 */
public final class Countries {

    /** A country as news names it: its code, name, demonym and every form (name, demonym, short forms). */
    public record Country(String code, String name, String demonym, List<String> forms, String prefixForm) {

        /** The short form put in front of an organization's name (UK, US), or null. */
        public String prefixForm() {
            return prefixForm;
        }
    }

    /** A country named by {@code length} words starting at a position of a word list. */
    public record Match(Country country, int length, boolean demonym) {
    }

    /** A country under its official names: the English one first, then other English forms, Ukrainian, Russian. */
    public record OfficialNames(String code, String name, List<String> aliases) {
    }

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Map<String, Country> byForm = new HashMap<>();
    private final Map<String, Boolean> formIsDemonym = new HashMap<>();
    private final Map<String, Country> byCode = new HashMap<>();
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

    /** The country whose people a word names: its demonym, singular or plural ("Ukrainian", "Russians"). */
    public Optional<Country> ofDemonym(String word) {
        String form = normal(word);
        String singular = form.endsWith("s") ? form.substring(0, form.length() - 1) : form;
        for (String candidate : List.of(form, singular)) {
            if (Boolean.TRUE.equals(formIsDemonym.get(candidate))) {
                return Optional.of(byForm.get(candidate));
            }
        }
        return Optional.empty();
    }

    /** The country with an ISO 3166 alpha-2 code, if news names it. */
    public Optional<Country> withCode(String code) {
        return Optional.ofNullable(byCode.get(code));
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

    /** Every ISO 3166 country under the names the JDK's locale data gives it, so no list of them is kept here. */
    public static List<OfficialNames> official() {
        List<OfficialNames> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            String english = country.getDisplayCountry(Locale.ENGLISH);
            if (english.isBlank() || english.equals(code)) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>(englishForms(english));
            names.add(country.getDisplayCountry(UKRAINIAN));
            names.add(country.getDisplayCountry(RUSSIAN));
            String name = names.iterator().next();
            names.remove(name);
            names.removeIf(n -> n.isBlank() || n.equals(code));
            countries.add(new OfficialNames(code, name, List.copyOf(names)));
        }
        return countries;
    }

    /**
     * CLDR writes "Bosnia & Herzegovina", "St. Lucia", "Myanmar (Burma)", "Congo - Kinshasa"; news writes "and",
     * "Saint", either name of the pair, and a hyphen.
     */
    static List<String> englishForms(String display) {
        Set<String> forms = new LinkedHashSet<>();
        String plain = display.replace(" & ", " and ").replace(" - ", "-");
        int parenthesis = plain.indexOf(" (");
        if (parenthesis > 0 && plain.endsWith(")")) {
            forms.add(plain.substring(0, parenthesis));
            forms.add(plain.substring(parenthesis + 2, plain.length() - 1));
        } else {
            forms.add(plain);
        }
        for (String form : List.copyOf(forms)) {
            if (form.startsWith("St. ")) {
                forms.add("Saint " + form.substring(4));
            }
        }
        forms.add(display);
        return List.copyOf(forms);
    }

    private static String normal(String form) {
        return form.replace('’', '\'').trim().toLowerCase(Locale.ROOT);
    }

    private static Countries load() {
        Countries countries = new Countries();
        for (String[] row : WordList.rows(Countries.class, "countries.txt")) {
            String[] columns = row[0].split("\\|");
            String code = columns[0];
            String[] forms = Arrays.copyOfRange(columns, 1, columns.length);
            String prefixForm = null;
            for (int i = 0; i < forms.length; i++) {
                if (forms[i].endsWith("*")) {
                    forms[i] = forms[i].substring(0, forms[i].length() - 1);
                    prefixForm = forms[i];
                }
            }
            Country country = new Country(code, forms[0], forms[1], List.of(forms), prefixForm);
            countries.byCode.put(code, country);
            for (int i = 0; i < forms.length; i++) {
                countries.byForm.put(normal(forms[i]), country);
                countries.formIsDemonym.put(normal(forms[i]), i == 1);
                countries.longestForm = Math.max(countries.longestForm, forms[i].split(" ").length);
            }
        }
        return countries;
    }
}
