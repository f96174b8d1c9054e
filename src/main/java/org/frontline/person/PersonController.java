package org.frontline.person;

import java.util.List;
import java.util.Map;
import org.frontline.event.Event;
import org.frontline.graphql.Linked;
import org.frontline.paging.Connection;
import org.frontline.paging.PageQuery;
import org.frontline.paging.PageRequest;
import org.frontline.source.Source;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Every field whose value is people (or a person's aliases): the {@code people} connection and the people of other
 * objects, each loaded for all the objects of a response level at once.
 */
@Controller
class PersonController {

    private final PersonRepository people;
    private final PageQuery pageQuery;

    PersonController(PersonRepository people, PageQuery pageQuery) {
        this.people = people;
        this.pageQuery = pageQuery;
    }

    @QueryMapping
    Connection<Person> people(@Argument Integer first, @Argument String after, @Argument PersonFilter filter) {
        PageRequest page = PageRequest.of(first, after, PersonCandidates.ORDER);
        return pageQuery.page(PersonCandidates.matching(filter), PersonCandidates.ORDER, page, people::findAllById);
    }

    @BatchMapping(typeName = "Person", field = "aliases")
    Map<Person, List<String>> aliases(List<Person> people) {
        return Linked.toLists(people, this.people.findAliases(Linked.ids(people)));
    }

    @BatchMapping(typeName = "Source", field = "people")
    Map<Source, List<Person>> peopleOfSources(List<Source> sources) {
        return Linked.toLists(sources, people.findBySources(Linked.ids(sources)));
    }

    @BatchMapping(typeName = "Event", field = "people")
    Map<Event, List<Person>> peopleOfEvents(List<Event> events) {
        return Linked.toLists(events, people.findByEvents(Linked.ids(events)));
    }
}
