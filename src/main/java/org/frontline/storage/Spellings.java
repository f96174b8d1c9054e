package org.frontline.storage;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The distinct, trimmed spellings of an entity: its name first, then its aliases. */
final class Spellings {

    private Spellings() {
    }

    static Set<String> of(String name, List<String> aliases) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(name.strip());
        aliases.forEach(alias -> spellings.add(alias.strip()));
        spellings.removeIf(String::isEmpty);
        return spellings;
    }
}
