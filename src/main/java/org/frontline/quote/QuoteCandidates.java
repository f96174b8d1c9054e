package org.frontline.quote;

import java.util.Collection;
import java.util.Map;
import org.frontline.graphql.GlobalId;
import org.frontline.graphql.InvalidArgumentException;
import org.frontline.paging.Candidates;
import org.frontline.paging.Ordering;
import org.frontline.paging.SqlConditions;

/** Which quotes the quote connections page through, in import order. */
final class QuoteCandidates {

    static final Ordering ORDER = Ordering.byId("quotes");
    static final Ordering ORDER_OF_PEOPLE = Ordering.byId("Person.quotes");
    static final Ordering ORDER_OF_ORGANIZATIONS = Ordering.byId("Organization.quotes");

    private QuoteCandidates() {
    }

    static Candidates matching(QuoteFilter filter) {
        SqlConditions conditions = new SqlConditions();
        if (filter != null) {
            if (filter.speakerId() != null) {
                conditions.add(speakerCondition(filter.speakerId()), "speakerId",
                        GlobalId.decode(filter.speakerId(), "filter.speakerId").id());
            }
            if (filter.sourceId() != null) {
                conditions.add("q.source_id = :sourceId", "sourceId",
                        GlobalId.decode(filter.sourceId(), "filter.sourceId", "Source"));
            }
            if (filter.text() != null) {
                conditions.addContains("frontline_fold(q.text) like frontline_fold(:text)", "text", filter.text(),
                        "filter.text");
            }
        }
        return new Candidates("select 0 as parent_id, q.id, null as sort_key from quote q " + conditions.where(),
                conditions.parameters());
    }

    static Candidates ofPeople(Collection<Long> personIds) {
        return new Candidates("""
                select q.speaker_person_id as parent_id, q.id, null as sort_key
                from quote q where q.speaker_person_id in (:personIds)""", Map.of("personIds", personIds));
    }

    static Candidates ofOrganizations(Collection<Long> organizationIds) {
        return new Candidates("""
                select q.speaker_organization_id as parent_id, q.id, null as sort_key
                from quote q where q.speaker_organization_id in (:organizationIds)""",
                Map.of("organizationIds", organizationIds));
    }

    private static String speakerCondition(String speakerId) {
        String type = GlobalId.decode(speakerId, "filter.speakerId").type();
        return switch (type) {
            case "Person" -> "q.speaker_person_id = :speakerId";
            case "Organization" -> "q.speaker_organization_id = :speakerId";
            default -> throw new InvalidArgumentException(
                    "Argument 'filter.speakerId' must be a Person or an Organization ID, but '%s' is %s ID."
                            .formatted(speakerId, GlobalId.withArticle(type)));
        };
    }
}
