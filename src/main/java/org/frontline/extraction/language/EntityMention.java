package org.frontline.extraction.language;

/**
 * A named-entity mention: a run of tokens with one entity tag.
 *
 * @param type          CoreNLP's tag: PERSON, ORGANIZATION, LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY, TITLE, ...
 * @param sentenceIndex the index of the sentence it stands in
 */
public record EntityMention(String type, int start, int end, String text, int sentenceIndex) {
}
