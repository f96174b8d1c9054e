package org.frontline.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An item with the id of the object it belongs to, as one query returns them for many objects at once, e.g.
 * {@code select new org.frontline.graphql.Linked(e.id, p) from Event e join e.places p where e.id in :ids}.
 */
public record Linked<T>(Long parentId, T item) {

    /** The ids of objects, for a query that loads what belongs to each of them. */
    public static List<Long> ids(Collection<? extends Node> parents) {
        return parents.stream().map(Node::getId).distinct().toList();
    }

    /** Each parent's items, in the order the query returned them; an empty list for parents without items. */
    public static <P extends Node, T> Map<P, List<T>> toLists(Collection<P> parents, List<Linked<T>> links) {
        Map<Long, List<T>> itemsByParent = links.stream().collect(Collectors.groupingBy(Linked::parentId,
                Collectors.mapping(Linked::item, Collectors.toCollection(ArrayList::new))));
        Map<P, List<T>> result = new LinkedHashMap<>();
        for (P parent : parents) {
            result.put(parent, itemsByParent.getOrDefault(parent.getId(), List.of()));
        }
        return result;
    }

    /** Each parent's single item, looked up by the id the parent refers to; parents without one are left out. */
    public static <P, T extends Node> Map<P, T> toItems(Collection<P> parents, Function<P, Long> reference,
            Function<Collection<Long>, List<T>> load) {
        return toItems(parents, reference, load, Node::getId);
    }

    /** Each parent's single item, looked up by the id the parent refers to; parents without one are left out. */
    public static <P, T> Map<P, T> toItems(Collection<P> parents, Function<P, Long> reference,
            Function<Collection<Long>, List<T>> load, Function<T, Long> idOfItem) {
        List<Long> ids = parents.stream().map(reference).filter(Objects::nonNull).distinct().toList();
        Map<Long, T> byId = ids.isEmpty() ? Map.of()
                : load.apply(ids).stream().collect(Collectors.toMap(idOfItem, Function.identity()));
        Map<P, T> result = new LinkedHashMap<>();
        for (P parent : parents) {
            Long id = reference.apply(parent);
            T item = id == null ? null : byId.get(id);
            if (item != null) {
                result.put(parent, item);
            }
        }
        return result;
    }
}
