package org.frontline.paging;

/** An item of a page and its position in the list, as a cursor to continue after it. */
public record Edge<T>(String cursor, T node) {
}
