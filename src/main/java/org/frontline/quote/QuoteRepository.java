package org.frontline.quote;

import java.util.Collection;
import java.util.List;
import org.frontline.graphql.Linked;
import org.frontline.graphql.ReadOnlyRepository;
import org.springframework.data.jpa.repository.Query;

/** Quotes, and the quotes of many sources or events at once (in import order). */
interface QuoteRepository extends ReadOnlyRepository<Quote, Long> {

    @Query("""
            select new org.frontline.graphql.Linked(q.sourceId, q)
            from Quote q where q.sourceId in :sourceIds order by q.id""")
    List<Linked<Quote>> findBySources(Collection<Long> sourceIds);

    @Query("""
            select new org.frontline.graphql.Linked(q.eventId, q)
            from Quote q where q.eventId in :eventIds order by q.id""")
    List<Linked<Quote>> findByEvents(Collection<Long> eventIds);
}
