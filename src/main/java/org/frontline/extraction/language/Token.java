package org.frontline.extraction.language;

/**
 * One token with its character span, the word as written, its lemma, Penn Treebank part of speech and named-entity
 * tag (CoreNLP's: PERSON, ORGANIZATION, LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY, TITLE, DATE, ... or "O").
 */
public record Token(int start, int end, String word, String lemma, String partOfSpeech, String entityTag) {
}
