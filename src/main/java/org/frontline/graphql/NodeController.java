package org.frontline.graphql;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id:)}: any object by its global ID. */
@Controller
class NodeController {

    private final NodeLookup nodes;

    NodeController(NodeLookup nodes) {
        this.nodes = nodes;
    }

    @QueryMapping
    Node node(@Argument String id) {
        return nodes.find(id);
    }
}
