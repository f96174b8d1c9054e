package org.frontline.paging;

import java.util.List;

/**
 * A page of a list (a Relay connection) with the size of the whole list. Its class name ends in "Connection", which is
 * how Spring for GraphQL's connection support recognises it as already built and passes it through.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    public static <T> Connection<T> empty() {
        return new Connection<>(List.of(), new PageInfo(false, false, null, null), 0);
    }
}
