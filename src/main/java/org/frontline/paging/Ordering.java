package org.frontline.paging;

/**
 * How a connection's items are ordered: by a sort key (or none), then by id in the same direction, so that the
 * order is total and a cursor (sort key, id) marks one position in it. Items without a sort key come last.
 *
 * @param name    names the list and its order inside cursors, so a cursor from another list or order is rejected
 * @param sortKey the type of the {@code sort_key} column the list's candidate rows carry
 */
public record Ordering(String name, SortKey sortKey, Direction direction) {

    public enum SortKey {
        /** Ordered by id alone; candidate rows select {@code null as sort_key}. */
        NONE,
        /** A {@code date} column. */
        DATE,
        /** A {@code text} column, compared in the database's collation. */
        TEXT
    }

    public enum Direction {
        ASC("asc", ">"), DESC("desc", "<");

        final String sql;
        final String following;

        Direction(String sql, String following) {
            this.sql = sql;
            this.following = following;
        }
    }

    public static Ordering byId(String name) {
        return new Ordering(name, SortKey.NONE, Direction.ASC);
    }
}
