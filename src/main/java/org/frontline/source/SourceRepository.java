package org.frontline.source;

import java.util.Collection;
import java.util.List;
import org.frontline.graphql.Linked;
import org.frontline.graphql.ReadOnlyRepository;
import org.springframework.data.jpa.repository.Query;

/** Sources, and the sources of many events, places, people or organizations at once (in import order). */
interface SourceRepository extends ReadOnlyRepository<Source, Long> {

    /** The sources of each event: those holding one of its supporting sentences. */
    @Query("""
            select distinct new org.frontline.graphql.Linked(e.id, s)
            from Event e join e.evidence ev join Source s on s.id = ev.sourceId
            where e.id in :eventIds order by s.id""")
    List<Linked<Source>> findByEvents(Collection<Long> eventIds);

    /** For each event, how many independent sources report it: a copy and the report it copies count once. */
    @Query("""
            select new org.frontline.graphql.Linked(e.id, count(distinct coalesce(s.copyOfId, s.id)))
            from Event e join e.evidence ev join Source s on s.id = ev.sourceId
            where e.id in :eventIds group by e.id""")
    List<Linked<Long>> countIndependentByEvents(Collection<Long> eventIds);

    @Query("""
            select distinct new org.frontline.graphql.Linked(p.id, s)
            from Source s join s.places p where p.id in :placeIds order by s.id""")
    List<Linked<Source>> findByPlaces(Collection<Long> placeIds);

    @Query("""
            select distinct new org.frontline.graphql.Linked(p.id, s)
            from Source s join s.people p where p.id in :personIds order by s.id""")
    List<Linked<Source>> findByPeople(Collection<Long> personIds);

    @Query("""
            select distinct new org.frontline.graphql.Linked(o.id, s)
            from Source s join s.organizations o where o.id in :organizationIds order by s.id""")
    List<Linked<Source>> findByOrganizations(Collection<Long> organizationIds);
}
