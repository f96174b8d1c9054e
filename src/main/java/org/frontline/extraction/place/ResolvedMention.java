package org.frontline.extraction.place;

import org.frontline.knowledge.gazetteer.GazetteerEntry;
import org.frontline.vocabulary.PlaceKind;

/**
 * A place mention with the gazetteer entry it names, or, for a place the gazetteer lacks, the kind the context
 * gives it and the oblast it evidently lies in.
 *
 * @param entry    null when the gazetteer has no such place
 * @param regionId for a place the gazetteer lacks, the gazetteer id of the region the context puts it in, or null
 */
record ResolvedMention(PlaceMention mention, GazetteerEntry entry, PlaceKind kind, String regionId) {

    static ResolvedMention of(PlaceMention mention, GazetteerEntry entry) {
        return new ResolvedMention(mention, entry, entry.kind(), entry.regionId());
    }

    boolean isResolved() {
        return entry != null;
    }
}
