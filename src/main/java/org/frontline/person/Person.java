package org.frontline.person;

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

/** A person (table {@code person}) with their other names ({@code person_alias}); {@code name_key} stays unmapped. */
@Entity
@Immutable
@Table(name = "person")
public class Person implements Node {

    @Id
    private Long id;
    private String name;
    private String role;

    // For JPQL joins only ("join p.aliases a"): the API loads aliases in batches, never through this lazy collection.
    @ElementCollection
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "alias")
    private Set<String> aliases;

    protected Person() {
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person person && Objects.equals(id, person.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
