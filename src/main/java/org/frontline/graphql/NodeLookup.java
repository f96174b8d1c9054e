package org.frontline.graphql;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Finds objects by global ID, whatever their type: every JPA entity that implements {@link Node} is reachable under
 * its class's simple name, which is also its GraphQL type's name.
 */
@Component
public class NodeLookup {

    private final EntityManager entityManager;
    private final Map<String, EntityType<?>> nodeTypes;

    NodeLookup(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.nodeTypes = entityManager.getMetamodel().getEntities().stream()
                .filter(type -> Node.class.isAssignableFrom(type.getJavaType()))
                .collect(Collectors.toMap(type -> type.getJavaType().getSimpleName(), Function.identity()));
    }

    /**
     * @throws InvalidArgumentException when the ID is malformed or names no type of object
     * @throws NodeNotFoundException    when no object has the ID
     */
    public Node find(String id) {
        GlobalId globalId = GlobalId.decode(id, "id");
        EntityType<?> type = nodeTypes.get(globalId.type());
        if (type == null) {
            throw new InvalidArgumentException("Argument 'id' is not a valid ID: '%s'.".formatted(id));
        }
        Object node = entityManager.find(type.getJavaType(), globalId.id());
        if (node == null) {
            throw new NodeNotFoundException(id, globalId);
        }
        return (Node) node;
    }

    /** The objects of one type with the given ids, in no particular order; ids that name nothing are skipped. */
    public List<Node> findAll(String typeName, Collection<Long> ids) {
        EntityType<?> type = nodeTypes.get(typeName);
        if (type == null) {
            throw new IllegalArgumentException("No entity is the GraphQL type " + typeName);
        }
        return entityManager.createQuery("select n from %s n where n.id in :ids".formatted(type.getName()), Node.class)
                .setParameter("ids", ids)
                .getResultList();
    }
}
