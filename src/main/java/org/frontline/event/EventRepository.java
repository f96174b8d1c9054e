package org.frontline.event;

import java.util.Collection;
import java.util.List;
import org.frontline.graphql.Linked;
import org.frontline.graphql.ReadOnlyRepository;
import org.springframework.data.jpa.repository.Query;

/** Events, and the events of many sources at once (by date, the undated last). */
interface EventRepository extends ReadOnlyRepository<Event, Long> {

    /** The events each source reports: those with a supporting sentence in it. */
    @Query("""
            select distinct new org.frontline.graphql.Linked(ev.sourceId, e)
            from Event e join e.evidence ev
            where ev.sourceId in :sourceIds order by e.date nulls last, e.id""")
    List<Linked<Event>> findBySources(Collection<Long> sourceIds);
}
