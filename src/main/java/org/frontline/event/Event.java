package org.frontline.event;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.frontline.graphql.Node;
import org.frontline.organization.Organization;
import org.frontline.person.Person;
import org.frontline.place.Place;
import org.frontline.source.Evidence;
import org.frontline.vocabulary.DatePrecision;
import org.frontline.vocabulary.EventType;
import org.hibernate.annotations.Immutable;

/** Something that happened (table {@code event}), linked to its places, people, actors and supporting sentences. */
@Entity
@Immutable
@Table(name = "event")
public class Event implements Node {

    @Id
    private Long id;
    @Enumerated(EnumType.STRING)
    private EventType type;
    private String title;
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    private DatePrecision datePrecision;

    // The links, for JPQL joins only ("join e.places p"): the API loads them in batches, never through these lazy
    // collections, hence no getters.
    @ManyToMany
    @JoinTable(name = "event_place", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "place_id"))
    private Set<Place> places;

    @ManyToMany
    @JoinTable(name = "event_person", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> people;

    @ManyToMany
    @JoinTable(name = "event_organization", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    private Set<Organization> actors;

    @ManyToMany
    @JoinTable(name = "event_evidence", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "evidence_id"))
    private Set<Evidence> evidence;

    protected Event() {
    }

    @Override
    public Long getId() {
        return id;
    }

    public EventType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    /** When it happened, as precisely as {@link #getDatePrecision()} says; null when unknown. */
    public LocalDate getDate() {
        return date;
    }

    public DatePrecision getDatePrecision() {
        return datePrecision;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Event event && Objects.equals(id, event.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
