package org.frontline.resolution.person;

import java.util.List;

/** What is known of a person when deciding identity: the name, the other spellings, the role (may be null). */
public record PersonRecord(String name, List<String> aliases, String role) {

    public PersonRecord {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
