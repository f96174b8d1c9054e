package org.frontline.organization;

import java.util.Collection;
import java.util.List;
import org.frontline.graphql.Linked;
import org.frontline.graphql.ReadOnlyRepository;
import org.springframework.data.jpa.repository.Query;

/** Organizations, and those or the aliases of many sources, events or organizations at once (by name). */
public interface OrganizationRepository extends ReadOnlyRepository<Organization, Long> {

    @Query("""
            select distinct new org.frontline.graphql.Linked(s.id, o)
            from Source s join s.organizations o where s.id in :sourceIds order by o.name, o.id""")
    List<Linked<Organization>> findBySources(Collection<Long> sourceIds);

    /** The actors of each event. */
    @Query("""
            select new org.frontline.graphql.Linked(e.id, o)
            from Event e join e.actors o where e.id in :eventIds order by o.name, o.id""")
    List<Linked<Organization>> findByEvents(Collection<Long> eventIds);

    @Query("""
            select new org.frontline.graphql.Linked(o.id, a)
            from Organization o join o.aliases a where o.id in :organizationIds order by a""")
    List<Linked<String>> findAliases(Collection<Long> organizationIds);
}
