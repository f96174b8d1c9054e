package org.frontline.extraction.actor;

/**
 * One place where an organization is named.
 *
 * @param surface      the name as written (without a leading article)
 * @param acronym      the acronym given in brackets right after it, or null
 * @param pressService whether "press service" follows: the organization speaking through its press service
 * @param lowercase    whether it is a lowercase description after a country ("Russia's defence ministry")
 */
record OrganizationMention(NameMention range, String surface, String acronym, boolean pressService,
        boolean lowercase) {
}
