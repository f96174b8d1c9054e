package org.frontline.paging;

import org.frontline.graphql.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * A connection's {@code first} and {@code after} arguments, checked: at most {@value #MAX_FIRST} items per page, and
 * a cursor from the same list and order. Out-of-range values are errors, never silently clamped.
 */
public record PageRequest(int first, @Nullable Cursor after) {

    public static final int DEFAULT_FIRST = 20;
    public static final int MAX_FIRST = 100;

    /** @throws InvalidArgumentException when {@code first} is out of range or {@code after} is not a cursor of it */
    public static PageRequest of(@Nullable Integer first, @Nullable String after, Ordering ordering) {
        int size = first == null ? DEFAULT_FIRST : first;
        if (size < 1 || size > MAX_FIRST) {
            throw new InvalidArgumentException("Argument 'first' must be between 1 and %d, but was %d."
                    .formatted(MAX_FIRST, size));
        }
        return new PageRequest(size, after == null ? null : Cursor.decode(after, ordering));
    }
}
