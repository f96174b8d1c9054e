package org.frontline.storage;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.frontline.extraction.ExtractedEvent;
import org.frontline.resolution.event.EventCandidate;
import org.frontline.resolution.event.EventMatcher;
import org.frontline.vocabulary.DatePrecision;
import org.frontline.vocabulary.EventType;
import org.frontline.vocabulary.TextSpan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Events: an article's event joins an event already reported by another source when {@link EventMatcher} says they
 * are the same happening (same family of type, a shared place, dates within a day or unknown); otherwise it is new.
 * Either way its sentences become evidence of the event.
 */
@Component
class EventWriter {

    private final JdbcClient jdbc;
    private final EventMatcher matcher = new EventMatcher();

    EventWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(List<ExtractedEvent> events, StoredKeys keys, List<Long> quoteIds, EvidenceWriter.Evidence evidence) {
        Set<Long> joined = new HashSet<>();
        for (ExtractedEvent event : events) {
            Set<Long> placeIds = ids(event.placeKeys(), keys::place);
            long id = findSame(event, placeIds, joined).orElseGet(() -> insert(event));
            joined.add(id);
            placeIds.forEach(place -> link("event_place", "place_id", id, place));
            ids(event.personKeys(), keys::person).forEach(person -> link("event_person", "person_id", id, person));
            ids(event.organizationKeys(), keys::organization)
                    .forEach(organization -> link("event_organization", "organization_id", id, organization));
            for (TextSpan sentence : event.evidence()) {
                link("event_evidence", "evidence_id", id, evidence.idOf(sentence));
            }
            for (int index : event.quoteIndexes()) {
                jdbc.sql("update quote set event_id = ? where id = ?").params(id, quoteIds.get(index)).update();
            }
        }
    }

    /** Removes events that lost their last evidence (their sources were replaced). */
    void deleteUnsupported() {
        jdbc.sql("delete from event e where not exists (select 1 from event_evidence v where v.event_id = e.id)")
                .update();
    }

    /**
     * The stored event this report describes, if any; events the same article already joined are left out, so an
     * article that tells two happenings apart (a withdrawal and a recapture) never folds them into one.
     */
    private Optional<Long> findSame(ExtractedEvent event, Set<Long> placeIds, Set<Long> joined) {
        if (placeIds.isEmpty()) {
            return Optional.empty();
        }
        List<String> family = Arrays.stream(EventType.values()).filter(t -> t.family().equals(event.type().family()))
                .map(Enum::name).toList();
        List<Candidate> candidates = jdbc.sql("""
                select e.id, e.type, e.date, e.date_precision,
                       array(select place_id from event_place p where p.event_id = e.id) places
                from event e
                where e.type in (:family)
                  and exists (select 1 from event_place p where p.event_id = e.id and p.place_id in (:places))
                order by e.id""")
                .param("family", family).param("places", placeIds)
                .query((rs, n) -> new Candidate(rs.getLong("id"), new EventCandidate(
                        EventType.valueOf(rs.getString("type")), toLocalDate(rs.getDate("date")),
                        DatePrecision.valueOf(rs.getString("date_precision")),
                        Set.of((Long[]) rs.getArray("places").getArray()))))
                .list();
        EventCandidate incoming = new EventCandidate(event.type(), event.date(), event.datePrecision(), placeIds);
        List<Candidate> unjoined = candidates.stream().filter(c -> !joined.contains(c.id())).toList();
        return matcher.bestMatch(incoming, unjoined, Candidate::event)
                .map(Candidate::id)
                .map(id -> {
                    refineDate(id, event);
                    return id;
                });
    }

    /** A later report that dates an undated event, or dates it more exactly, improves it. */
    private void refineDate(long id, ExtractedEvent event) {
        if (event.date() != null) {
            jdbc.sql("""
                    update event set date = ?, date_precision = ?
                    where id = ? and (date is null or (date_precision <> 'DAY' and ? = 'DAY'))""")
                    .params(event.date(), event.datePrecision().name(), id, event.datePrecision().name()).update();
        }
    }

    private long insert(ExtractedEvent event) {
        return jdbc.sql("insert into event (type, title, date, date_precision) values (?, ?, ?, ?) returning id")
                .params(event.type().name(), event.title(), event.date(), event.datePrecision().name())
                .query(Long.class).single();
    }

    private void link(String table, String column, long eventId, long otherId) {
        jdbc.sql("insert into " + table + " (event_id, " + column + ") values (?, ?) on conflict do nothing")
                .params(eventId, otherId).update();
    }

    private static Set<Long> ids(List<String> keys, Function<String, Long> lookup) {
        Set<Long> ids = new HashSet<>();
        keys.stream().map(lookup).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    private static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private record Candidate(long id, EventCandidate event) {
    }
}
