package org.frontline.extraction.place;

import org.frontline.vocabulary.TextSpan;

/**
 * One place name in the text, before resolution.
 *
 * @param sentenceIndex the sentence it stands in
 * @param span          the words that name it, with the type word when it stands next to the name ("Vinnytsia
 *                      region", "Dniester River")
 * @param name          the name proper, without the type word ("Vinnytsia")
 * @param spelling      the article's phrase for it, the type word restored when a list shares it ("Cherkasy
 *                      region" in "the Vinnytsia, Cherkasy and Chernivtsi regions")
 * @param hint          what the surrounding words say about the sort of place
 * @param tag           the entity recogniser's opinion
 * @param list          the mentions of one coordinated list ("A, B and C") share a number; -1 when alone
 * @param sentenceStart whether the name is the sentence's first word (capitalised anyway)
 * @param extent        what the words around the name say about its extent, which tells an oblast from its
 *                      like-named capital
 */
public record PlaceMention(int sentenceIndex, TextSpan span, String name, String spelling, PlaceHint hint,
        EntityClass tag, int list, boolean sentenceStart, Extent extent) {

    /** The words around a name that tell a wide area from a point on the map. */
    public enum Extent {
        /** Nothing said. */
        NONE,
        /** "near X", "outside X", "residents of X", "evacuate X", "strikes on X": a city. */
        POINT,
        /** "neighbouring X", "into X", "across X", "all of X", "eastern X", "the X front": a region, in an article
         * about that region. */
        WIDE,
        /** "the region of X", "X area", "X and the adjacent province of Y", "a region consisting of X and Y". */
        AREA
    }

    PlaceMention asRegion() {
        return new PlaceMention(sentenceIndex, span, name, spelling, PlaceHint.REGION, tag, list, sentenceStart,
                extent);
    }

    /** The entity recogniser's tag folded to what matters for places. */
    public enum EntityClass {
        CITY, REGION, COUNTRY, LOCATION, PERSON, ORGANIZATION, NONE;

        public boolean isPlace() {
            return this == CITY || this == REGION || this == COUNTRY || this == LOCATION;
        }

        static EntityClass of(String tag) {
            if (tag == null) {
                return NONE;
            }
            return switch (tag) {
                case "CITY" -> CITY;
                case "STATE_OR_PROVINCE" -> REGION;
                case "COUNTRY" -> COUNTRY;
                case "LOCATION", "GPE" -> LOCATION;
                case "PERSON" -> PERSON;
                case "ORGANIZATION" -> ORGANIZATION;
                default -> NONE;
            };
        }
    }

    public boolean inList() {
        return list >= 0;
    }
}
