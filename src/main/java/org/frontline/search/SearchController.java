package org.frontline.search;

import java.util.List;
import org.frontline.graphql.Node;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code search(text:, first:)}: one search box across every kind of object. */
@Controller
class SearchController {

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @QueryMapping
    List<Node> search(@Argument String text, @Argument Integer first) {
        return search.find(text, first == null ? Search.DEFAULT_HITS : first);
    }
}
