package org.frontline.extraction.event;

/**
 * The side a trigger's sentence attributes the action to, as far as words like "Ukrainian" or "Russia's" tell.
 *
 * @param demonym     "Ukrainian", "Russian"; used in titles
 * @param countryCode ISO 3166 alpha-2 of that side
 */
record Actor(String demonym, String countryCode) {
}
