package org.frontline.source;

import java.util.List;
import java.util.Map;
import org.frontline.event.Event;
import org.frontline.graphql.Linked;
import org.frontline.quote.Quote;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Every field whose value is supporting sentences, loaded for all the objects of a response level at once. */
@Controller
class EvidenceController {

    private final EvidenceRepository evidence;

    EvidenceController(EvidenceRepository evidence) {
        this.evidence = evidence;
    }

    @BatchMapping(typeName = "Event", field = "evidence")
    Map<Event, List<Evidence>> evidenceOfEvents(List<Event> events) {
        return Linked.toLists(events, evidence.findByEvents(Linked.ids(events)));
    }

    @BatchMapping(typeName = "Quote", field = "evidence")
    Map<Quote, Evidence> evidenceOfQuotes(List<Quote> quotes) {
        return Linked.toItems(quotes, Quote::getEvidenceId, evidence::findAllById, Evidence::getId);
    }
}
