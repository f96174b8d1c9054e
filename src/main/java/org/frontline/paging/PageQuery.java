package org.frontline.paging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.frontline.graphql.GraphQlLimits;
import org.frontline.graphql.Node;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Cuts pages out of lists in one SQL statement however many parents ask: the first {@code first} items after the
 * cursor for each parent, with each parent's total count, so that {@code places { events(first: 5) }} costs one
 * statement for all the places. The items themselves are then loaded by id, in one more statement.
 */
@Component
public class PageQuery {

    private static final String SQL = """
            with candidate as (
            %s
            ), ranked as (
                select parent_id, id, sort_key,
                       count(*) over (partition by parent_id) as total_count,
                       row_number() over (partition by parent_id order by sort_key %s nulls last, id %s) as position,
                       %s as after_cursor
                from candidate
            ), numbered as (
                select ranked.*, row_number() over (partition by parent_id, after_cursor order by position) as rank
                from ranked
            )
            -- each parent's first row is kept even when it precedes the cursor: it carries the parent's total count
            select parent_id, id, sort_key, total_count, position, after_cursor
            from numbered
            where (after_cursor and rank <= :page_limit) or position = 1
            order by parent_id, position
            """;

    private final NamedParameterJdbcTemplate jdbc;

    PageQuery(DataSource dataSource, GraphQlLimits limits) {
        this.jdbc = new NamedParameterJdbcTemplate(limits.jdbcTemplate(dataSource));
    }

    /** The page of a top-level list, whose candidates select {@link Candidates#ROOT} as their parent. */
    public <T extends Node> Connection<T> page(Candidates candidates, Ordering ordering, PageRequest request,
            Function<Collection<Long>, List<T>> load) {
        return pages(candidates, ordering, request, load).getOrDefault(Candidates.ROOT, Connection.empty());
    }

    /**
     * @param load loads the items with the given ids (in any order), e.g. a repository's {@code findAllById}
     * @return a page for each parent that has candidates; parents without any are missing
     */
    public <T extends Node> Map<Long, Connection<T>> pages(Candidates candidates, Ordering ordering,
            PageRequest request, Function<Collection<Long>, List<T>> load) {
        Map<String, Object> parameters = new HashMap<>(candidates.parameters());
        parameters.put("page_limit", request.first() + 1);
        String sql = SQL.formatted(candidates.sql(), ordering.direction().sql, ordering.direction().sql,
                afterCursor(ordering, request.after(), parameters));
        Map<Long, List<Row>> rowsByParent = jdbc.query(sql, parameters, (rs, n) -> Row.read(rs, ordering))
                .stream()
                .collect(Collectors.groupingBy(Row::parentId, LinkedHashMap::new, Collectors.toList()));

        Map<Long, List<Row>> shownByParent = new LinkedHashMap<>();
        rowsByParent.forEach((parent, rows) -> shownByParent.put(parent,
                rows.stream().filter(Row::afterCursor).limit(request.first()).toList()));
        List<Long> ids = shownByParent.values().stream().flatMap(List::stream).map(Row::id).distinct().toList();
        Map<Long, T> items = ids.isEmpty() ? Map.of()
                : load.apply(ids).stream().collect(Collectors.toMap(Node::getId, Function.identity()));

        Map<Long, Connection<T>> pages = new LinkedHashMap<>();
        rowsByParent.forEach((parent, rows) -> pages.put(parent,
                connection(rows, shownByParent.get(parent), items, ordering, request)));
        return pages;
    }

    private static <T> Connection<T> connection(List<Row> rows, List<Row> shown, Map<Long, T> items,
            Ordering ordering, PageRequest request) {
        long following = rows.stream().filter(Row::afterCursor).count();
        int totalCount = rows.get(0).totalCount();
        List<Edge<T>> edges = new ArrayList<>();
        for (Row row : shown) {
            T item = items.get(row.id());
            if (item != null) { // deleted between the two statements
                edges.add(new Edge<>(new Cursor(row.id(), row.sortKey()).encode(ordering), item));
            }
        }
        boolean hasPreviousPage = shown.isEmpty()
                ? request.after() != null && totalCount > 0
                : shown.get(0).position() > 1;
        PageInfo pageInfo = new PageInfo(following > request.first(), hasPreviousPage,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(List.copyOf(edges), pageInfo, totalCount);
    }

    /**
     * The pages of a nested connection for many objects at once, as a DataLoader asks for them: one statement per
     * distinct {@code first}/{@code after} pair in the request (usually one), whatever the number of objects.
     *
     * @param candidates the candidates of the objects with the given ids
     * @return a page for each key; an empty one for objects without items
     */
    public <T extends Node> Map<ParentPage, Connection<T>> pages(Collection<ParentPage> keys,
            Function<Collection<Long>, Candidates> candidates, Ordering ordering,
            Function<Collection<Long>, List<T>> load) {
        Map<ParentPage, Connection<T>> result = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(ParentPage::page)).forEach((request, sameRequest) -> {
            List<Long> parentIds = sameRequest.stream().map(ParentPage::parentId).distinct().toList();
            Map<Long, Connection<T>> pages = pages(candidates.apply(parentIds), ordering, request, load);
            sameRequest.forEach(key -> result.put(key, pages.getOrDefault(key.parentId(), Connection.empty())));
        });
        return result;
    }

    /** The SQL condition that a row follows the cursor in this ordering (nulls last, ties broken by id). */
    private static String afterCursor(Ordering ordering, Cursor after, Map<String, Object> parameters) {
        if (after == null) {
            return "true";
        }
        String following = ordering.direction().following;
        parameters.put("page_after_id", after.id());
        if (after.sortKey() == null) {
            return "(sort_key is null and id %s :page_after_id)".formatted(following);
        }
        parameters.put("page_after_key", after.sortKey());
        return ("(sort_key %1$s :page_after_key or (sort_key = :page_after_key and id %1$s :page_after_id)"
                + " or sort_key is null)").formatted(following);
    }

    private record Row(long parentId, long id, Object sortKey, int totalCount, long position, boolean afterCursor) {

        static Row read(ResultSet rs, Ordering ordering) throws SQLException {
            Object sortKey = switch (ordering.sortKey()) {
                case NONE -> null;
                case DATE -> rs.getObject("sort_key", LocalDate.class);
                case TEXT -> rs.getString("sort_key");
            };
            return new Row(rs.getLong("parent_id"), rs.getLong("id"), sortKey, rs.getInt("total_count"),
                    rs.getLong("position"), rs.getBoolean("after_cursor"));
        }
    }
}
