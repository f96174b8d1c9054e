package org.frontline.importjob.graphql;

import java.util.List;

/** The {@code importArticles} mutation's input: files and folders on the server, articles sent inline, or both. */
record ImportArticlesInput(List<String> paths, List<ArticleInput> articles, String collection) {

    static final String DEFAULT_COLLECTION = "graphql";
}
