package org.frontline.extraction.event;

/** Whether a trigger reports something as having happened, and if not, why not. */
enum Factuality {
    /** Reported as having happened (or happening). */
    ASSERTED,
    /** "did not capture", "denied recapturing", "failed to withstand". */
    NEGATED,
    /** Possible, planned, threatened, conditional, future, or a speaker's rhetoric: "may attack", "plans to retake". */
    HYPOTHETICAL,
    /** Told as the setting for something else: "after Russia's withdrawal", "the retaken town". */
    BACKGROUND,
    /** About places in general rather than a place: "dozens of villages that were liberated". */
    GENERIC
}
