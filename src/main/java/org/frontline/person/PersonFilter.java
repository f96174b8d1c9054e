package org.frontline.person;

/** The {@code PersonFilter} input; null means no condition. */
record PersonFilter(String name) {
}
