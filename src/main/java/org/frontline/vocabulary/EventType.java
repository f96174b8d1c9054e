package org.frontline.vocabulary;

/**
 * Frontline's event taxonomy. The README maps each value to ACLED's event and sub-event types.
 */
public enum EventType {
    /** Ukrainian or other forces take back ground that was occupied (ACLED: Battles / Non-state actor overtakes territory is the closest; government regains territory). */
    TERRITORY_REGAINED,
    /** A force takes ground it did not hold (ACLED: Battles / ... overtakes territory). */
    TERRITORY_CAPTURED,
    /** A force pulls out of a place (ACLED: Strategic developments / Non-violent transfer of territory). */
    WITHDRAWAL,
    /** Shelling, strikes, assaults, armed clashes (ACLED: Battles / Armed clash; Explosions/Remote violence). */
    ATTACK,
    /** Civilians killed, wounded, detained or tortured (ACLED: Violence against civilians). */
    CIVILIAN_HARM,
    /** Burial sites with victims found (ACLED: Violence against civilians, reported later). */
    MASS_GRAVE,
    /** Military or humanitarian aid promised or delivered (ACLED: Strategic developments / Agreement). */
    AID_PLEDGE,
    /** Statements, decisions, referendums, talks (ACLED: Strategic developments / Other). */
    POLITICAL,
    /** People moved out of danger (ACLED: Strategic developments / Other). */
    EVACUATION,
    /** Anything else the text reports as having happened. */
    OTHER;

    /** Families group types that describe the same kind of happening, so their mentions can be merged. */
    public String family() {
        return switch (this) {
            case TERRITORY_REGAINED, TERRITORY_CAPTURED, WITHDRAWAL -> "territory";
            case ATTACK -> "combat";
            case CIVILIAN_HARM, MASS_GRAVE -> "atrocity";
            case AID_PLEDGE -> "aid";
            case POLITICAL -> "political";
            case EVACUATION -> "evacuation";
            case OTHER -> "other";
        };
    }
}
