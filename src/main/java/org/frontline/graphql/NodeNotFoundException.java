package org.frontline.graphql;

/** A well-formed global ID that names nothing in the record. Reported as a {@code NOT_FOUND} error. */
public class NodeNotFoundException extends RuntimeException {

    public NodeNotFoundException(String id, GlobalId decoded) {
        super("No %s has the ID '%s'.".formatted(decoded.type(), id));
    }
}
