package org.frontline.extraction.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.frontline.vocabulary.EventType;

/**
 * A short title made from the event's type, its side and its places ("Ukrainian forces regain control of
 * Vovchansk"), never a sentence copied from the article.
 */
final class EventTitles {

    private EventTitles() {
    }

    static String title(EventType type, String label, Optional<Actor> actor, List<String> placeNames) {
        String places = placeList(placeNames);
        String forces = actor.map(a -> a.demonym() + " forces").orElse(null);
        return switch (type) {
            case TERRITORY_REGAINED -> forces == null ? "Control of " + places + " regained"
                    : forces + " regain control of " + places;
            case TERRITORY_CAPTURED -> forces == null ? places + " captured" : forces + " capture " + places;
            case WITHDRAWAL -> (forces == null ? "Forces" : forces) + " withdraw from " + places;
            case ATTACK -> capitalise(actor.map(a -> a.demonym() + " " + label).orElse(label)) + " near " + places;
            case CIVILIAN_HARM -> capitalise(label) + " in " + places;
            case MASS_GRAVE -> "Mass grave found near " + places;
            case AID_PLEDGE -> capitalise(label) + " announced in " + places;
            case POLITICAL -> capitalise(label) + ": " + places;
            case EVACUATION -> "Evacuation of " + places;
            case OTHER -> capitalise(label) + " in " + places;
        };
    }

    private static String placeList(List<String> names) {
        if (names.isEmpty()) {
            return "an unnamed place";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        if (names.size() == 3) {
            return names.get(0) + ", " + names.get(1) + " and " + names.get(2);
        }
        return names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " other places";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
