package org.frontline.graphql;

/**
 * An entity exposed as a GraphQL type that implements the {@code Node} interface. Its GraphQL type is named like
 * its class, and its {@code id} field is the {@link GlobalId} built from the type name and {@link #getId()}.
 */
public interface Node {

    /** The database id: the number inside the global ID. */
    Long getId();
}
