package org.frontline.importjob;

import org.frontline.storage.StoreOutcome;

/** What happened to one article of an import job. */
public enum ImportItemState {
    /** Not handled yet. */
    PENDING,
    /** A new source was stored. */
    IMPORTED,
    /** The same content was imported before; nothing changed. */
    UNCHANGED,
    /** An edited version of an imported source (same url, or same file in the same collection) replaced it. */
    REPLACED,
    /** The input cannot be imported (empty, binary, not UTF-8, too large, not English, malformed, missing...). */
    REJECTED,
    /** Importing the article went wrong inside Frontline; nothing of it was written. */
    FAILED;

    static ImportItemState of(StoreOutcome.Status status) {
        return switch (status) {
            case IMPORTED -> IMPORTED;
            case UNCHANGED -> UNCHANGED;
            case REPLACED -> REPLACED;
        };
    }

    /** @return whether the input needs a person's attention */
    public boolean problem() {
        return this == REJECTED || this == FAILED;
    }
}
