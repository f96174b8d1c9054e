package org.frontline.organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Set;
import org.frontline.graphql.Node;
import org.hibernate.annotations.Immutable;

/**
 * An organization (table {@code organization}) with its other names ({@code organization_alias}); {@code name_key}
 * stays unmapped.
 */
@Entity
@Immutable
@Table(name = "organization")
public class Organization implements Node {

    @Id
    private Long id;
    private String name;

    // For JPQL joins only ("join o.aliases a"): the API loads aliases in batches, never through this lazy collection.
    @ElementCollection
    @CollectionTable(name = "organization_alias", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "alias")
    private Set<String> aliases;

    protected Organization() {
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Organization organization && Objects.equals(id, organization.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
