package org.frontline.organization;

import org.frontline.paging.Candidates;
import org.frontline.paging.Ordering;
import org.frontline.paging.SqlConditions;

/** Which organizations the {@code organizations} connection pages through, by name. */
final class OrganizationCandidates {

    static final Ordering ORDER = new Ordering("organizations", Ordering.SortKey.TEXT, Ordering.Direction.ASC);

    private OrganizationCandidates() {
    }

    static Candidates matching(OrganizationFilter filter) {
        SqlConditions conditions = new SqlConditions();
        if (filter != null && filter.name() != null) {
            conditions.addContains("""
                    (frontline_fold(o.name) like frontline_fold(:name)
                     or exists (select 1 from organization_alias a
                                where a.organization_id = o.id
                                  and frontline_fold(a.alias) like frontline_fold(:name)))""",
                    "name", filter.name(), "filter.name");
        }
        return new Candidates(
                "select 0 as parent_id, o.id, o.name as sort_key from organization o " + conditions.where(),
                conditions.parameters());
    }
}
