package org.frontline.extraction.place;

import org.frontline.knowledge.gazetteer.GazetteerEntry;
import org.frontline.vocabulary.PlaceKind;

/**
 * How readily a name is taken to mean a place when nothing else tells homonyms apart: capitals before oblast centres
 * before villages, bigger before smaller, GeoNames rows before the bare newer rows, Ukraine before elsewhere.
 */
final class Prominence {

    private Prominence() {
    }

    static double of(GazetteerEntry entry) {
        double rank = switch (entry.featureCode()) {
            case "PPLC", "PCLI" -> 10;
            case "PPLA", "ADM1" -> 8;
            case "RGN" -> 7;
            case "PPLA2", "STM", "SEA", "RSV", "STRT" -> 6;
            case "ADM2" -> 5;
            case "PPLA3" -> 4;
            case "PPLA4" -> 3;
            case "" -> entry.isSupplementary() ? 1 : 3;
            default -> entry.kind() == PlaceKind.SETTLEMENT ? 2 : 4;
        };
        return rank + 2 * Math.log10(entry.population() + 1.0) + country(entry);
    }

    /** The project reports the war in Ukraine: its places come first, then its neighbours'. */
    private static double country(GazetteerEntry entry) {
        if ("UA".equals(entry.countryCode())) {
            return 15;
        }
        return switch (entry.countryCode() == null ? "" : entry.countryCode()) {
            case "RU", "BY", "MD", "PL", "RO" -> 5;
            default -> 0;
        };
    }

    /** With no type word around a name: a settlement or a country before a region, a region before a river. */
    static double kindWithoutHint(GazetteerEntry entry) {
        return switch (entry.kind()) {
            case SETTLEMENT, COUNTRY -> 10;
            case FACILITY -> 6;
            case REGION -> "ADM2".equals(entry.featureCode()) ? 2 : 5;
            case OTHER -> 3;
            case WATER -> 2;
        };
    }
}
