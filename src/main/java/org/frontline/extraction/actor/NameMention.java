package org.frontline.extraction.actor;

/** A run of tokens naming someone: tokens [first, end). */
record NameMention(int first, int end) {

    int length() {
        return end - first;
    }

    boolean overlaps(NameMention other) {
        return first < other.end && other.first < end;
    }

    boolean contains(int token) {
        return token >= first && token < end;
    }
}
