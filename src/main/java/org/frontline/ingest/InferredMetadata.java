package org.frontline.ingest;

import java.util.List;

/**
 * An article's metadata: what was given, completed with what the text shows.
 *
 * @param inferredFields the fields taken from the text rather than given, by name: "title", "publisher", "author",
 *                       "publishedOn"
 */
public record InferredMetadata(ArticleMetadata metadata, List<String> inferredFields) {

    public InferredMetadata {
        inferredFields = List.copyOf(inferredFields);
    }
}
