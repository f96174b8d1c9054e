package org.frontline.source;

import org.frontline.paging.Candidates;
import org.frontline.paging.Ordering;
import org.frontline.paging.SqlConditions;

/** Which sources the {@code sources} connection pages through, in import order. */
final class SourceCandidates {

    static final Ordering ORDER = Ordering.byId("sources");

    private SourceCandidates() {
    }

    static Candidates matching(SourceFilter filter) {
        SqlConditions conditions = new SqlConditions();
        if (filter != null) {
            if (filter.publisher() != null) {
                conditions.addContains("frontline_fold(s.publisher) like frontline_fold(:publisher)", "publisher",
                        filter.publisher(), "filter.publisher");
            }
            conditions.addDateRange("s.published_on", filter.from(), filter.to(), "filter");
        }
        return new Candidates("select 0 as parent_id, s.id, null as sort_key from source s " + conditions.where(),
                conditions.parameters());
    }
}
