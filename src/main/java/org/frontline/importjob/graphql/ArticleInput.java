package org.frontline.importjob.graphql;

/** An article sent inline: its text and what a manifest would say about it. */
record ArticleInput(String text, String fileName, String url, String title, String publisher, String author,
        String published, String language) {
}
