package org.frontline.source;

import java.util.Collection;
import java.util.List;
import org.frontline.graphql.Linked;
import org.frontline.graphql.ReadOnlyRepository;
import org.springframework.data.jpa.repository.Query;

/** Supporting sentences, and those of many events at once. */
interface EvidenceRepository extends ReadOnlyRepository<Evidence, Long> {

    @Query("""
            select new org.frontline.graphql.Linked(e.id, ev)
            from Event e join e.evidence ev
            where e.id in :eventIds order by ev.sourceId, ev.startOffset, ev.id""")
    List<Linked<Evidence>> findByEvents(Collection<Long> eventIds);
}
