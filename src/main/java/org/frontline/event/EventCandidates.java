package org.frontline.event;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.frontline.graphql.GlobalId;
import org.frontline.graphql.InvalidArgumentException;
import org.frontline.paging.Candidates;
import org.frontline.paging.Ordering;
import org.frontline.paging.SqlConditions;
import org.frontline.vocabulary.EventType;

/** Which events the event connections page through; all are ordered by date, the undated last. */
final class EventCandidates {

    static final Ordering ORDER_OF_PLACES = byDate("Place.events");
    static final Ordering ORDER_OF_PEOPLE = byDate("Person.events");
    static final Ordering ORDER_OF_ORGANIZATIONS = byDate("Organization.events");

    /** The places inside {@code :placeId} at any depth, and the place itself (region_id may chain several levels). */
    private static final String PLACE_AND_INSIDE = """
            with recursive inside(id) as (
                select cast(:placeId as bigint)
                union
                select place.id from place join inside on place.region_id = inside.id)
            select id from inside""";

    private EventCandidates() {
    }

    static Candidates matching(EventFilter filter) {
        SqlConditions conditions = new SqlConditions();
        if (filter != null) {
            if (filter.types() != null) {
                conditions.add("e.type in (:types)", "types", names(filter.types()));
            }
            conditions.addDateRange("e.date", filter.from(), filter.to(), "filter");
            if (filter.placeId() != null) {
                conditions.add("exists (select 1 from event_place ep where ep.event_id = e.id and ep.place_id in ("
                        + PLACE_AND_INSIDE + "))",
                        "placeId", GlobalId.decode(filter.placeId(), "filter.placeId", "Place"));
            }
            if (filter.personId() != null) {
                conditions.add("""
                        exists (select 1 from event_person ep where ep.event_id = e.id and ep.person_id = :personId)""",
                        "personId", GlobalId.decode(filter.personId(), "filter.personId", "Person"));
            }
            if (filter.organizationId() != null) {
                conditions.add("""
                        exists (select 1 from event_organization eo
                                where eo.event_id = e.id and eo.organization_id = :organizationId)""",
                        "organizationId",
                        GlobalId.decode(filter.organizationId(), "filter.organizationId", "Organization"));
            }
            if (filter.sourceId() != null) {
                conditions.add("""
                        exists (select 1 from event_evidence ee join evidence ev on ev.id = ee.evidence_id
                                where ee.event_id = e.id and ev.source_id = :sourceId)""",
                        "sourceId", GlobalId.decode(filter.sourceId(), "filter.sourceId", "Source"));
            }
            if (filter.text() != null) {
                conditions.addContains("""
                        (frontline_fold(e.title) like frontline_fold(:text)
                         or exists (select 1 from event_evidence ee join evidence ev on ev.id = ee.evidence_id
                                    where ee.event_id = e.id
                                      and frontline_fold(ev.sentence) like frontline_fold(:text)))""",
                        "text", filter.text(), "filter.text");
            }
        }
        return new Candidates("select 0 as parent_id, e.id, e.date as sort_key from event e " + conditions.where(),
                conditions.parameters());
    }

    /** The events at each place or at any place inside it. */
    static Candidates ofPlaces(Collection<Long> placeIds) {
        return new Candidates("""
                select distinct inside.root_id as parent_id, e.id, e.date as sort_key
                from (with recursive inside(root_id, id) as (
                          select id, id from place where id in (:placeIds)
                          union
                          select inside.root_id, place.id from place join inside on place.region_id = inside.id)
                      select root_id, id from inside) inside
                join event_place ep on ep.place_id = inside.id
                join event e on e.id = ep.event_id""", Map.of("placeIds", placeIds));
    }

    static Candidates ofPeople(Collection<Long> personIds) {
        return new Candidates("""
                select ep.person_id as parent_id, e.id, e.date as sort_key
                from event e join event_person ep on ep.event_id = e.id
                where ep.person_id in (:personIds)""", Map.of("personIds", personIds));
    }

    static Candidates ofOrganizations(Collection<Long> organizationIds) {
        return new Candidates("""
                select eo.organization_id as parent_id, e.id, e.date as sort_key
                from event e join event_organization eo on eo.event_id = e.id
                where eo.organization_id in (:organizationIds)""", Map.of("organizationIds", organizationIds));
    }

    private static Ordering byDate(String name) {
        return new Ordering(name, Ordering.SortKey.DATE, Ordering.Direction.ASC);
    }

    private static List<String> names(List<EventType> types) {
        if (types.isEmpty()) {
            throw new InvalidArgumentException(
                    "Argument 'filter.types' must name at least one type; leave it out to match every type.");
        }
        return types.stream().map(Enum::name).toList();
    }
}
