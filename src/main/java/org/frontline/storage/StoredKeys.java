package org.frontline.storage;

import java.util.HashMap;
import java.util.Map;

/** What one article's local entity keys became in the database, filled in as the store writes. */
final class StoredKeys {

    private final Map<String, Long> places = new HashMap<>();
    private final Map<String, Long> people = new HashMap<>();
    private final Map<String, Long> organizations = new HashMap<>();

    void place(String key, long id) {
        places.put(key, id);
    }

    void person(String key, long id) {
        people.put(key, id);
    }

    void organization(String key, long id) {
        organizations.put(key, id);
    }

    Long place(String key) {
        return places.get(key);
    }

    Long person(String key) {
        return people.get(key);
    }

    Long organization(String key) {
        return organizations.get(key);
    }
}
