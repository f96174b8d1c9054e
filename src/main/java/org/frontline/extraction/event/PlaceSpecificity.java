package org.frontline.extraction.event;

import java.util.List;
import java.util.function.Function;
import org.frontline.vocabulary.PlaceKind;

/**
 * Keeps the most specific places of an event: settlements and facilities over regions, rivers and seas, and those
 * over countries. "Troops sank a barge on the Inhulets near Snihurivka in the Mykolaiv region" happened at
 * Snihurivka; an event named only by a country is too vague to place, count or match, and is not kept at all. A
 * place of kind OTHER (one the gazetteer could not resolve) ranks with settlements: most such names in war reports
 * are villages too small for the gazetteer, and one of them in a list of villages must not be dropped.
 */
final class PlaceSpecificity {

    private PlaceSpecificity() {
    }

    static <T> List<T> mostSpecific(List<T> places, Function<T, PlaceKind> kindOf) {
        int best = places.stream().mapToInt(p -> tier(kindOf.apply(p))).min().orElse(Integer.MAX_VALUE);
        if (best == tier(PlaceKind.COUNTRY)) {
            return List.of();
        }
        return places.stream().filter(p -> tier(kindOf.apply(p)) == best).toList();
    }

    private static int tier(PlaceKind kind) {
        if (kind == null) {
            return 0;
        }
        return switch (kind) {
            case SETTLEMENT, FACILITY, OTHER -> 0;
            case REGION, WATER -> 1;
            case COUNTRY -> 2;
        };
    }
}
