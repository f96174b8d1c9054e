package org.frontline.knowledge.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The world's countries as the JDK knows them (ISO 3166 codes with English, Ukrainian and Russian display names),
 * so the gazetteer needs no country list of its own. Common alternates (UK, Russian Federation...) come from the
 * hand-kept additions.
 */
final class CountryNames {

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    record Country(String code, String name, List<String> aliases) {
    }

    private CountryNames() {
    }

    static List<Country> all() {
        List<Country> countries = new ArrayList<>();
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
            countries.add(new Country(code, name, List.copyOf(names)));
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
}
