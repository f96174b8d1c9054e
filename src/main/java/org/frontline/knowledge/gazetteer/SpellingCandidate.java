package org.frontline.knowledge.gazetteer;

/**
 * A gazetteer entry one of whose names is spelled like the one asked for.
 *
 * @param name     the entry's name that came close
 * @param distance the edit distance between the folded keys
 */
public record SpellingCandidate(GazetteerEntry entry, String name, int distance) {
}
