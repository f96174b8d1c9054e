package org.frontline.graphql;

import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import java.util.List;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Gives every type that implements {@code Node} its opaque {@code id}: the {@link GlobalId} of the type's name and
 * the entity's database id. Wired by schema shape, so a new {@code Node} type needs nothing here.
 */
@Component
class NodeIdWiring implements RuntimeWiringConfigurer {

    private static final String NODE = "Node";
    private static final String ID = "id";

    @Override
    public void configure(RuntimeWiring.Builder builder) {
    }

    @Override
    public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
        container.add(new WiringFactory() {
            @Override
            public boolean providesDataFetcher(FieldWiringEnvironment environment) {
                return environment.getFieldDefinition().getName().equals(ID)
                        && environment.getParentType() instanceof ObjectTypeDefinition type
                        && type.getImplements().stream().anyMatch(i -> i instanceof TypeName name
                                && name.getName().equals(NODE));
            }

            @Override
            public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
                return fetch -> new GlobalId(((GraphQLObjectType) fetch.getParentType()).getName(),
                        ((Node) fetch.getSource()).getId()).encode();
            }
        });
    }
}
