package org.frontline.place;

import java.util.List;
import org.frontline.graphql.GlobalId;
import org.frontline.graphql.InvalidArgumentException;
import org.frontline.paging.Candidates;
import org.frontline.paging.Ordering;
import org.frontline.paging.SqlConditions;
import org.frontline.vocabulary.PlaceKind;

/** Which places the {@code places} connection pages through, by name. */
final class PlaceCandidates {

    static final Ordering ORDER = new Ordering("places", Ordering.SortKey.TEXT, Ordering.Direction.ASC);

    private PlaceCandidates() {
    }

    static Candidates matching(PlaceFilter filter) {
        SqlConditions conditions = new SqlConditions();
        if (filter != null) {
            if (filter.name() != null) {
                conditions.addContains("""
                        (frontline_fold(p.name) like frontline_fold(:name)
                         or exists (select 1 from place_alias a
                                    where a.place_id = p.id and frontline_fold(a.alias) like frontline_fold(:name)))""",
                        "name", filter.name(), "filter.name");
            }
            if (filter.kinds() != null) {
                conditions.add("p.kind in (:kinds)", "kinds", names(filter.kinds()));
            }
            if (filter.countryCode() != null) {
                conditions.add("upper(p.country_code) = upper(:countryCode)", "countryCode", filter.countryCode());
            }
            if (filter.regionId() != null) {
                conditions.add("""
                        p.id in (with recursive inside(id) as (
                                     select id from place where region_id = :regionId
                                     union
                                     select place.id from place join inside on place.region_id = inside.id)
                                 select id from inside)""",
                        "regionId", GlobalId.decode(filter.regionId(), "filter.regionId", "Place"));
            }
        }
        return new Candidates("select 0 as parent_id, p.id, p.name as sort_key from place p " + conditions.where(),
                conditions.parameters());
    }

    private static List<String> names(List<PlaceKind> kinds) {
        if (kinds.isEmpty()) {
            throw new InvalidArgumentException(
                    "Argument 'filter.kinds' must name at least one kind; leave it out to match every kind.");
        }
        return kinds.stream().map(Enum::name).toList();
    }
}
