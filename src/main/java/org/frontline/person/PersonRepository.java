package org.frontline.person;

import java.util.Collection;
import java.util.List;
import org.frontline.graphql.Linked;
import org.frontline.graphql.ReadOnlyRepository;
import org.springframework.data.jpa.repository.Query;

/** People, and the people or aliases of many sources, events or people at once (people by name). */
public interface PersonRepository extends ReadOnlyRepository<Person, Long> {

    @Query("""
            select distinct new org.frontline.graphql.Linked(s.id, p)
            from Source s join s.people p where s.id in :sourceIds order by p.name, p.id""")
    List<Linked<Person>> findBySources(Collection<Long> sourceIds);

    @Query("""
            select new org.frontline.graphql.Linked(e.id, p)
            from Event e join e.people p where e.id in :eventIds order by p.name, p.id""")
    List<Linked<Person>> findByEvents(Collection<Long> eventIds);

    @Query("""
            select new org.frontline.graphql.Linked(p.id, a)
            from Person p join p.aliases a where p.id in :personIds order by a""")
    List<Linked<String>> findAliases(Collection<Long> personIds);
}
