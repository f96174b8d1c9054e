package org.frontline.place;

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
 * Every field whose value is places (or a place's aliases): the {@code places} connection and the places of other
 * objects, each loaded for all the objects of a response level at once.
 */
@Controller
class PlaceController {

    private final PlaceRepository places;
    private final PageQuery pageQuery;

    PlaceController(PlaceRepository places, PageQuery pageQuery) {
        this.places = places;
        this.pageQuery = pageQuery;
    }

    @QueryMapping
    Connection<Place> places(@Argument Integer first, @Argument String after, @Argument PlaceFilter filter) {
        PageRequest page = PageRequest.of(first, after, PlaceCandidates.ORDER);
        return pageQuery.page(PlaceCandidates.matching(filter), PlaceCandidates.ORDER, page, places::findAllById);
    }

    @BatchMapping(typeName = "Place", field = "aliases")
    Map<Place, List<String>> aliases(List<Place> places) {
        return Linked.toLists(places, this.places.findAliases(Linked.ids(places)));
    }

    @BatchMapping(typeName = "Place", field = "region")
    Map<Place, Place> region(List<Place> places) {
        return Linked.toItems(places, Place::getRegionId, this.places::findAllById);
    }

    @BatchMapping(typeName = "Source", field = "places")
    Map<Source, List<Place>> placesOfSources(List<Source> sources) {
        return Linked.toLists(sources, places.findBySources(Linked.ids(sources)));
    }

    @BatchMapping(typeName = "Event", field = "places")
    Map<Event, List<Place>> placesOfEvents(List<Event> events) {
        return Linked.toLists(events, places.findByEvents(Linked.ids(events)));
    }
}
