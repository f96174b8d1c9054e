package org.frontline.source;

import jakarta.persistence.Entity;
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
import org.hibernate.annotations.Immutable;

/**
 * A news article (table {@code source}), as the API reads it: its metadata, not its text, which can be long and
 * which only the import pipeline needs. The columns the import keeps for itself (content hash, MinHash signature,
 * collection, inferred fields) are left unmapped.
 */
@Entity
@Immutable
@Table(name = "source")
public class Source implements Node {

    @Id
    private Long id;
    private String fileName;
    private String title;
    private String publisher;
    private String author;
    private String url;
    private LocalDate publishedOn;
    private String language;
    /** The earliest imported source this one is a copy of; null for an independent report. */
    private Long copyOfId;

    // The mentions, for JPQL joins only ("join s.places p"): the API loads them in batches, never through these lazy
    // collections, hence no getters.
    @ManyToMany
    @JoinTable(name = "place_mention", joinColumns = @JoinColumn(name = "source_id"),
            inverseJoinColumns = @JoinColumn(name = "place_id"))
    private Set<Place> places;

    @ManyToMany
    @JoinTable(name = "person_mention", joinColumns = @JoinColumn(name = "source_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> people;

    @ManyToMany
    @JoinTable(name = "organization_mention", joinColumns = @JoinColumn(name = "source_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    private Set<Organization> organizations;

    protected Source() {
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getAuthor() {
        return author;
    }

    public String getUrl() {
        return url;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getLanguage() {
        return language;
    }

    public Long getCopyOfId() {
        return copyOfId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Source source && Objects.equals(id, source.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
