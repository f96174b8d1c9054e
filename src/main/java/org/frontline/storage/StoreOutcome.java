package org.frontline.storage;

/**
 * What importing one article did.
 *
 * @param sourceId the stored source's id (the existing one when unchanged)
 */
public record StoreOutcome(Status status, long sourceId) {

    public enum Status {
        /** A new source was stored. */
        IMPORTED,
        /** The same content was imported before; nothing changed. */
        UNCHANGED,
        /** An edited version of an imported source (same url, or same file in the same collection) replaced it. */
        REPLACED
    }
}
