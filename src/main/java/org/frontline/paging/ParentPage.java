package org.frontline.paging;

/** One object's page of a nested connection, e.g. a place's {@code events(first: 5)}: a DataLoader key. */
public record ParentPage(long parentId, PageRequest page) {
}
