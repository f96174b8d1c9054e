package org.frontline.organization;

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
 * Every field whose value is organizations (or an organization's aliases): the {@code organizations} connection and
 * the organizations of other objects, each loaded for all the objects of a response level at once.
 */
@Controller
class OrganizationController {

    private final OrganizationRepository organizations;
    private final PageQuery pageQuery;

    OrganizationController(OrganizationRepository organizations, PageQuery pageQuery) {
        this.organizations = organizations;
        this.pageQuery = pageQuery;
    }

    @QueryMapping
    Connection<Organization> organizations(@Argument Integer first, @Argument String after,
            @Argument OrganizationFilter filter) {
        PageRequest page = PageRequest.of(first, after, OrganizationCandidates.ORDER);
        return pageQuery.page(OrganizationCandidates.matching(filter), OrganizationCandidates.ORDER, page,
                organizations::findAllById);
    }

    @BatchMapping(typeName = "Organization", field = "aliases")
    Map<Organization, List<String>> aliases(List<Organization> organizations) {
        return Linked.toLists(organizations, this.organizations.findAliases(Linked.ids(organizations)));
    }

    @BatchMapping(typeName = "Source", field = "organizations")
    Map<Source, List<Organization>> organizationsOfSources(List<Source> sources) {
        return Linked.toLists(sources, organizations.findBySources(Linked.ids(sources)));
    }

    @BatchMapping(typeName = "Event", field = "actors")
    Map<Event, List<Organization>> actorsOfEvents(List<Event> events) {
        return Linked.toLists(events, organizations.findByEvents(Linked.ids(events)));
    }
}
