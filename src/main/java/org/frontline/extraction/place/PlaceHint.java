package org.frontline.extraction.place;

/** What the words around a name say about the sort of place it is. */
public enum PlaceHint {
    /** Nothing said. */
    NONE,
    /** "the X" standing alone: rivers, seas and regions take the article, towns do not ("across the Dniester"). */
    DEFINITE,
    /** "X region", "X Oblast", "the regions of X and Y", "X province". */
    REGION,
    /** "X district", "X raion". */
    DISTRICT,
    /** "the X River", "the river X". */
    WATER,
    /** "the city of X", "the town of X", "X city". */
    SETTLEMENT,
    /** "the village of X", "X, one of the villages...": a small place, never a foreign capital. */
    VILLAGE;

    /** Hints that come from explicit words, strong enough to make any capitalised name a place. */
    public boolean isExplicit() {
        return this != NONE && this != DEFINITE;
    }
}
