package org.frontline.ingest;

import java.time.LocalDate;

/**
 * What is known about an article besides its text: from a manifest, a JSON record, or inferred from the text.
 * Every field may be null.
 */
public record ArticleMetadata(String url, String title, String publisher, String author, LocalDate publishedOn,
        String language) {

    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null, null);

    /** Fields of this record win; the other's fill the gaps. */
    public ArticleMetadata orElse(ArticleMetadata other) {
        return new ArticleMetadata(url != null ? url : other.url, title != null ? title : other.title,
                publisher != null ? publisher : other.publisher, author != null ? author : other.author,
                publishedOn != null ? publishedOn : other.publishedOn, language != null ? language : other.language);
    }
}
