package org.frontline.place;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Set;
import org.frontline.graphql.Node;
import org.frontline.vocabulary.PlaceKind;
import org.hibernate.annotations.Immutable;

/**
 * A place (table {@code place}) with its other names ({@code place_alias}). The folded {@code name_key} and the
 * {@code gazetteer_id} serve the import's matching and stay unmapped.
 */
@Entity
@Immutable
@Table(name = "place")
public class Place implements Node {

    @Id
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private PlaceKind kind;
    private String countryCode;
    private Long regionId;
    private Double latitude;
    private Double longitude;

    // For JPQL joins only ("join p.aliases a"): the API loads aliases in batches, never through this lazy collection.
    @ElementCollection
    @CollectionTable(name = "place_alias", joinColumns = @JoinColumn(name = "place_id"))
    @Column(name = "alias")
    private Set<String> aliases;

    protected Place() {
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public String getCountryCode() {
        return countryCode;
    }

    /** The region this place lies in; null when unknown. */
    public Long getRegionId() {
        return regionId;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Place place && Objects.equals(id, place.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
