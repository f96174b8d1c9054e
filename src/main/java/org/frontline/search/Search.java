package org.frontline.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.frontline.graphql.GraphQlLimits;
import org.frontline.graphql.InvalidArgumentException;
import org.frontline.graphql.Node;
import org.frontline.graphql.NodeLookup;
import org.frontline.paging.PageRequest;
import org.frontline.paging.SqlConditions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds objects of every kind whose names or texts contain a text, ignoring case and accents, best matches first:
 * the text itself, then texts starting with it, then any other, more similar ones (trigram similarity) first.
 * One statement ranks all the kinds together; the objects are then loaded kind by kind.
 */
@Component
class Search {

    static final int DEFAULT_HITS = 10;

    // Each branch filters on its own folded column, so the trigram index of that column can serve the LIKE.
    private static final String SQL = """
            with needle as (select frontline_fold(:text) as text),
            hit(kind, id, folded) as (
                select 'Event', e.id, frontline_fold(e.title) from event e
                where frontline_fold(e.title) like frontline_fold(:pattern)
                union all
                select 'Event', ee.event_id, frontline_fold(ev.sentence)
                from event_evidence ee join evidence ev on ev.id = ee.evidence_id
                where frontline_fold(ev.sentence) like frontline_fold(:pattern)
                union all
                select 'Place', p.id, frontline_fold(p.name) from place p
                where frontline_fold(p.name) like frontline_fold(:pattern)
                union all
                select 'Place', a.place_id, frontline_fold(a.alias) from place_alias a
                where frontline_fold(a.alias) like frontline_fold(:pattern)
                union all
                select 'Person', p.id, frontline_fold(p.name) from person p
                where frontline_fold(p.name) like frontline_fold(:pattern)
                union all
                select 'Person', a.person_id, frontline_fold(a.alias) from person_alias a
                where frontline_fold(a.alias) like frontline_fold(:pattern)
                union all
                select 'Organization', o.id, frontline_fold(o.name) from organization o
                where frontline_fold(o.name) like frontline_fold(:pattern)
                union all
                select 'Organization', a.organization_id, frontline_fold(a.alias) from organization_alias a
                where frontline_fold(a.alias) like frontline_fold(:pattern)
                union all
                select 'Quote', q.id, frontline_fold(q.text) from quote q
                where frontline_fold(q.text) like frontline_fold(:pattern)
                union all
                select 'Source', s.id, frontline_fold(s.title) from source s
                where frontline_fold(s.title) like frontline_fold(:pattern)
                union all
                select 'Source', s.id, frontline_fold(s.publisher) from source s
                where frontline_fold(s.publisher) like frontline_fold(:pattern))
            select hit.kind, hit.id
            from hit cross join needle
            group by hit.kind, hit.id
            order by max(case when hit.folded = needle.text then 3
                              when starts_with(hit.folded, needle.text) then 2
                              else 1 end) desc,
                     max(similarity(hit.folded, needle.text)) desc,
                     hit.kind, hit.id
            limit :first""";

    private final JdbcClient jdbc;
    private final NodeLookup nodes;

    Search(DataSource dataSource, GraphQlLimits limits, NodeLookup nodes) {
        this.jdbc = JdbcClient.create(limits.jdbcTemplate(dataSource));
        this.nodes = nodes;
    }

    /** @throws InvalidArgumentException when the text is blank or {@code first} is out of range */
    List<Node> find(String text, int first) {
        if (first < 1 || first > PageRequest.MAX_FIRST) {
            throw new InvalidArgumentException("Argument 'first' must be between 1 and %d, but was %d."
                    .formatted(PageRequest.MAX_FIRST, first));
        }
        String pattern = SqlConditions.containsPattern(text, "text");
        List<Hit> hits = jdbc.sql(SQL)
                .param("text", text.strip())
                .param("pattern", pattern)
                .param("first", first)
                .query((rs, n) -> new Hit(rs.getString("kind"), rs.getLong("id")))
                .list();
        Map<Hit, Node> found = hits.stream()
                .collect(Collectors.groupingBy(Hit::kind, Collectors.mapping(Hit::id, Collectors.toList())))
                .entrySet().stream()
                .flatMap(kind -> nodes.findAll(kind.getKey(), kind.getValue()).stream()
                        .map(node -> Map.entry(new Hit(kind.getKey(), node.getId()), node)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return hits.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private record Hit(String kind, long id) {
    }
}
