package org.frontline.paging;

import java.util.Map;

/**
 * The SQL that selects what a connection pages through, before ordering and cutting: columns {@code parent_id}
 * (the object whose connection it is; a constant for top-level lists), {@code id} and {@code sort_key} (see
 * {@link Ordering.SortKey}), one row per item and parent.
 *
 * @param parameters named parameters of the SQL; names starting with {@code page_} are reserved for {@link PageQuery}
 */
public record Candidates(String sql, Map<String, ?> parameters) {

    /** The parent id that top-level lists select as {@code parent_id}. */
    public static final long ROOT = 0;
}
