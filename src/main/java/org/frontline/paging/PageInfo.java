package org.frontline.paging;

import org.jspecify.annotations.Nullable;

/** Where a page lies in its list (Relay's PageInfo). */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
        @Nullable String endCursor) {
}
