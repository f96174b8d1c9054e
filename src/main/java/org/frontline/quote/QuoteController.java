package org.frontline.quote;

import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.frontline.event.Event;
import org.frontline.graphql.Linked;
import org.frontline.organization.Organization;
import org.frontline.organization.OrganizationRepository;
import org.frontline.paging.Connection;
import org.frontline.paging.PageQuery;
import org.frontline.paging.PageRequest;
import org.frontline.paging.ParentPage;
import org.frontline.person.Person;
import org.frontline.person.PersonRepository;
import org.frontline.source.Source;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Every field whose value is quotes, and who said them. Lists are loaded for all the objects of a response level at
 * once; the nested connections ({@code Person.quotes(first:, after:)}) through DataLoaders keyed by object and page,
 * because a {@code @BatchMapping} cannot see a field's arguments.
 */
@Controller
class QuoteController {

    private static final String QUOTES_OF_PEOPLE = "quotesOfPeople";
    private static final String QUOTES_OF_ORGANIZATIONS = "quotesOfOrganizations";

    private final QuoteRepository quotes;
    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final PageQuery pageQuery;

    QuoteController(QuoteRepository quotes, PersonRepository people, OrganizationRepository organizations,
            PageQuery pageQuery, BatchLoaderRegistry loaders) {
        this.quotes = quotes;
        this.people = people;
        this.organizations = organizations;
        this.pageQuery = pageQuery;
        loaders.<ParentPage, Connection<Quote>>forName(QUOTES_OF_PEOPLE).registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> pageQuery.pages(keys, QuoteCandidates::ofPeople,
                        QuoteCandidates.ORDER_OF_PEOPLE, quotes::findAllById)));
        loaders.<ParentPage, Connection<Quote>>forName(QUOTES_OF_ORGANIZATIONS).registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> pageQuery.pages(keys, QuoteCandidates::ofOrganizations,
                        QuoteCandidates.ORDER_OF_ORGANIZATIONS, quotes::findAllById)));
    }

    @QueryMapping
    Connection<Quote> quotes(@Argument Integer first, @Argument String after, @Argument QuoteFilter filter) {
        PageRequest page = PageRequest.of(first, after, QuoteCandidates.ORDER);
        return pageQuery.page(QuoteCandidates.matching(filter), QuoteCandidates.ORDER, page, quotes::findAllById);
    }

    @SchemaMapping(typeName = "Person", field = "quotes")
    CompletableFuture<Connection<Quote>> quotesOfPerson(Person person, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment environment) {
        PageRequest page = PageRequest.of(first, after, QuoteCandidates.ORDER_OF_PEOPLE);
        return environment.<ParentPage, Connection<Quote>>getDataLoader(QUOTES_OF_PEOPLE)
                .load(new ParentPage(person.getId(), page));
    }

    @SchemaMapping(typeName = "Organization", field = "quotes")
    CompletableFuture<Connection<Quote>> quotesOfOrganization(Organization organization, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment environment) {
        PageRequest page = PageRequest.of(first, after, QuoteCandidates.ORDER_OF_ORGANIZATIONS);
        return environment.<ParentPage, Connection<Quote>>getDataLoader(QUOTES_OF_ORGANIZATIONS)
                .load(new ParentPage(organization.getId(), page));
    }

    @BatchMapping(typeName = "Source", field = "quotes")
    Map<Source, List<Quote>> quotesOfSources(List<Source> sources) {
        return Linked.toLists(sources, quotes.findBySources(Linked.ids(sources)));
    }

    @BatchMapping(typeName = "Event", field = "quotes")
    Map<Event, List<Quote>> quotesOfEvents(List<Event> events) {
        return Linked.toLists(events, quotes.findByEvents(Linked.ids(events)));
    }

    /** A person or an organization (the {@code Speaker} union); quotes without a known speaker are left out. */
    @BatchMapping(typeName = "Quote", field = "speaker")
    Map<Quote, Object> speaker(List<Quote> quotes) {
        Map<Quote, Object> speakers = new LinkedHashMap<>();
        speakers.putAll(Linked.toItems(quotes, Quote::getSpeakerPersonId, people::findAllById));
        speakers.putAll(Linked.toItems(quotes, Quote::getSpeakerOrganizationId, organizations::findAllById));
        return speakers;
    }
}
