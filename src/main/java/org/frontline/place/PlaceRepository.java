package org.frontline.place;

import java.util.Collection;
import java.util.List;
import org.frontline.graphql.Linked;
import org.frontline.graphql.ReadOnlyRepository;
import org.springframework.data.jpa.repository.Query;

/** Places, and the places or aliases of many sources, events or places at once (places by name). */
interface PlaceRepository extends ReadOnlyRepository<Place, Long> {

    @Query("""
            select distinct new org.frontline.graphql.Linked(s.id, p)
            from Source s join s.places p where s.id in :sourceIds order by p.name, p.id""")
    List<Linked<Place>> findBySources(Collection<Long> sourceIds);

    @Query("""
            select new org.frontline.graphql.Linked(e.id, p)
            from Event e join e.places p where e.id in :eventIds order by p.name, p.id""")
    List<Linked<Place>> findByEvents(Collection<Long> eventIds);

    @Query("""
            select new org.frontline.graphql.Linked(p.id, a)
            from Place p join p.aliases a where p.id in :placeIds order by a""")
    List<Linked<String>> findAliases(Collection<Long> placeIds);
}
