package org.frontline.person;

import org.frontline.paging.Candidates;
import org.frontline.paging.Ordering;
import org.frontline.paging.SqlConditions;

/** Which people the {@code people} connection pages through, by name. */
final class PersonCandidates {

    static final Ordering ORDER = new Ordering("people", Ordering.SortKey.TEXT, Ordering.Direction.ASC);

    private PersonCandidates() {
    }

    static Candidates matching(PersonFilter filter) {
        SqlConditions conditions = new SqlConditions();
        if (filter != null && filter.name() != null) {
            conditions.addContains("""
                    (frontline_fold(p.name) like frontline_fold(:name)
                     or exists (select 1 from person_alias a
                                where a.person_id = p.id and frontline_fold(a.alias) like frontline_fold(:name)))""",
                    "name", filter.name(), "filter.name");
        }
        return new Candidates("select 0 as parent_id, p.id, p.name as sort_key from person p " + conditions.where(),
                conditions.parameters());
    }
}
