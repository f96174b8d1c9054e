package org.frontline.source;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.event.Event;
import org.frontline.graphql.Linked;
import org.frontline.organization.Organization;
import org.frontline.paging.Connection;
import org.frontline.paging.PageQuery;
import org.frontline.paging.PageRequest;
import org.frontline.person.Person;
import org.frontline.place.Place;
import org.frontline.quote.Quote;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Every field whose value is sources: the {@code sources} connection and the sources of other objects, each loaded
 * for all the objects of a response level at once ({@code @BatchMapping}), so the number of SQL statements does not
 * grow with the number of objects.
 */
@Controller
class SourceController {

    private final SourceRepository sources;
    private final PageQuery pageQuery;

    SourceController(SourceRepository sources, PageQuery pageQuery) {
        this.sources = sources;
        this.pageQuery = pageQuery;
    }

    @QueryMapping
    Connection<Source> sources(@Argument Integer first, @Argument String after, @Argument SourceFilter filter) {
        PageRequest page = PageRequest.of(first, after, SourceCandidates.ORDER);
        return pageQuery.page(SourceCandidates.matching(filter), SourceCandidates.ORDER, page,
                sources::findAllById);
    }

    @BatchMapping(typeName = "Quote", field = "source")
    Map<Quote, Source> sourceOfQuotes(List<Quote> quotes) {
        return Linked.toItems(quotes, Quote::getSourceId, sources::findAllById);
    }

    @BatchMapping(typeName = "Evidence", field = "source")
    Map<Evidence, Source> sourceOfEvidence(List<Evidence> evidence) {
        return Linked.toItems(evidence, Evidence::getSourceId, sources::findAllById);
    }

    @BatchMapping(typeName = "Event", field = "sources")
    Map<Event, List<Source>> sourcesOfEvents(List<Event> events) {
        return Linked.toLists(events, sources.findByEvents(Linked.ids(events)));
    }

    @BatchMapping(typeName = "Event", field = "sourceCount")
    Map<Event, Integer> sourceCountOfEvents(List<Event> events) {
        Map<Long, Long> counts = sources.countIndependentByEvents(Linked.ids(events)).stream()
                .collect(Collectors.toMap(Linked::parentId, Linked::item));
        return events.stream().distinct().collect(Collectors.toMap(Function.identity(),
                event -> counts.getOrDefault(event.getId(), 0L).intValue()));
    }

    @BatchMapping(typeName = "Place", field = "sources")
    Map<Place, List<Source>> sourcesOfPlaces(List<Place> places) {
        return Linked.toLists(places, sources.findByPlaces(Linked.ids(places)));
    }

    @BatchMapping(typeName = "Person", field = "sources")
    Map<Person, List<Source>> sourcesOfPeople(List<Person> people) {
        return Linked.toLists(people, sources.findByPeople(Linked.ids(people)));
    }

    @BatchMapping(typeName = "Organization", field = "sources")
    Map<Organization, List<Source>> sourcesOfOrganizations(List<Organization> organizations) {
        return Linked.toLists(organizations, sources.findByOrganizations(Linked.ids(organizations)));
    }
}
