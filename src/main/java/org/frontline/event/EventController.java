package org.frontline.event;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.frontline.graphql.Linked;
import org.frontline.organization.Organization;
import org.frontline.paging.Connection;
import org.frontline.paging.PageQuery;
import org.frontline.paging.PageRequest;
import org.frontline.paging.ParentPage;
import org.frontline.person.Person;
import org.frontline.place.Place;
import org.frontline.quote.Quote;
import org.frontline.source.Source;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Every field whose value is events. Lists are loaded for all the objects of a response level at once; the nested
 * connections ({@code Place.events(first:, after:)}) through DataLoaders keyed by object and page, because a
 * {@code @BatchMapping} cannot see a field's arguments.
 */
@Controller
class EventController {

    private static final String EVENTS_OF_PLACES = "eventsOfPlaces";
    private static final String EVENTS_OF_PEOPLE = "eventsOfPeople";
    private static final String EVENTS_OF_ORGANIZATIONS = "eventsOfOrganizations";

    private final EventRepository events;
    private final PageQuery pageQuery;

    EventController(EventRepository events, PageQuery pageQuery, BatchLoaderRegistry loaders) {
        this.events = events;
        this.pageQuery = pageQuery;
        loaders.<ParentPage, Connection<Event>>forName(EVENTS_OF_PLACES).registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> pageQuery.pages(keys, EventCandidates::ofPlaces,
                        EventCandidates.ORDER_OF_PLACES, events::findAllById)));
        loaders.<ParentPage, Connection<Event>>forName(EVENTS_OF_PEOPLE).registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> pageQuery.pages(keys, EventCandidates::ofPeople,
                        EventCandidates.ORDER_OF_PEOPLE, events::findAllById)));
        loaders.<ParentPage, Connection<Event>>forName(EVENTS_OF_ORGANIZATIONS).registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> pageQuery.pages(keys, EventCandidates::ofOrganizations,
                        EventCandidates.ORDER_OF_ORGANIZATIONS, events::findAllById)));
    }

    @QueryMapping
    Connection<Event> events(@Argument Integer first, @Argument String after, @Argument EventFilter filter,
            @Argument EventOrder orderBy) {
        EventOrder order = orderBy == null ? EventOrder.DATE_ASC : orderBy;
        PageRequest page = PageRequest.of(first, after, order.ordering);
        return pageQuery.page(EventCandidates.matching(filter), order.ordering, page, events::findAllById);
    }

    @SchemaMapping(typeName = "Place", field = "events")
    CompletableFuture<Connection<Event>> eventsOfPlace(Place place, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment environment) {
        return page(environment, EVENTS_OF_PLACES, place.getId(),
                PageRequest.of(first, after, EventCandidates.ORDER_OF_PLACES));
    }

    @SchemaMapping(typeName = "Person", field = "events")
    CompletableFuture<Connection<Event>> eventsOfPerson(Person person, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment environment) {
        return page(environment, EVENTS_OF_PEOPLE, person.getId(),
                PageRequest.of(first, after, EventCandidates.ORDER_OF_PEOPLE));
    }

    @SchemaMapping(typeName = "Organization", field = "events")
    CompletableFuture<Connection<Event>> eventsOfOrganization(Organization organization, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment environment) {
        return page(environment, EVENTS_OF_ORGANIZATIONS, organization.getId(),
                PageRequest.of(first, after, EventCandidates.ORDER_OF_ORGANIZATIONS));
    }

    @BatchMapping(typeName = "Source", field = "events")
    Map<Source, List<Event>> eventsOfSources(List<Source> sources) {
        return Linked.toLists(sources, events.findBySources(Linked.ids(sources)));
    }

    @BatchMapping(typeName = "Quote", field = "event")
    Map<Quote, Event> eventOfQuotes(List<Quote> quotes) {
        return Linked.toItems(quotes, Quote::getEventId, events::findAllById);
    }

    private static CompletableFuture<Connection<Event>> page(DataFetchingEnvironment environment, String loader,
            long parentId, PageRequest page) {
        return environment.<ParentPage, Connection<Event>>getDataLoader(loader).load(new ParentPage(parentId, page));
    }
}
